select * from {{ source('app', 'payments') }}
