-- unpinned: resolves to latest_version 3, no warning
select * from {{ ref('platform', 'dim_customers') }}
