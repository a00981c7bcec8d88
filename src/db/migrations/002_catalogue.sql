-- The Wegwijzer catalogue, shaped after Open Referral HSDS 3.0 so it can be
-- exchanged; Dutch extensions are plain columns.
create table organization (
  id uuid primary key,
  key text not null unique,
  name text not null,
  alternate_name text,
  type text not null check (type in ('gemeente', 'uwv', 'werkcentrum', 'aanbieder', 'zorg-welzijn', 'belangenorganisatie', 'overheid')),
  description text not null,
  website text,
  email text,
  phones jsonb not null default '[]',
  demo boolean not null default false,
  last_modified timestamptz not null default now()
);

create table location (
  id uuid primary key,
  key text not null unique,
  organization_id uuid not null references organization (id) on delete cascade,
  name text not null,
  location_type text not null check (location_type in ('physical', 'virtual')),
  address_1 text,
  postal_code text,
  city text,
  state_province text,
  url text,
  latitude double precision,
  longitude double precision,
  accessibility text
);

create table service (
  id uuid primary key,
  key text not null unique,
  organization_id uuid not null references organization (id) on delete cascade,
  name text not null,
  summary text not null,
  description text not null,
  status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  url text,
  email text,
  phones jsonb not null default '[]',
  help_kinds text[] not null default '{}',
  limitations text[] not null default '{}',
  open_without_benefit text not null check (open_without_benefit in ('ja', 'nee', 'onbekend')),
  open_without_benefit_explanation text not null,
  eligibility text not null,
  how_to_apply text not null,
  who_decides text not null,
  legal_basis jsonb not null default '[]',
  upl_uri text,
  area_scope text not null check (area_scope in ('national', 'arbeidsmarktregio', 'gemeente')),
  area_codes text[] not null default '{}',
  schedules jsonb not null default '[]',
  cost_description text,
  cost_amount numeric,
  wait_time text,
  assured_date date not null,
  demo boolean not null default false,
  last_modified timestamptz not null default now(),
  -- Dutch stemming. Matching uses all text without positions (small, fast to
  -- read); ranking uses only the name (weight A) and summary (B), so a search
  -- for a common word does not have to read every long description twice.
  search_head tsvector generated always as (
    setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(summary, '')), 'B')
  ) stored,
  search tsvector generated always as (
    strip(to_tsvector('dutch', coalesce(name, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(description, '')))
  ) stored
);
create index service_search on service using gin (search);
create index service_help_kinds on service using gin (help_kinds);
create index service_limitations on service using gin (limitations);
create index service_area_codes on service using gin (area_codes);
create index service_organization on service (organization_id);
create index service_last_modified on service (last_modified);

create table service_location (
  service_id uuid not null references service (id) on delete cascade,
  location_id uuid not null references location (id) on delete cascade,
  primary key (service_id, location_id)
);
