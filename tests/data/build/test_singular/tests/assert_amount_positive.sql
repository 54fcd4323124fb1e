select * from {{ ref('people_model') }} where amount < 0
