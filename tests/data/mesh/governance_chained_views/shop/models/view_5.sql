select * from {{ ref('view_4') }}
