select * from {{ ref('no_days') }}
