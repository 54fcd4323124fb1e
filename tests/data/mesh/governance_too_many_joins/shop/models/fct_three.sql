select * from {{ ref('int_two') }}
join {{ source('app', 'customers') }} using (customer_id)
join {{ source('app', 'payments') }} using (order_id)
