select * from {{ ref('fct_orders') }} where id < 0
