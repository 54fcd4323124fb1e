select * from {{ ref('people') }}
