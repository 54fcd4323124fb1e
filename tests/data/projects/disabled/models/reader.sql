select * from {{ ref('switched_off') }}
