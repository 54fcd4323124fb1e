with doubled as (
    select tens * 2 as twenties from {{ ref('tens') }}
)
select * from doubled
