-- dbt's own date_spine, as MetricFlow time spines use it: one row per day, the end excluded.
with days as (
    {{ dbt.date_spine('day', "date('2024-02-27')", "date('2024-03-02')") }}
)
select date_day from days
