select
    cast(refund_id as integer) as refund_id,
    cast(payment_id as integer) as payment_id,
    {{ dbt.safe_cast('refunded_at', dbt.type_timestamp()) }} as refunded_at,
    cast(amount_cents as integer) as amount_cents,
    reason as refund_reason

from {{ source('billing', 'refunds') }}
