{{ config(materialized='table') }}
{%- set counted = run_query("select count(*) as n from " ~ ref('people')) -%}
{%- set columns = adapter.get_columns_in_relation(ref('people')) -%}
{%- set existing = adapter.get_relation(this.database, this.schema, this.identifier) -%}
select
    {{ counted.columns[0].values()[0] }} as people,
    '{{ columns | map(attribute='name') | join(',') }}' as column_names,
    '{{ target.type }}/{{ target.schema }}' as target,
    '{{ var('greeting') }}' as greeting,
    '{{ config.get('materialized') }}' as materialized,
    {{ 1 if execute else 0 }} as executing,
    {{ 1 if existing is none else 0 }} as first_build
