{{ config(materialized='ephemeral') }}

with rides as (

    select * from {{ ref('stg_bikeshare_app__rides') }}
    where duration_minutes is null
       or duration_minutes >= {{ var('min_ride_minutes') }}

),

stations as (

    select * from {{ ref('stg_bikeshare_app__stations') }}

)

select
    rides.ride_id,
    rides.member_id,
    rides.bike_type,
    rides.start_station_id,
    rides.end_station_id,
    start_station.city_code,
    rides.started_at,
    rides.ended_at,
    {{ dbt.safe_cast(dbt.date_trunc('day', 'rides.started_at'), 'date') }} as ride_date,
    {{ dbt.safe_cast(dbt.date_trunc('month', 'rides.started_at'), 'date') }} as ride_month,
    rides.duration_minutes,
    rides.distance_km,
    rides.fare_cents,
    {{ cents_to_currency('rides.fare_cents') }} as fare_amount,
    case
        when rides.end_station_id is null then false
        when rides.end_station_id = rides.start_station_id then true
        else false
    end as is_round_trip,
    case when rides.ended_at is null then true else false end as is_unreturned

from rides
inner join stations as start_station
    on rides.start_station_id = start_station.station_id
