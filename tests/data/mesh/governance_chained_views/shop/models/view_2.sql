select * from {{ ref('view_1') }}
