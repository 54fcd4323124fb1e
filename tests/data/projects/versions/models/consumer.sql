select * from {{ ref('customers') }}
union all select * from {{ ref('customers', v=1) }}
union all select * from {{ ref('crm', 'customers', version=3) }}
