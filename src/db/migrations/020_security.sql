-- Security (issue 10): login throttling in the database (so it holds across
-- several app instances), trusted devices, and unsent mail kept with a reason.

-- Failures per key: 'account:<sha256 of the typed e-mail>', 'address:<ip>' or
-- 'device:<sha256 of the device token>'. Keyed on the typed address, so unknown
-- accounts are throttled exactly like existing ones.
create table login_throttle (
  key text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz not null default now(),
  blocked_until timestamptz
);

-- Devices on which an account logged in before: they wait only on their own failures.
create table login_device (
  token_hash text primary key,
  account_id uuid not null references account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index login_device_account on login_device (account_id);

-- The hard lock is replaced by the throttle above.
alter table account drop column failed_logins;
alter table account drop column locked_until;

-- The outbox now holds mail that was not sent (no mail server, or it failed).
alter table outbox add column reason text not null default 'Er is geen mailserver ingesteld.';
