{%- set payment_methods = ['card', 'sepa_debit', 'wallet', 'voucher'] %}

with pivoted as (

    select * from {{ ref('int_payments_pivoted') }}

)

select
    payment_month,
    payment_count,
    {%- for method in payment_methods %}
    {{ cents_to_currency(method ~ '_cents') }} as {{ method }}_amount,
    round({{ method }}_cents * 1.0 / total_cents, 4) as {{ method }}_share,
    {%- endfor %}
    {{ cents_to_currency('total_cents') }} as total_amount,
    cast(round(processor_fees_eur, 2) as numeric(12, 2)) as processor_fees,
    '{{ var("reporting_currency", "EUR") }}' as currency

from pivoted
