select * from {{ ref('platform', 'dim_customers', v=1) }}
