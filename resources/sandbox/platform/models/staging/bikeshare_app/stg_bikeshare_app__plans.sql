select
    plan_code,
    plan_name,
    billing_period,
    cast(monthly_fee_cents as integer) as monthly_fee_cents,
    cast(included_minutes as integer) as included_minutes,
    cast(per_minute_cents as integer) as per_minute_cents,
    {{ dbt.safe_cast('launched_on', 'date') }} as launched_on,
    {{ dbt.safe_cast('retired_on', 'date') }} as retired_on,
    case when retired_on is null then true else false end as is_available

from {{ source('bikeshare_app', 'plans') }}
