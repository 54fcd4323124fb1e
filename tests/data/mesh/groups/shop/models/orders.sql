{{ config(group='fiance') }}
select 1 as id
