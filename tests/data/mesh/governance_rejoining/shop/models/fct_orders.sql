select *
from {{ ref('stg_orders') }} o
join {{ ref('int_orders_enriched') }} e using (id)
