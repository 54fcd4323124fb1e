select
    cast(touchpoint_id as integer) as touchpoint_id,
    cast(member_id as integer) as member_id,
    cast(campaign_id as integer) as campaign_id,
    {{ dbt.safe_cast('touched_at', dbt.type_timestamp()) }} as touched_at,
    lower(touch_type) as touch_type

from {{ source('ads', 'touchpoints') }}
