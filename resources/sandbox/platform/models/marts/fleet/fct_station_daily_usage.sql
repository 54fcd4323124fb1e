with flows as (

    select * from {{ ref('int_station_daily_flows') }}

),

stations as (

    select * from {{ ref('dim_stations') }}

)

select
    flows.station_id,
    stations.station_label,
    stations.city_code,
    flows.activity_date,
    flows.departures,
    flows.arrivals,
    flows.arrivals - flows.departures as net_flow,
    stations.dock_count,
    round((flows.departures + flows.arrivals) * 1.0 / stations.dock_count, 3) as turnover_per_dock,
    case
        when flows.departures - flows.arrivals >= 3 then 'needs_bikes'
        when flows.arrivals - flows.departures >= 3 then 'needs_space'
        else 'balanced'
    end as rebalancing_hint

from flows
inner join stations
    on flows.station_id = stations.station_id
