-- cities is a hand-maintained reference seed, so it is ref'd rather than declared as a source
select
    city_code,
    city_name,
    country_code,
    timezone,
    {{ dbt.safe_cast('launched_on', 'date') }} as launched_on,
    vat_rate

from {{ ref('cities') }}
