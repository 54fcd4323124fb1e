{{ config(materialized='table') }}

with members as (

    select * from {{ ref('stg_bikeshare_app__members') }}

),

cities as (

    select * from {{ ref('stg_reference__cities') }}

),

ride_stats as (

    select * from {{ ref('int_member_ride_stats') }}

)

select
    cast(members.member_id as integer) as member_id,
    cast(members.first_name as varchar(80)) as first_name,
    cast(members.last_name as varchar(80)) as last_name,
    cast(members.email as varchar(254)) as email,
    cast(members.home_city_code as varchar(3)) as home_city_code,
    cast(cities.city_name as varchar(80)) as home_city_name,
    cast(members.plan_code as varchar(20)) as plan_code,
    {{ dbt.safe_cast('members.signup_date', 'date') }} as signup_date,
    {{ dbt.safe_cast(dbt.date_trunc('month', 'members.signup_date'), 'date') }} as signup_month,
    cast(members.marketing_opt_in as boolean) as marketing_opt_in,
    cast(members.member_status as varchar(10)) as member_status,
    cast(coalesce(ride_stats.lifetime_rides, 0) as integer) as lifetime_rides,
    {{ dbt.safe_cast('ride_stats.last_ride_at', dbt.type_timestamp()) }} as last_ride_at,
    case when members.member_status = 'active' then true else false end as is_active

from members
left join cities
    on members.home_city_code = cities.city_code
left join ride_stats
    on members.member_id = ride_stats.member_id
