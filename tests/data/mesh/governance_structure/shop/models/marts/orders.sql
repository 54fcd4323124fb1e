select * from {{ ref('stg_app__orders') }}
