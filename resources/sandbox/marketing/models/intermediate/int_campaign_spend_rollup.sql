select
    campaign_id,
    count(*) as weeks_with_spend,
    min(week_start) as first_spend_week,
    max(week_start) as last_spend_week,
    sum(impressions) as impressions,
    sum(coalesce(clicks, 0)) as clicks,
    sum(spend_cents) as spend_cents

from {{ ref('stg_ads__ad_spend') }}
group by campaign_id
