{{
    config(
        materialized='incremental',
        unique_key='ride_id',
        on_schema_change='append_new_columns'
    )
}}

with rides as (

    select * from {{ ref('int_rides_enriched') }}

    {% if is_incremental() %}
    -- only rides that started after the newest ride already in the table
    where started_at > (select max(started_at) from {{ this }})
    {% endif %}

)

select
    cast(ride_id as bigint) as ride_id,
    cast(member_id as integer) as member_id,
    cast(bike_type as varchar(10)) as bike_type,
    cast(start_station_id as integer) as start_station_id,
    cast(end_station_id as integer) as end_station_id,
    cast(city_code as varchar(3)) as city_code,
    {{ dbt.safe_cast('started_at', dbt.type_timestamp()) }} as started_at,
    {{ dbt.safe_cast('ended_at', dbt.type_timestamp()) }} as ended_at,
    {{ dbt.safe_cast('ride_date', 'date') }} as ride_date,
    {{ dbt.safe_cast('ride_month', 'date') }} as ride_month,
    cast(duration_minutes as integer) as duration_minutes,
    cast(distance_km as numeric(8, 2)) as distance_km,
    cast(fare_cents as integer) as fare_cents,
    cast(fare_amount as numeric(12, 2)) as fare_amount,
    cast(is_round_trip as boolean) as is_round_trip,
    cast(is_unreturned as boolean) as is_unreturned

from rides
