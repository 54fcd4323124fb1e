{%- set as_of = var('reporting_as_of') %}

with campaigns as (

    select * from {{ ref('stg_ads__campaigns') }}

),

channel_map as (

    select * from {{ ref('channel_groups') }}

)

select
    campaigns.campaign_id,
    campaigns.campaign_name,
    campaigns.campaign_label,
    campaigns.channel,
    channel_map.channel_group,
    channel_map.is_paid,
    coalesce(campaigns.city_code, 'ALL') as city_scope,
    campaigns.starts_on,
    campaigns.ends_on,
    case
        when campaigns.ends_on is null then true
        when campaigns.ends_on >= {{ dbt.safe_cast("'" ~ as_of ~ "'", 'date') }} then true
        else false
    end as is_running,
    {{ dbt.datediff(
        'campaigns.starts_on',
        "coalesce(campaigns.ends_on, " ~ dbt.safe_cast("'" ~ as_of ~ "'", 'date') ~ ")",
        'day'
    ) }} + 1 as duration_days,
    campaigns.budget_cents,
    cast(campaigns.budget_cents / 100.0 as numeric(12, 2)) as budget_amount

from campaigns
left join channel_map
    on campaigns.channel = channel_map.channel
