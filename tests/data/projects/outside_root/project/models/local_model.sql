select * from {{ ref('shared_model') }}
