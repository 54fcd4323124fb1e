select * from {{ ref('ordrs') }}
union all select * from {{ source('app', 'payments') }}
union all select * from {{ ref('retired') }}
union all select * from {{ ref('orders', v=3) }}
