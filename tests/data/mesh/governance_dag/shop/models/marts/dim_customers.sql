select *
from {{ source('app', 'customers') }}
join {{ source('app', 'orders') }} using (customer_id)
