{#- Where a node is built. Projects override these three by defining macros of the same name;
    the defaults behave as dbt's documented defaults. -#}

{% macro generate_schema_name(custom_schema_name=none, node=none) -%}
  {{- return(adapter.dispatch('generate_schema_name', 'dbt')(custom_schema_name, node)) -}}
{%- endmacro %}

{% macro default__generate_schema_name(custom_schema_name, node) -%}
  {%- if custom_schema_name is none -%}
    {{- target.schema -}}
  {%- else -%}
    {{- target.schema }}_{{ custom_schema_name | trim -}}
  {%- endif -%}
{%- endmacro %}

{% macro generate_alias_name(custom_alias_name=none, node=none) -%}
  {{- return(adapter.dispatch('generate_alias_name', 'dbt')(custom_alias_name, node)) -}}
{%- endmacro %}

{% macro default__generate_alias_name(custom_alias_name, node) -%}
  {%- if custom_alias_name -%}
    {{- custom_alias_name | trim -}}
  {%- elif node.version -%}
    {{- node.name ~ '_v' ~ (node.version | replace('.', '_')) -}}
  {%- else -%}
    {{- node.name -}}
  {%- endif -%}
{%- endmacro %}

{% macro generate_database_name(custom_database_name=none, node=none) -%}
  {{- return(adapter.dispatch('generate_database_name', 'dbt')(custom_database_name, node)) -}}
{%- endmacro %}

{% macro default__generate_database_name(custom_database_name, node) -%}
  {{- target.database if custom_database_name is none else custom_database_name | trim -}}
{%- endmacro %}
