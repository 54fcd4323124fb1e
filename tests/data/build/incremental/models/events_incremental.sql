{{ config(materialized='incremental', unique_key='id') }}
select
    id,
    value,
    '{{ "incremental" if is_incremental() else "full" }}' as run_kind
from {{ ref('events') }}
{% if is_incremental() %}
where id >= (select max(id) from {{ this }})
{% endif %}
