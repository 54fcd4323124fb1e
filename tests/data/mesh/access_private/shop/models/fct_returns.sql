select o.order_id
from {{ ref('int_orders') }} as o
