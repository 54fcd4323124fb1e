select * from {{ ref('table_2') }}
