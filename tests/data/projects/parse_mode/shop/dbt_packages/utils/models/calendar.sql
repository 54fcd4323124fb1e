-- A package model whose ref is spelled through the package's own var.
select * from {{ ref(var('calendar_source') ~ '_days') }}
