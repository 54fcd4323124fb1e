-- same group: allowed
select * from {{ ref('int_orders') }}
