select * from {{ ref('beta', 'beta_public') }}
