select
    cast(campaign_id as integer) as campaign_id,
    campaign_name,
    {{ dbt.concat(["channel", "': '", "campaign_name"]) }} as campaign_label,
    lower(channel) as channel,
    nullif(city_code, '') as city_code,
    {{ dbt.safe_cast('starts_on', 'date') }} as starts_on,
    {{ dbt.safe_cast('ends_on', 'date') }} as ends_on,
    cast(budget_cents as integer) as budget_cents

from {{ source('ads', 'campaigns') }}
