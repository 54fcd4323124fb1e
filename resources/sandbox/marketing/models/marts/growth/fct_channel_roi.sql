{{ config(materialized='table') }}

with channel_map as (

    select * from {{ ref('channel_groups') }}

),

performance as (

    select
        channel,
        count(*) as campaign_count,
        sum(spend_amount) as spend_amount,
        sum(attributed_members) as attributed_members,
        sum(attributed_revenue) as attributed_revenue
    from {{ ref('fct_campaign_performance') }}
    group by channel

)

select
    cast(channel_map.channel as varchar(20)) as channel,
    cast(channel_map.channel_group as varchar(10)) as channel_group,
    cast(channel_map.is_paid as boolean) as is_paid,
    cast(coalesce(performance.campaign_count, 0) as integer) as campaign_count,
    cast(round(coalesce(performance.spend_amount, 0), 2) as numeric(12, 2)) as spend_amount,
    cast(coalesce(performance.attributed_members, 0) as integer) as attributed_members,
    cast(round(coalesce(performance.attributed_revenue, 0), 2) as numeric(12, 2)) as attributed_revenue,
    cast(round({{ safe_divide('performance.spend_amount', 'performance.attributed_members') }}, 2) as numeric(12, 2)) as cost_per_acquisition,
    cast(round({{ safe_divide('performance.attributed_revenue', 'performance.spend_amount') }}, 4) as numeric(12, 4)) as return_on_spend

from channel_map
left join performance
    on channel_map.channel = performance.channel
