{#- The macros dbt's own project gives every model, written for Trellis. While parsing
    (execute is false) they do what dbt's do at parse time: nothing runs, nothing is read. -#}

{% macro is_incremental() -%}
  {%- if not execute -%}
    {{- return(false) -}}
  {%- endif -%}
  {%- set existing = adapter.get_relation(this.database, this.schema, this.identifier) -%}
  {{- return(existing is not none
             and config.get('materialized') == 'incremental'
             and not should_full_refresh()) -}}
{%- endmacro %}

{% macro should_full_refresh() -%}
  {%- set configured = config.get('full_refresh') -%}
  {{- return(flags.FULL_REFRESH if configured is none else configured) -}}
{%- endmacro %}

{% macro statement(name=none, fetch_result=false, auto_begin=true, language='sql') -%}
  {%- if execute -%}
    {%- set sql = caller() -%}
    {%- set response, table = adapter.execute(sql, fetch=fetch_result) -%}
    {%- if name is not none -%}
      {{- store_result(name, response=response, agate_table=table) -}}
    {%- endif -%}
  {%- endif -%}
{%- endmacro %}

{% macro noop_statement(name=none, message=none, code=none, rows_affected=none, res=none) -%}
  {%- if execute and name is not none -%}
    {{- store_raw_result(name, message=message, code=code, rows_affected=rows_affected, agate_table=res) -}}
  {%- endif -%}
{%- endmacro %}

{% macro run_query(sql) -%}
  {%- call statement('run_query_statement', fetch_result=true, auto_begin=false) -%}
    {{ sql }}
  {%- endcall -%}
  {%- set result = load_result('run_query_statement') -%}
  {{- return(result.table if result else none) -}}
{%- endmacro %}
