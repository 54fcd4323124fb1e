select *
from {{ ref('orders') }}
where {{ macro_nobody_defined() }}
