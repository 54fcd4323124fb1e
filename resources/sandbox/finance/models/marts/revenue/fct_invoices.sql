with invoices as (

    select * from {{ ref('stg_billing__invoices') }}

),

settlements as (

    select * from {{ ref('int_invoice_settlements') }}

),

members as (

    -- unpinned ref: resolves to the latest version of the platform's dim_members
    select member_id, home_city_code, plan_code
    from {{ ref('platform', 'dim_members') }}

)

select
    invoices.invoice_id,
    invoices.invoice_number,
    invoices.member_id,
    members.home_city_code,
    members.plan_code,
    invoices.billing_month,
    invoices.issued_on,
    invoices.due_on,
    invoices.subscription_cents,
    invoices.usage_cents,
    invoices.tax_cents,
    invoices.total_cents,
    coalesce(settlements.paid_cents, 0) as paid_cents,
    coalesce(settlements.refunded_cents, 0) as refunded_cents,
    case
        when invoices.invoice_status = 'void' then 0
        else invoices.total_cents - coalesce(settlements.paid_cents, 0)
    end as outstanding_cents,
    coalesce(settlements.payment_attempts, 0) as payment_attempts,
    coalesce(settlements.failed_attempts, 0) as failed_attempts,
    settlements.last_paid_at,
    case
        when settlements.last_paid_at is null then null
        else {{ dbt.datediff('invoices.issued_on', 'settlements.last_paid_at', 'day') }}
    end as days_to_pay,
    invoices.invoice_status

from invoices
left join settlements
    on invoices.invoice_id = settlements.invoice_id
left join members
    on invoices.member_id = members.member_id
