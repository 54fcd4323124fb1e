{% macro union_of(names) -%}
  {%- for name in names %}
  select * from {{ ref(name) }}{% if not loop.last %} union all{% endif %}
  {%- endfor %}
{%- endmacro %}

{% macro amount(column) -%}
  {{ return(adapter.dispatch('amount', 'utils')(column)) }}
{%- endmacro %}

{% macro default__amount(column) %}{{ column }}{% endmacro %}
