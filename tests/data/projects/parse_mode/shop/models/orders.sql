select 1 as id, 100 as cents
