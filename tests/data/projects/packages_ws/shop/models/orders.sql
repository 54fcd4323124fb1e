select * from {{ ref('calendar') }} cross join {{ ref('helpers', 'calendar') }}
