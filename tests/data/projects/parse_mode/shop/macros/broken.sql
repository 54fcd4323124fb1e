{% macro unfinished(x) %}
  {% if x %}
{% endmacro %}
