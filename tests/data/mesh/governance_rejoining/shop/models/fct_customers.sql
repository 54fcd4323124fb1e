select *
from {{ ref('stg_customers') }} c
join {{ ref('int_customers') }} i using (id)
