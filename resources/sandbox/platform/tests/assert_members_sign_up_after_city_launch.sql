-- Nobody can sign up in a city before Lantern Cycles launched there.
select
    members.member_id,
    members.home_city_code,
    members.signup_date,
    cities.launched_on
from {{ ref('dim_members') }} as members
inner join {{ ref('dim_cities') }} as cities
    on members.home_city_code = cities.city_code
where members.signup_date < cities.launched_on
