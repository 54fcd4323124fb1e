select member_id
from {{ ref('platform', 'dim_members') }}
