{% snapshot customers_snapshot %}
{{ config(target_schema='main', unique_key='id', strategy='timestamp', updated_at='updated_at') }}
select * from {{ ref('customers') }}
{% endsnapshot %}
