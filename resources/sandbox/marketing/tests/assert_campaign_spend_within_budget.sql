-- No campaign may spend more than its budget. Campaigns without a budget (owned channels
-- such as push messages) are not checked.
select
    campaign_id,
    campaign_name,
    budget_amount,
    spend_amount
from {{ ref('fct_campaign_performance') }}
where budget_amount is not null
  and spend_amount > budget_amount
