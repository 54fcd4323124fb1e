{%- set as_of = var('reporting_as_of') %}

-- open amounts per invoice, aged against the reporting date
with open_invoices as (

    select * from {{ ref('fct_invoices') }}
    where outstanding_cents > 0
      and invoice_status in ('open', 'overdue')

),

aged as (

    select
        invoice_id,
        invoice_number,
        member_id,
        home_city_code,
        billing_month,
        due_on,
        outstanding_cents,
        {{ dbt.datediff('due_on', dbt.safe_cast("'" ~ as_of ~ "'", 'date'), 'day') }} as days_past_due
    from open_invoices

)

select
    invoice_id,
    invoice_number,
    member_id,
    home_city_code,
    billing_month,
    due_on,
    outstanding_cents,
    {{ cents_to_currency('outstanding_cents') }} as outstanding_amount,
    days_past_due,
    case
        when days_past_due <= 0 then 'not_due'
        when days_past_due <= 30 then '1-30'
        when days_past_due <= {{ var('collections_after_days') }} then '31-{{ var("collections_after_days") }}'
        else 'collections'
    end as aging_bucket,
    {{ dbt.safe_cast(dbt.dateadd('day', var('collections_after_days'), 'due_on'), 'date') }} as collections_on

from aged
