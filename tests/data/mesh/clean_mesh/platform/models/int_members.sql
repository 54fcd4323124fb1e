select 1 as member_id
