{{ config(materialized='ephemeral') }}

{%- set payment_methods = ['card', 'sepa_debit', 'wallet', 'voucher'] %}

-- successful payments per month, one column per payment method
with payments as (

    select
        {{ dbt.safe_cast(dbt.date_trunc('month', 'attempted_at'), 'date') }} as payment_month,
        payment_method,
        amount_cents,
        coalesce(processor_fee_eur, 0) as processor_fee_eur
    from {{ ref('stg_billing__payments') }}
    where is_successful

)

select
    payment_month,
    {%- for method in payment_methods %}
    sum(case when payment_method = '{{ method }}' then amount_cents else 0 end) as {{ method }}_cents,
    {%- endfor %}
    count(*) as payment_count,
    sum(amount_cents) as total_cents,
    sum(processor_fee_eur) as processor_fees_eur

from payments
group by payment_month
