with source as (

    select * from {{ source('bikeshare_app', 'rides') }}

),

typed as (

    select
        cast(ride_id as bigint) as ride_id,
        cast(member_id as integer) as member_id,
        lower(bike_type) as bike_type,
        cast(start_station_id as integer) as start_station_id,
        cast(end_station_id as integer) as end_station_id,
        {{ dbt.safe_cast('started_at', dbt.type_timestamp()) }} as started_at,
        {{ dbt.safe_cast('ended_at', dbt.type_timestamp()) }} as ended_at,
        distance_km,
        cast(fare_cents as integer) as fare_cents,
        {{ dbt.safe_cast('_loaded_at', dbt.type_timestamp()) }} as loaded_at

    from source

)

select
    *,
    {{ dbt.datediff('started_at', 'ended_at', 'minute') }} as duration_minutes
from typed
