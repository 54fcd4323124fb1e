-- from raw.commented_out
select *
from raw.orders
{# join raw.jinja_comment #}
{% if target.name == 'prod' %}
join "analytics"."finance"."payments" p on p.id = orders.id
{% endif %}
left join {{ var('customers_table', 'raw.customers') }} c on c.id = orders.id
where orders.status is distinct from other.status_x
  and extract(year from orders.created_at) > 2020
