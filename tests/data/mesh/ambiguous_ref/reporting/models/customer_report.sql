select * from {{ ref('customers') }}
union all
select * from {{ ref('erp', 'customers') }}
