-- API tokens for machine clients (transition events from UWV, schools,
-- jobcoach organisations ...). A token acts for one organisation; only its
-- sha256 is stored, the token itself is shown once when it is made
-- (`inbeeld api-token`). See docs/transities.md.
create table api_token (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  -- Updated at most once a minute, so a busy client does not write on every request.
  last_used_at timestamptz
);
create index api_token_organization on api_token (organization_id);

-- The sender's reference (transition.external_id) identifies an event within
-- the organisation that receives it, not across all of InBeeld: two gemeenten
-- may get the same reference from different senders. Idempotency is per
-- organisation, and one organisation's references reveal nothing to another.
alter table transition drop constraint if exists transition_external_id_key;
create unique index transition_organization_external_id on transition (organization_id, external_id);
