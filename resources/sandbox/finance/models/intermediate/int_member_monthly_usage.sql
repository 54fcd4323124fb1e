-- rides per member and month, read from the platform project's public fct_rides
select
    member_id,
    ride_month,
    count(*) as ride_count,
    sum(coalesce(duration_minutes, 0)) as ride_minutes,
    sum(fare_cents) as usage_fare_cents

from {{ ref('platform', 'fct_rides') }}
group by member_id, ride_month
