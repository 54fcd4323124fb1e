select * from {{ ref('ordres') }}
