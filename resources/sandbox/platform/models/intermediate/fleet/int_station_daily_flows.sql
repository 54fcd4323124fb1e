-- departures and arrivals per station and day; a ride that ends outside a dock has no arrival
with rides as (

    select * from {{ ref('int_rides_enriched') }}

),

departures as (

    select
        start_station_id as station_id,
        ride_date as activity_date,
        count(*) as departures,
        0 as arrivals
    from rides
    group by 1, 2

),

arrivals as (

    select
        end_station_id as station_id,
        {{ dbt.safe_cast(dbt.date_trunc('day', 'ended_at'), 'date') }} as activity_date,
        0 as departures,
        count(*) as arrivals
    from rides
    where end_station_id is not null
    group by 1, 2

),

unioned as (

    select * from departures
    union all
    select * from arrivals

)

select
    station_id,
    activity_date,
    sum(departures) as departures,
    sum(arrivals) as arrivals
from unioned
group by station_id, activity_date
