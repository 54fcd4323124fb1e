select * from {{ ref('refunds') }}
