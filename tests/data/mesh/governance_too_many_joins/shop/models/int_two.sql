select * from {{ source('app', 'orders') }}
join {{ source('app', 'customers') }} using (customer_id)
