{{ config(materialized='incremental', tags=['nightly'], meta={'sla': '6h'}) }}
select 1 as id
