{{ config(materialized='table') }}

with invoices as (

    select * from {{ ref('fct_invoices') }}
    where invoice_status != 'void'

),

monthly as (

    select
        billing_month,
        home_city_code,
        count(distinct member_id) as invoiced_members,
        sum(subscription_cents) as subscription_cents,
        sum(usage_cents) as usage_cents,
        sum(tax_cents) as tax_cents,
        sum(paid_cents - refunded_cents) as collected_cents,
        sum(total_cents) as total_cents
    from invoices
    group by billing_month, home_city_code

)

select
    {{ dbt.safe_cast('billing_month', 'date') }} as revenue_month,
    cast(home_city_code as varchar(3)) as city_code,
    cast(invoiced_members as integer) as invoiced_members,
    {{ cents_to_currency('subscription_cents') }} as subscription_revenue,
    {{ cents_to_currency('usage_cents') }} as usage_revenue,
    {{ cents_to_currency('tax_cents') }} as vat_collected,
    {{ cents_to_currency('subscription_cents + usage_cents') }} as net_revenue,
    {{ cents_to_currency('collected_cents') }} as collected_revenue,
    cast(round(collected_cents * 1.0 / total_cents, 4) as numeric(6, 4)) as collection_rate

from monthly
