select
    cast(payment_id as integer) as payment_id,
    cast(invoice_id as integer) as invoice_id,
    {{ dbt.safe_cast('attempted_at', dbt.type_timestamp()) }} as attempted_at,
    lower(payment_method) as payment_method,
    cast(amount_cents as integer) as amount_cents,
    processor_fee_eur,
    lower(status) as payment_status,
    case when lower(status) = 'succeeded' then true else false end as is_successful

from {{ source('billing', 'payments') }}
