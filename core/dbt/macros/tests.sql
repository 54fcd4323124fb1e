{#- dbt's built-in generic data tests, written for Trellis. Each returns the failing rows; the
    test runner counts them. Each dispatches, so a project can override it per adapter. -#}

{% macro get_where_subquery(relation) -%}
  {%- set where = config.get('where') -%}
  {%- if where -%}
    {{- return('(select * from ' ~ relation ~ ' where ' ~ where ~ ') dbt_subquery') -}}
  {%- endif -%}
  {{- return(relation) -}}
{%- endmacro %}

{% test unique(model, column_name) %}
  {{ adapter.dispatch('test_unique', 'dbt')(model, column_name) }}
{% endtest %}
{% macro default__test_unique(model, column_name) %}
select
    {{ column_name }} as unique_field,
    count(*) as n_records
from {{ model }}
where {{ column_name }} is not null
group by {{ column_name }}
having count(*) > 1
{% endmacro %}

{% test not_null(model, column_name) %}
  {{ adapter.dispatch('test_not_null', 'dbt')(model, column_name) }}
{% endtest %}
{% macro default__test_not_null(model, column_name) %}
select {{ column_name }}
from {{ model }}
where {{ column_name }} is null
{% endmacro %}

{% test accepted_values(model, column_name, values, quote=true) %}
  {{ adapter.dispatch('test_accepted_values', 'dbt')(model, column_name, values, quote) }}
{% endtest %}
{% macro default__test_accepted_values(model, column_name, values, quote=true) %}
with all_values as (
    select
        {{ column_name }} as value_field,
        count(*) as n_records
    from {{ model }}
    group by {{ column_name }}
)
select *
from all_values
where value_field not in (
    {%- for value in values -%}
      {%- if quote -%}'{{ value }}'{%- else -%}{{ value }}{%- endif -%}
      {%- if not loop.last %}, {% endif -%}
    {%- endfor -%}
)
{% endmacro %}

{% test relationships(model, column_name, to, field) %}
  {{ adapter.dispatch('test_relationships', 'dbt')(model, column_name, to, field) }}
{% endtest %}
{% macro default__test_relationships(model, column_name, to, field) %}
with child as (
    select {{ column_name }} as from_field
    from {{ model }}
    where {{ column_name }} is not null
),
parent as (
    select {{ field }} as to_field
    from {{ to }}
)
select from_field
from child
left join parent on child.from_field = parent.to_field
where parent.to_field is null
{% endmacro %}
