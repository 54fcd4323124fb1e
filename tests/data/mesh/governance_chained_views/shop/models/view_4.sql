select * from {{ ref('view_3') }}
