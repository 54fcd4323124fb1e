-- A closed ride must end after it started; the app once wrote swapped timestamps when a
-- station clock was wrong. Returns the offending rides.
select
    ride_id,
    started_at,
    ended_at
from {{ ref('fct_rides') }}
where ended_at is not null
  and ended_at < started_at
