select * from {{ ref('int_customers') }}
