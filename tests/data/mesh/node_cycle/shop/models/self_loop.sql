select * from {{ ref('self_loop') }}
