select 'abc' as id, 2 as n
