with cities as (

    select * from {{ ref('stg_reference__cities') }}

),

stations as (

    select
        city_code,
        count(*) as station_count,
        sum(dock_count) as dock_count
    from {{ ref('stg_bikeshare_app__stations') }}
    group by city_code

)

select
    cast(cities.city_code as varchar(3)) as city_code,
    cast(cities.city_name as varchar(80)) as city_name,
    cast(cities.country_code as varchar(2)) as country_code,
    cast(cities.timezone as {{ dbt.type_string() }}) as timezone,
    {{ dbt.safe_cast('cities.launched_on', 'date') }} as launched_on,
    cast(cities.vat_rate as numeric(6, 4)) as vat_rate,
    cast(coalesce(stations.station_count, 0) as integer) as station_count,
    cast(coalesce(stations.dock_count, 0) as integer) as dock_count

from cities
left join stations
    on cities.city_code = stations.city_code
