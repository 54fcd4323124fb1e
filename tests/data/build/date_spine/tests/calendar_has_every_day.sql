select * from (
    select count(*) as days, min(date_day) as first_day, max(date_day) as last_day
    from {{ ref('calendar') }}
) where not (days = 4 and first_day = '2024-02-27' and last_day = '2024-03-01')
