select *
from {{ ref('stg_app__orders') }}
join {{ ref('int_order_totals') }} using (order_id)
