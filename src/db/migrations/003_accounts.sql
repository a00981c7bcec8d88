-- Minimal local accounts for beheer. The access issue extends these.
create table account (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  name text not null,
  password_hash text not null,
  role text not null check (role in ('beheerder', 'aanbieder-redacteur')),
  organization_id uuid references organization (id) on delete cascade,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  -- An aanbieder-redacteur always belongs to one organisation.
  check (role <> 'aanbieder-redacteur' or organization_id is not null)
);

create table session (
  token_hash text primary key,
  account_id uuid not null references account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index session_account on session (account_id);

-- Small key-value state of the installation (for example: demo content loaded).
create table app_state (
  key text primary key,
  value text not null,
  updated_at timestamptz not null default now()
);
