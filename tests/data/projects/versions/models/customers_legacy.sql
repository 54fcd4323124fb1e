select 1 as id, 'old' as label
