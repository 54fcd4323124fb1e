{{ config(materialized='table') }}

with invoices as (

    select * from {{ ref('fct_invoices') }}
    where invoice_status != 'void'

),

usage as (

    select * from {{ ref('int_member_monthly_usage') }}

)

select
    cast(invoices.member_id as integer) as member_id,
    {{ dbt.safe_cast('invoices.billing_month', 'date') }} as revenue_month,
    cast(invoices.home_city_code as varchar(3)) as home_city_code,
    cast(invoices.plan_code as varchar(20)) as plan_code,
    cast(coalesce(usage.ride_count, 0) as integer) as ride_count,
    cast(coalesce(usage.ride_minutes, 0) as integer) as ride_minutes,
    cast(invoices.subscription_cents + invoices.usage_cents as bigint) as invoiced_cents,
    cast(invoices.paid_cents - invoices.refunded_cents as bigint) as collected_cents,
    cast(invoices.refunded_cents as bigint) as refunded_cents,
    {{ cents_to_currency('invoices.subscription_cents + invoices.usage_cents') }} as net_revenue

from invoices
left join usage
    on invoices.member_id = usage.member_id
    and invoices.billing_month = usage.ride_month
