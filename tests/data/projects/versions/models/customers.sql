select 1 as id, 'new' as label
