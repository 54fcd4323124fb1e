{% macro sqlite__amount(column) %}round({{ column }} / 100.0, 2){% endmacro %}

{% macro payments_relation() %}{{ ref('payments') }}{% endmacro %}
