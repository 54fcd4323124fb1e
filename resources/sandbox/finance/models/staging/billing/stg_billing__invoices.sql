select
    cast(invoice_id as integer) as invoice_id,
    invoice_number,
    cast(member_id as integer) as member_id,
    {{ dbt.safe_cast('billing_month', 'date') }} as billing_month,
    {{ dbt.safe_cast('issued_on', 'date') }} as issued_on,
    {{ dbt.safe_cast('due_on', 'date') }} as due_on,
    cast(subscription_cents as integer) as subscription_cents,
    cast(usage_cents as integer) as usage_cents,
    cast(tax_cents as integer) as tax_cents,
    cast(subscription_cents + usage_cents + tax_cents as integer) as total_cents,
    lower(status) as invoice_status

from {{ source('billing', 'invoices') }}
