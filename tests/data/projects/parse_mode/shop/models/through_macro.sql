select * from {{ payments_relation() }}
