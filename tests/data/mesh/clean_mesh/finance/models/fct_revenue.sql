select * from {{ ref('platform', 'dim_members') }}
