{#- Custom generic test: the column must lie between min_value and max_value (inclusive).
    Either bound may be omitted; nulls pass. -#}
{% test value_between(model, column_name, min_value=none, max_value=none) %}

select
    {{ column_name }} as failing_value
from {{ model }}
where {{ column_name }} is not null
  and (
      1 = 0
      {%- if min_value is not none %}
      or {{ column_name }} < {{ min_value }}
      {%- endif %}
      {%- if max_value is not none %}
      or {{ column_name }} > {{ max_value }}
      {%- endif %}
  )

{% endtest %}
