select *
from {{ ref('stg_app__orders') }}
join {{ source('app', 'payments') }} using (order_id)
