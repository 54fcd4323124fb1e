{{ config(materialized='ephemeral') }}
select id from {{ ref('numbers') }}
