{{ config(group='marketing') }}
select 1 as id
