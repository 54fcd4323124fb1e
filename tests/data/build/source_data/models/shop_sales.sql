select shops.id, shops.city, count(sales.sale_id) as sales
from {{ source('shop', 'shops') }} as shops
left join {{ source('shop', 'sales') }} as sales on sales.sale_id = shops.id
group by 1, 2
