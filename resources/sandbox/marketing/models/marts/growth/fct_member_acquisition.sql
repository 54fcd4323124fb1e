with members as (

    select
        member_id,
        home_city_code,
        plan_code,
        signup_date,
        signup_month,
        member_status,
        is_active
    from {{ ref('platform', 'dim_members') }}

),

first_touch as (

    select * from {{ ref('int_member_first_touch') }}

),

campaigns as (

    select * from {{ ref('dim_campaigns') }}

),

revenue as (

    select * from {{ ref('finance', 'fct_member_revenue_monthly') }}

),

member_revenue as (

    select
        members.member_id,
        count(revenue.revenue_month) as months_billed,
        sum(coalesce(revenue.net_revenue, 0)) as revenue_to_date,
        sum(
            case
                when revenue.revenue_month < {{ dbt.safe_cast(dbt.dateadd('month', 3, 'members.signup_month'), 'date') }}
                then revenue.net_revenue
                else 0
            end
        ) as first_3_months_revenue
    from members
    left join revenue
        on members.member_id = revenue.member_id
    group by members.member_id

)

select
    members.member_id,
    members.home_city_code,
    members.plan_code,
    members.signup_date,
    members.signup_month,
    members.member_status,
    members.is_active,
    first_touch.first_touch_campaign_id,
    campaigns.campaign_name as first_touch_campaign_name,
    coalesce(campaigns.channel, 'organic') as acquisition_channel,
    coalesce(campaigns.channel_group, 'organic') as acquisition_channel_group,
    first_touch.first_touch_type,
    first_touch.first_touched_at,
    case
        when first_touch.first_touched_at is null then null
        else {{ dbt.datediff('first_touch.first_touched_at', 'members.signup_date', 'day') }}
    end as days_to_convert,
    coalesce(first_touch.touches_in_window, 0) as touches_in_window,
    member_revenue.months_billed,
    cast(round(member_revenue.revenue_to_date, 2) as numeric(12, 2)) as revenue_to_date,
    cast(round(member_revenue.first_3_months_revenue, 2) as numeric(12, 2)) as first_3_months_revenue

from members
left join first_touch
    on members.member_id = first_touch.member_id
left join campaigns
    on first_touch.first_touch_campaign_id = campaigns.campaign_id
left join member_revenue
    on members.member_id = member_revenue.member_id
