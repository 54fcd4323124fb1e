{#- Divide two expressions; null instead of an error when the denominator is zero or null.
    The numerator is multiplied by 1.0 so integer inputs are not truncated. -#}
{% macro safe_divide(numerator, denominator) -%}
    case
        when ({{ denominator }}) is null or ({{ denominator }}) = 0 then null
        else ({{ numerator }}) * 1.0 / ({{ denominator }})
    end
{%- endmacro %}
