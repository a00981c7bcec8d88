-- Nazorg en duurzaamheid (issue 14): placements (plaatsingen) as part of a
-- person's record, check-ins on fixed moments, the end of a placement with a
-- reason and a link to the next one, a follow-up task after every end, and
-- the check-in schedule per gemeente. Access as for the plan part of a record
-- (inbeeld_may_see(..., 'plan', ...)); every read and write is logged.

-- Employers, a private list per organisation (usually the gemeente's werkgeversservice).
create table employer (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  contact_name text,
  contact_phone text,
  contact_email text,
  created_at timestamptz not null default now()
);
create unique index employer_organization_name on employer (organization_id, lower(name));

create table placement (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  employer_id uuid not null references employer (id),
  employer_contact text,
  job_title text not null check (length(job_title) between 1 and 200),
  -- ISCO-08 sub-major group (two digits), see src/content/nazorg/isco08.ts.
  occupation_code text check (occupation_code ~ '^[0-9]{1,2}$'),
  start_date date not null,
  hours_per_week numeric(4, 1) check (hours_per_week between 0 and 60),
  contract_kind text not null check (contract_kind in ('tijdelijk', 'vast', 'uitzend', 'proefplaatsing', 'beschut-werk', 'detachering')),
  contract_end date,
  instruments text[] not null default '{}'
    check (instruments <@ array['loonkostensubsidie', 'jobcoach', 'no-riskpolis', 'werkplekvoorziening', 'vervoersvoorziening']),
  loonwaarde numeric(5, 1) check (loonwaarde between 0 and 100),
  loonwaarde_remeasure date,
  lks_decision_end date,
  jobcoach_provider text,
  jobcoach_end date,
  banenafspraak boolean not null default false,
  came_about text not null check (came_about in ('gecreeerd', 'jobcarving', 'bestaande-vacature', 'zelf-gevonden')),
  agreement_checkins text,
  agreement_employer text,
  agreement_jobcoach text,
  checklist text[] not null default '{}'
    check (checklist <@ array['introductie', 'verwachtingen', 'passend-werk', 'ontwikkeling', 'afspraken-werkgever', 'steun-werkvloer']),
  previous_placement_id uuid references placement (id),
  end_date date,
  end_reason text check (end_reason in ('niet-verlengd', 'ontslag-proeftijd', 'zelf-gestopt', 'gezondheid', 'conflict',
    'reorganisatie-of-sluiting', 'andere-baan', 'anders')),
  end_note text,
  -- A follow-up of the contract end (renewal, next job) was recorded.
  contract_followup_at timestamptz,
  contract_followup_note text,
  source text not null default 'hand' check (source in ('hand', 'csv', 'api', 'demo')),
  external_id text,
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (contract_end is null or contract_end >= start_date),
  check (end_date is null or end_date >= start_date),
  check ((end_date is null) = (end_reason is null))
);
create index placement_person on placement (person_id, start_date);
create index placement_organization on placement (organization_id, start_date);
create index placement_open on placement (organization_id) where end_date is null;
create unique index placement_external_id on placement (organization_id, external_id);

create table checkin (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placement (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  moment_key text,
  checkin_date date not null,
  with_whom text[] not null check (cardinality(with_whom) > 0 and with_whom <@ array['persoon', 'werkgever', 'jobcoach', 'driegesprek']),
  rating integer not null check (rating between 1 and 5),
  note text,
  risks text,
  actions text,
  account_id uuid references account (id) on delete set null,
  created_at timestamptz not null default now()
);
create index checkin_placement on checkin (placement_id, checkin_date);

-- After every end of a placement the gemeente follows up within a deadline in working days.
create table nazorg_followup (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placement (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  deadline date not null,
  created_at timestamptz not null default now(),
  picked_up_at timestamptz,
  picked_up_by uuid references account (id) on delete set null,
  note text
);
create index nazorg_followup_open on nazorg_followup (organization_id, deadline) where picked_up_at is null;
create index nazorg_followup_person on nazorg_followup (person_id);

-- The check-in schedule per gemeente and contract kind ('*' = every kind without its own row).
create table nazorg_schedule (
  gemeente_code text not null references gemeente (code),
  contract_kind text not null check (contract_kind in ('*', 'tijdelijk', 'vast', 'uitzend', 'proefplaatsing', 'beschut-werk', 'detachering')),
  first_from_weeks integer not null check (first_from_weeks between 1 and 12),
  first_until_weeks integer not null check (first_until_weeks between first_from_weeks and 16),
  months integer[] not null,
  risk_months integer[] not null,
  window_days integer not null check (window_days between 0 and 45),
  no_contact_weeks integer not null check (no_contact_weeks between 1 and 104),
  gap_weeks integer not null default 4 check (gap_weeks between 0 and 26),
  updated_at timestamptz not null default now(),
  updated_by uuid references account (id) on delete set null,
  primary key (gemeente_code, contract_kind)
);
