select o.*, m.tier
from {{ ref('platform', 'dim_members') }} as m
join {{ ref('platform', 'dim_members', v=1) }} as old using (member_id)
