select * from {{ ref('view_5') }}
