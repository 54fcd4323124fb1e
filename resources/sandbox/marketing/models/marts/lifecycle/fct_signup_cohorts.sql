-- revenue per sign-up cohort and month since sign-up (month 0 = the sign-up month)
with members as (

    select member_id, signup_month
    from {{ ref('platform', 'dim_members') }}

),

acquisition as (

    select member_id, acquisition_channel_group
    from {{ ref('fct_member_acquisition') }}

),

revenue as (

    select member_id, revenue_month, net_revenue, ride_count
    from {{ ref('finance', 'fct_member_revenue_monthly') }}

),

cohort_sizes as (

    select
        members.signup_month,
        acquisition.acquisition_channel_group,
        count(*) as cohort_size
    from members
    inner join acquisition
        on members.member_id = acquisition.member_id
    group by members.signup_month, acquisition.acquisition_channel_group

),

activity as (

    select
        members.signup_month,
        acquisition.acquisition_channel_group,
        {{ dbt.datediff('members.signup_month', 'revenue.revenue_month', 'month') }} as months_since_signup,
        count(distinct revenue.member_id) as billed_members,
        sum(case when revenue.ride_count > 0 then 1 else 0 end) as riding_members,
        sum(revenue.net_revenue) as net_revenue
    from revenue
    inner join members
        on revenue.member_id = members.member_id
    inner join acquisition
        on revenue.member_id = acquisition.member_id
    group by 1, 2, 3

)

select
    activity.signup_month as cohort_month,
    activity.acquisition_channel_group,
    activity.months_since_signup,
    cohort_sizes.cohort_size,
    activity.billed_members,
    activity.riding_members,
    cast(round(activity.net_revenue, 2) as numeric(12, 2)) as net_revenue,
    round({{ safe_divide('activity.net_revenue', 'cohort_sizes.cohort_size') }}, 2) as revenue_per_cohort_member,
    round({{ safe_divide('activity.billed_members', 'cohort_sizes.cohort_size') }}, 4) as billed_share

from activity
inner join cohort_sizes
    on activity.signup_month = cohort_sizes.signup_month
    and activity.acquisition_channel_group = cohort_sizes.acquisition_channel_group
