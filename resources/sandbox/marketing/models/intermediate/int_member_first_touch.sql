-- first-touch attribution: the earliest touchpoint within the attribution window before
-- (or on) the sign-up day gets the member
with touchpoints as (

    select * from {{ ref('stg_ads__touchpoints') }}

),

members as (

    select member_id, signup_date
    from {{ ref('platform', 'dim_members') }}

),

eligible as (

    select
        touchpoints.touchpoint_id,
        touchpoints.member_id,
        touchpoints.campaign_id,
        touchpoints.touched_at,
        touchpoints.touch_type
    from touchpoints
    inner join members
        on touchpoints.member_id = members.member_id
    where touchpoints.touched_at < {{ dbt.dateadd('day', 1, 'members.signup_date') }}
      and touchpoints.touched_at >= {{ dbt.dateadd('day', -1 * var('attribution_window_days'), 'members.signup_date') }}

),

ranked as (

    select
        *,
        row_number() over (partition by member_id order by touched_at, touchpoint_id) as touch_rank,
        count(*) over (partition by member_id) as touches_in_window
    from eligible

)

select
    member_id,
    campaign_id as first_touch_campaign_id,
    touched_at as first_touched_at,
    touch_type as first_touch_type,
    touches_in_window

from ranked
where touch_rank = 1
