-- money movements per invoice: successful payments, refunds against them and failed attempts
with payments as (

    select * from {{ ref('stg_billing__payments') }}

),

refunds as (

    select
        payments.invoice_id,
        sum(refunds.amount_cents) as refunded_cents,
        max(refunds.refunded_at) as last_refunded_at
    from {{ ref('stg_billing__refunds') }} as refunds
    inner join payments
        on refunds.payment_id = payments.payment_id
    group by payments.invoice_id

),

paid as (

    select
        invoice_id,
        count(*) as payment_attempts,
        sum(case when is_successful then 0 else 1 end) as failed_attempts,
        sum(case when is_successful then amount_cents else 0 end) as paid_cents,
        max(case when is_successful then attempted_at end) as last_paid_at
    from payments
    group by invoice_id

)

select
    paid.invoice_id,
    paid.payment_attempts,
    paid.failed_attempts,
    paid.paid_cents,
    coalesce(refunds.refunded_cents, 0) as refunded_cents,
    paid.last_paid_at,
    refunds.last_refunded_at

from paid
left join refunds
    on paid.invoice_id = refunds.invoice_id
