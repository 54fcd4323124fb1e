with source as (

    select * from {{ source('bikeshare_app', 'members') }}

),

renamed as (

    select
        cast(member_id as integer) as member_id,
        trim(first_name) as first_name,
        trim(last_name) as last_name,
        {{ dbt.concat(["trim(first_name)", "' '", "trim(last_name)"]) }} as full_name,
        lower(trim(email)) as email,
        upper(city_code) as home_city_code,
        plan_code,
        {{ dbt.safe_cast('signup_date', 'date') }} as signup_date,
        cast(birth_year as integer) as birth_year,
        marketing_opt_in,
        nullif(trim(referral_code), '') as referral_code,
        lower(status) as member_status,
        {{ dbt.safe_cast('churned_on', 'date') }} as churned_on,
        {{ dbt.safe_cast('updated_at', dbt.type_timestamp()) }} as updated_at

    from source

)

select * from renamed
