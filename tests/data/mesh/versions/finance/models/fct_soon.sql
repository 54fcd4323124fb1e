select *
from {{ ref('platform', 'dim_customers', v=2) }}
