with source as (

    select * from {{ source('bikeshare_app', 'stations') }}

)

select
    cast(station_id as integer) as station_id,
    upper(city_code) as city_code,
    station_name,
    latitude,
    longitude,
    cast(dock_count as integer) as dock_count,
    {{ dbt.safe_cast('opened_on', 'date') }} as opened_on,
    is_hub

from source
