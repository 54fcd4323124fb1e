{{ config(materialized='table') }}

-- Version 1 of dim_members: the original shape with a single full_name column.
-- Kept until its deprecation date so that consumers can migrate to version 2.

with members as (

    select * from {{ ref('stg_bikeshare_app__members') }}

)

select
    cast(member_id as integer) as member_id,
    cast(email as varchar(254)) as email,
    cast(home_city_code as varchar(3)) as home_city_code,
    cast(plan_code as varchar(20)) as plan_code,
    {{ dbt.safe_cast('signup_date', 'date') }} as signup_date,
    cast(marketing_opt_in as boolean) as marketing_opt_in,
    cast(member_status as varchar(10)) as member_status,
    case when member_status = 'active' then true else false end as is_active,
    cast(full_name as varchar(161)) as full_name

from members
