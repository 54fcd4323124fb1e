{#- Model-level generic test: the combination of `columns` must be unique.
    Returns one row per duplicated combination. -#}
{% test unique_combination(model, columns) %}

select
    {{ columns | join(', ') }},
    count(*) as occurrences
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1

{% endtest %}
