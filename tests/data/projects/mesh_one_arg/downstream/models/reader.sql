select * from {{ ref('shared') }}
