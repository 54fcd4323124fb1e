select
    cast(plan_code as varchar(20)) as plan_code,
    cast(plan_name as varchar(80)) as plan_name,
    cast(billing_period as varchar(10)) as billing_period,
    cast(monthly_fee_cents as integer) as monthly_fee_cents,
    {{ cents_to_currency('monthly_fee_cents') }} as monthly_fee,
    cast(included_minutes as integer) as included_minutes,
    cast(per_minute_cents as integer) as per_minute_cents,
    {{ dbt.safe_cast('launched_on', 'date') }} as launched_on,
    {{ dbt.safe_cast('retired_on', 'date') }} as retired_on,
    cast(is_available as boolean) as is_available

from {{ ref('stg_bikeshare_app__plans') }}
