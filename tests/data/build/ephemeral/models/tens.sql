{{ config(materialized='ephemeral') }}
select id * 10 as tens from {{ ref('base_numbers') }}
