select m.member_id
from {{ ref('platform', 'dim_members') }} as m
join {{ ref('platform', 'stg_members') }} as s using (member_id)
join {{ ref('platform', 'int_members') }} as i using (member_id)
