select
    cast(station_id as integer) as station_id,
    cast(station_name as varchar(120)) as station_name,
    cast({{ dbt.concat(["city_code", "' / '", "station_name"]) }} as varchar(130)) as station_label,
    cast(city_code as varchar(3)) as city_code,
    cast(latitude as numeric(9, 6)) as latitude,
    cast(longitude as numeric(9, 6)) as longitude,
    cast(dock_count as integer) as dock_count,
    {{ dbt.safe_cast('opened_on', 'date') }} as opened_on,
    cast(is_hub as boolean) as is_hub

from {{ ref('stg_bikeshare_app__stations') }}
