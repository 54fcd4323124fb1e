{{ config(materialized='incremental', tags=['finance']) }}

select {{ utils.amount('cents') }} as amount
from {{ union_of(['orders', 'payments']) }}
{% if var('include_refunds') %}
join {{ ref('refunds') }} using (id)
{% endif %}
{% if is_incremental() %}
where id > (select max(id) from {{ this }} join {{ ref('never_built') }})
{% endif %}
