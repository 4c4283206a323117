-- Requests counted per client address and window, in the database: every instance behind the
-- load balancer counts in the same place (the unauthenticated sign-up is limited so).
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (bucket, window_start)
);
