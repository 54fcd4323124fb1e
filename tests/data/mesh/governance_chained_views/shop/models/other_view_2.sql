select * from {{ ref('other_view_1') }}
