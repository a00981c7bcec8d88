-- Access, consent and the processing log (AVG). Roles per the access issue;
-- person records exist without a benefit file and are only read through
-- queries that check organisation, role and consent (inbeeld_may_see).

-- Roles ---------------------------------------------------------------------
alter table account drop constraint account_role_check;
alter table account drop constraint account_check;
update account set role = 'functioneel-beheerder' where role = 'beheerder';
alter table account add constraint account_role_check
  check (role in ('consulent', 'teamleider', 'beleidsmedewerker', 'aanbieder-redacteur', 'functioneel-beheerder'));
-- Everyone but the functioneel beheerder works for one organisation.
alter table account add constraint account_organization_check
  check (role = 'functioneel-beheerder' or organization_id is not null);
-- Accounts that log in through OpenID Connect may have no local password.
alter table account alter column password_hash drop not null;
alter table account add column oidc_subject text unique;

alter table organization add column gemeente_code text references gemeente (code);

alter table session add column last_seen_at timestamptz not null default now();

create table password_reset (
  token_hash text primary key,
  account_id uuid not null references account (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Mail that would be sent, kept when no SMTP server is configured (development).
create table outbox (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now()
);

-- Persons -------------------------------------------------------------------
create table person (
  id uuid primary key default gen_random_uuid(),
  -- A random stable pseudonym: the processing log names this, never the person.
  pseudonym text not null unique,
  owner_organization_id uuid not null references organization (id),
  gemeente_code text references gemeente (code),
  given_name text not null,
  family_name text not null,
  birth_year integer check (birth_year between 1900 and 2100),
  bsn text check (bsn ~ '^[0-9]{9}$'),
  email text,
  phone text,
  story text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  erased_at timestamptz
);
create index person_owner on person (owner_organization_id);

-- Consent (toestemming): which organisation may see which parts of a person's
-- record, for which purpose, from when until when, how it was given and by whom.
create table consent (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  parts text[] not null check (cardinality(parts) > 0 and parts <@ array['basis', 'verhaal', 'plan', 'contacten', 'doorverwijzingen']),
  purpose text not null,
  valid_from date not null,
  valid_until date,
  method text not null check (method in ('in-persoon', 'telefonisch', 'schriftelijk', 'online')),
  recorded_by uuid references account (id) on delete set null,
  recorded_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid references account (id) on delete set null,
  check (valid_until is null or valid_until >= valid_from)
);
create index consent_person on consent (person_id);
create index consent_organization on consent (organization_id);

-- The one access rule for person records. A consulent or teamleider sees a
-- part of a record when their organisation owns it, or holds a consent for
-- that part that is in force today and not withdrawn. Nobody else does.
create function inbeeld_may_see(p_person uuid, p_owner uuid, p_part text, p_actor_org uuid, p_actor_role text)
returns boolean language sql stable as $$
  select p_actor_role in ('consulent', 'teamleider') and p_actor_org is not null and (
    p_owner = p_actor_org
    or exists (
      select 1 from consent c
      where c.person_id = p_person and c.organization_id = p_actor_org
        and c.withdrawn_at is null
        and c.valid_from <= current_date and (c.valid_until is null or c.valid_until >= current_date)
        and p_part = any (c.parts)
    )
  )
$$;

-- Processing log (in the spirit of Logboek Dataverwerkingen) ------------------
create table processing_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  trace_id text not null,
  activity text not null,
  operation text not null check (operation in ('lezen', 'aanmaken', 'wijzigen', 'verwijderen', 'exporteren', 'anonimiseren')),
  person_pseudonym text not null,
  organization_id uuid,
  purpose text not null,
  legal_basis text not null
);
create index processing_log_person on processing_log (person_pseudonym, occurred_at);

-- Which user did it; kept apart so the processing log itself names no user.
-- No foreign key: the only writer (logProcessing) inserts both rows in one
-- statement and neither table allows deletes, so the reference cannot dangle;
-- a key check per line would slow every list that logs thousands of reads.
create table audit_log (
  id bigint generated always as identity primary key,
  processing_log_id bigint not null,
  account_id uuid,
  occurred_at timestamptz not null default now()
);

create function inbeeld_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is alleen toevoegen: % is niet toegestaan', tg_table_name, tg_op;
end
$$;
create trigger processing_log_append_only before update or delete on processing_log
  for each row execute function inbeeld_refuse_change();
create trigger processing_log_no_truncate before truncate on processing_log
  for each statement execute function inbeeld_refuse_change();
create index audit_log_processing_log on audit_log (processing_log_id);
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function inbeeld_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function inbeeld_refuse_change();

-- OpenID Connect logins in progress: state, PKCE verifier and nonce for ten minutes.
create table oidc_login (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  return_to text,
  expires_at timestamptz not null
);
