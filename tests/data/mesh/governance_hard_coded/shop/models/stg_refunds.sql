with refunds as (select * from {{ ref('stg_orders') }})
select * from refunds
