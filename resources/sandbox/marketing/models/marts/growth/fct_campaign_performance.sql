with campaigns as (

    select * from {{ ref('dim_campaigns') }}

),

spend as (

    select * from {{ ref('int_campaign_spend_rollup') }}

),

acquisitions as (

    select
        first_touch_campaign_id as campaign_id,
        count(*) as attributed_members,
        sum(revenue_to_date) as attributed_revenue
    from {{ ref('fct_member_acquisition') }}
    where first_touch_campaign_id is not null
    group by first_touch_campaign_id

)

select
    campaigns.campaign_id,
    campaigns.campaign_name,
    campaigns.channel,
    campaigns.channel_group,
    campaigns.city_scope,
    campaigns.starts_on,
    campaigns.ends_on,
    campaigns.is_running,
    campaigns.budget_amount,
    cast(coalesce(spend.spend_cents, 0) / 100.0 as numeric(12, 2)) as spend_amount,
    coalesce(spend.impressions, 0) as impressions,
    coalesce(spend.clicks, 0) as clicks,
    round({{ safe_divide('spend.clicks', 'spend.impressions') }}, 4) as click_through_rate,
    coalesce(acquisitions.attributed_members, 0) as attributed_members,
    round(coalesce(acquisitions.attributed_revenue, 0), 2) as attributed_revenue,
    round({{ safe_divide('spend.spend_cents / 100.0', 'acquisitions.attributed_members') }}, 2) as cost_per_acquisition

from campaigns
left join spend
    on campaigns.campaign_id = spend.campaign_id
left join acquisitions
    on campaigns.campaign_id = acquisitions.campaign_id
