select * from {{ source('app', 'orders') }}
