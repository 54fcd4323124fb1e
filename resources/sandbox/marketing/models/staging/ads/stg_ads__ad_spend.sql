select
    {{ dbt.safe_cast('week_start', 'date') }} as week_start,
    cast(campaign_id as integer) as campaign_id,
    cast(impressions as bigint) as impressions,
    cast(clicks as integer) as clicks,
    cast(spend_cents as integer) as spend_cents

from {{ source('ads', 'ad_spend') }}
