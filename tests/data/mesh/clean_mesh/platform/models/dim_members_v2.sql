select * from {{ ref('int_members') }}
