-- An end before the start gives no rows, as in dbt.
{{ dbt.date_spine('day', "date('2024-03-02')", "date('2024-02-27')") }}
