{{ config(materialized='table') }}
select load_extension('/tmp/nothing') as x
