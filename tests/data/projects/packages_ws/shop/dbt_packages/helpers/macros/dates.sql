{% macro add_days(col, n) %}{{ col }} + {{ n }}{% endmacro %}
