-- Werkgevers en matching (issue 15): the demand side. One employer concept:
-- the nazorg employer list of an organisation gains what a werkgeversadviseur
-- keeps (sector, size, place, what the employer is open to, agreements).
-- Vacancies with structured work conditions, candidate work profiles that a
-- person agreed to (consent part 'werkprofiel', purpose 'bemiddeling'),
-- proposed matches with every step recorded, and expiring employer links.

alter table account drop constraint account_role_check;
alter table account add constraint account_role_check
  check (role in ('consulent', 'teamleider', 'beleidsmedewerker', 'aanbieder-redacteur', 'functioneel-beheerder', 'werkgeversadviseur'));

-- A work profile is shared with consent for its own part; no existing query reads it.
alter table consent drop constraint consent_parts_check;
alter table consent add constraint consent_parts_check
  check (cardinality(parts) > 0 and parts <@ array['basis', 'verhaal', 'plan', 'contacten', 'doorverwijzingen', 'werkprofiel']);

alter table employer
  add column sector text check (length(sector) <= 100),
  add column size_class text check (size_class in ('1-9', '10-49', '50-249', '250+')),
  add column gemeente_code text references gemeente (code),
  add column open_to text[] not null default '{}'
    check (open_to <@ array['deeltijd', 'flexibele-uren', 'jobcarving', 'jobcoach', 'aangepaste-werkplek']),
  add column agreements text check (length(agreements) <= 4000),
  add column updated_at timestamptz not null default now();

-- Levels 1..3: pace (rustig, gemiddeld, hoog), structure and supervision (weinig,
-- gemiddeld, veel), client contact (geen, soms, veel), physical demands (licht,
-- gemiddeld, zwaar), noise and stimuli (rustig, gemiddeld, druk).
create table vacancy (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employer (id) on delete cascade,
  organization_id uuid not null references organization (id),
  title text not null check (length(title) between 1 and 200),
  description text check (length(description) <= 4000),
  occupation_code text check (occupation_code ~ '^[0-9]{1,2}$'),
  gemeente_code text references gemeente (code),
  hours_min smallint not null check (hours_min between 1 and 40),
  hours_max smallint not null check (hours_max between 1 and 40),
  hours_spread text check (hours_spread in ('ochtenden', 'middagen', 'verspreid', 'in-overleg')),
  roster text check (roster in ('vast', 'flexibel')),
  pace smallint check (pace between 1 and 3),
  structure smallint check (structure between 1 and 3),
  client_contact smallint check (client_contact between 1 and 3),
  physical smallint check (physical between 1 and 3),
  stimuli smallint check (stimuli between 1 and 3),
  ov_reachable boolean,
  adaptations_possible boolean,
  origin text not null check (origin in ('bestaande-vacature', 'jobcarving', 'gecreeerd')),
  banenafspraak boolean not null default false,
  benefits text[] not null default '{}' check (benefits <@ array['loonkostenvoordeel', 'no-riskpolis', 'loonkostensubsidie']),
  status text not null default 'open' check (status in ('open', 'vervuld', 'gesloten')),
  source text not null default 'hand' check (source in ('hand', 'werkgever', 'demo')),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (hours_min <= hours_max)
);
create index vacancy_organization_open on vacancy (organization_id) where status = 'open';
create index vacancy_employer on vacancy (employer_id);

-- The work profile: wishes and conditions, never a diagnosis. `code` is the
-- pseudonym shown outside the owning organisation until an introduction is agreed.
create table candidate_profile (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null unique references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  code text not null unique,
  wishes text check (length(wishes) <= 2000),
  skills text check (length(skills) <= 2000),
  helps text check (length(helps) <= 2000),
  occupation_codes text[] not null default '{}',
  hours_min smallint check (hours_min between 1 and 40),
  hours_max smallint not null check (hours_max between 1 and 40),
  roster_need text check (roster_need in ('vast', 'flexibel')),
  pace_max smallint check (pace_max between 1 and 3),
  structure_need smallint check (structure_need between 1 and 3),
  client_contact_max smallint check (client_contact_max between 1 and 3),
  physical_max smallint check (physical_max between 1 and 3),
  stimuli_max smallint check (stimuli_max between 1 and 3),
  needs_ov boolean not null default false,
  reach_gemeenten text[] not null default '{}',
  needs_adaptations boolean not null default false,
  hard text[] not null default '{}'
    check (hard <@ array['rooster', 'tempo', 'structuur', 'klantcontact', 'fysiek', 'prikkels', 'reizen', 'aanpassingen']),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid references account (id) on delete set null,
  check (hours_min is null or hours_min <= hours_max)
);
create index candidate_profile_organization on candidate_profile (organization_id);
create index consent_werkprofiel on consent (organization_id, person_id) where withdrawn_at is null and 'werkprofiel' = any (parts);

-- A proposed match: to the person first, then to the employer; every step in job_match_event.
create table job_match (
  id uuid primary key default gen_random_uuid(),
  vacancy_id uuid not null references vacancy (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  score smallint not null,
  max_score smallint not null,
  explanation jsonb not null,
  state text not null check (state in ('voorgesteld', 'persoon-akkoord', 'persoon-nee', 'werkgever-akkoord', 'werkgever-nee', 'geplaatst', 'ingetrokken')),
  placement_id uuid references placement (id) on delete set null,
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index job_match_open on job_match (vacancy_id, person_id) where state in ('voorgesteld', 'persoon-akkoord', 'werkgever-akkoord');
create index job_match_person on job_match (person_id);
create index job_match_organization on job_match (organization_id, state);

create table job_match_event (
  id bigint generated always as identity primary key,
  match_id uuid not null references job_match (id) on delete cascade,
  state text not null,
  via text not null check (via in ('medewerker', 'werkgever-link')),
  note text check (length(note) <= 2000),
  account_id uuid references account (id) on delete set null,
  occurred_at timestamptz not null default now()
);
create index job_match_event_match on job_match_event (match_id, occurred_at);

-- An employer's contact person keeps their own vacancies through an expiring link; only the hash is stored.
create table employer_link (
  token_hash text primary key,
  employer_id uuid not null references employer (id) on delete cascade,
  email text,
  expires_at timestamptz not null,
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index employer_link_employer on employer_link (employer_id);

-- Messages from the public employers page, for the werkgeversadviseurs of the chosen organisation.
create table employer_enquiry (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id),
  company text not null check (length(company) between 1 and 200),
  contact_name text not null check (length(contact_name) between 1 and 200),
  email text check (length(email) <= 200),
  phone text check (length(phone) <= 50),
  message text not null check (length(message) between 1 and 4000),
  created_at timestamptz not null default now(),
  handled_at timestamptz,
  handled_by uuid references account (id) on delete set null
);
create index employer_enquiry_open on employer_enquiry (organization_id, created_at) where handled_at is null;
