select *
from {{ ref('orders') }}
