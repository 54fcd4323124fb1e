{#- Same contract as the platform project's macro: projects in a mesh do not share macros,
    so finance keeps its own copy. -#}
{% macro cents_to_currency(column_name, scale=2) -%}
    cast(({{ column_name }}) / 100.0 as numeric(12, {{ scale }}))
{%- endmacro %}
