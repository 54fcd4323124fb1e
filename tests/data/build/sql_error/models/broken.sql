{{ config(materialized='table') }}
select
    1 as id,
    nosuchfunction(2) as n
