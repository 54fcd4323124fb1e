select * from {{ ref('tens') }}
