{{ config(access='hidden') }}
select 1 as id
