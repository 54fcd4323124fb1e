-- lifetime ride statistics per member; reads staging directly because the enriched rides
-- are private to the fleet_operations group
select
    member_id,
    count(*) as lifetime_rides,
    min(started_at) as first_ride_at,
    max(started_at) as last_ride_at,
    sum(coalesce(distance_km, 0)) as lifetime_distance_km,
    sum(fare_cents) as lifetime_fare_cents

from {{ ref('stg_bikeshare_app__rides') }}
group by member_id
