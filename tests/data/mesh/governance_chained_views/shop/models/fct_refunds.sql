select * from {{ ref('other_view_5') }}
