-- Trajecten: people in view without a benefit file, from first contact to a
-- plan with agreements; contact moments, transition events and the data the
-- signals ("dreigt uit beeld te raken") are computed from. No obligations and
-- no sanctions are modelled: support can end, with a reason.

-- Per-gemeente settings (beleidsvrijheid). A gemeente without a row uses the defaults.
create table gemeente_policy (
  gemeente_code text primary key references gemeente (code),
  response_working_days integer not null default 5 check (response_working_days between 1 and 60),
  transition_working_days integer not null default 10 check (transition_working_days between 1 and 60),
  active_no_contact_weeks integer not null default 8 check (active_no_contact_weeks between 1 and 104),
  passive_no_contact_months integer not null default 6 check (passive_no_contact_months between 1 and 36),
  updated_at timestamptz not null default now()
);

alter table person
  add column came_into_view_via text check (came_into_view_via in ('zelf', 'uwv', 'school', 'wijkteam', 'werkgever', 'anders')),
  add column no_benefit_reason text check (no_benefit_reason in (
    'inkomen-partner-of-ouders', 'eigen-vermogen', 'medische-urenbeperking', 'ww-of-ziektewet-gestopt',
    'uitkering-of-wajong-afgewezen', 'zelfstandige', 'jaren-buitenland', 'anders', 'onbekend')),
  add column limitation_effect text,
  add column help_kinds text[] not null default '{}',
  add column contact_person_id uuid references account (id) on delete set null,
  add column caseload text not null default 'actief' check (caseload in ('actief', 'passief', 'beeindigd')),
  add column end_reason text check (end_reason in (
    'werk-gevonden', 'scholing-gestart', 'ondersteuning-elders', 'geen-hulpvraag-meer', 'verhuisd',
    'geen-contact-meer', 'gemeente-stopt-ondersteuning', 'overleden', 'anders')),
  add column ended_at timestamptz;
create index person_contact_person on person (contact_person_id);

-- Every change of the fixed contact person (vast aanspreekpunt) is recorded.
create table contact_person_change (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  from_account_id uuid references account (id) on delete set null,
  to_account_id uuid references account (id) on delete set null,
  changed_by uuid references account (id) on delete set null,
  changed_at timestamptz not null default now(),
  note text
);
create index contact_person_change_person on contact_person_change (person_id);

-- "Neem contact met mij op": a request from the Wegwijzer or the Rechtencheck.
-- The person record it creates holds the personal data; this row is the task.
create table self_registration (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  reach_by text not null check (reach_by in ('telefoon', 'e-mail')),
  preferred_time text,
  about text not null,
  rechtencheck_code text,
  deadline date not null,
  created_at timestamptz not null default now(),
  picked_up_at timestamptz,
  picked_up_by uuid references account (id) on delete set null
);
create index self_registration_open on self_registration (organization_id) where picked_up_at is null;

create table plan (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  goal_type text not null check (goal_type in (
    'regulier-werk', 'werk-met-loonkostensubsidie', 'beschut-werk', 'scholing', 'proefplaatsing',
    'vrijwilligerswerk', 'andere-participatie')),
  goal text not null,
  review_date date not null,
  person_expects text,
  professional_expects text,
  confirmed_at timestamptz,
  confirmed_how text check (confirmed_how in ('in-persoon', 'telefonisch', 'schriftelijk', 'online')),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz
);
-- One current plan per person; closed plans stay as history.
create unique index plan_current on plan (person_id) where closed_at is null;

create table agreement (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plan (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  description text not null,
  owner text not null check (owner in ('persoon', 'professional')),
  owner_account_id uuid references account (id) on delete set null,
  due_date date not null,
  done_at timestamptz,
  created_at timestamptz not null default now()
);
create index agreement_open on agreement (person_id, due_date) where done_at is null;

create table contact (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  contact_date date not null,
  channel text not null check (channel in ('gesprek', 'telefoon', 'e-mail', 'video', 'huisbezoek', 'anders')),
  account_id uuid references account (id) on delete set null,
  note text,
  next_contact_date date,
  created_at timestamptz not null default now(),
  check (next_contact_date is null or next_contact_date >= contact_date)
);
create index contact_person_date on contact (person_id, contact_date desc);

-- A transition moment becomes a follow-up task for the responsible gemeente.
create table transition (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  kind text not null check (kind in (
    'doelgroepregister-registratie', 'uitkering-afgewezen', 'wajong-afgewezen', 'school-verlaten-vso',
    'school-verlaten-pro', 'einde-jobcoaching', 'einde-contract')),
  event_date date not null,
  source text not null check (source in ('hand', 'csv', 'api')),
  -- The sender's own reference: the same event imported twice is stored once.
  external_id text unique,
  note text,
  deadline date not null,
  created_at timestamptz not null default now(),
  picked_up_at timestamptz,
  picked_up_by uuid references account (id) on delete set null
);
create index transition_open on transition (organization_id, deadline) where picked_up_at is null;
create index transition_person on transition (person_id);
