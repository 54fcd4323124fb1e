{#- Convert an integer amount in cents into a currency amount with two decimals.
    The app stores every amount in euro cents; reports want euros. -#}
{% macro cents_to_currency(column_name, scale=2) -%}
    cast(({{ column_name }}) / 100.0 as numeric(12, {{ scale }}))
{%- endmacro %}
