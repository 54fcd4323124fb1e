-- Money collected for an invoice (payments that succeeded, minus refunds) may never be more
-- than the invoice total, and refunds never more than what was paid.
select
    invoice_id,
    total_cents,
    paid_cents,
    refunded_cents
from {{ ref('fct_invoices') }}
where paid_cents - refunded_cents > total_cents
   or refunded_cents > paid_cents
