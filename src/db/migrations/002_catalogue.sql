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
  last_modified timestamptz not null default now()
);

-- The search projection: one narrow row per offer with only what search
-- filters and ranks on, kept in step by a trigger. Search reads about a third
-- of the bytes it would read in the wide service table (long descriptions),
-- which matters when a common word matches nearly every offer.
create table service_search (
  id uuid primary key references service (id) on delete cascade,
  name text not null,
  status text not null,
  organization_id uuid not null,
  area_scope text not null,
  area_codes text[] not null,
  help_kinds text[] not null,
  limitations text[] not null,
  open_without_benefit text not null,
  last_modified timestamptz not null,
  -- Ranking: name (weight A) and summary (B), with positions.
  search_head tsvector not null,
  -- Matching: all text, Dutch stems, without positions (smaller).
  search tsvector not null
);
create index service_search_match on service_search using gin (search);

create function service_search_sync() returns trigger language plpgsql as $$
begin
  insert into service_search (id, name, status, organization_id, area_scope, area_codes, help_kinds, limitations,
    open_without_benefit, last_modified, search_head, search)
  values (new.id, new.name, new.status, new.organization_id, new.area_scope, new.area_codes, new.help_kinds, new.limitations,
    new.open_without_benefit, new.last_modified,
    setweight(to_tsvector('dutch', coalesce(new.name, '')), 'A') || setweight(to_tsvector('dutch', coalesce(new.summary, '')), 'B'),
    strip(to_tsvector('dutch', coalesce(new.name, '') || ' ' || coalesce(new.summary, '') || ' ' || coalesce(new.description, ''))))
  on conflict (id) do update set name = excluded.name, status = excluded.status, organization_id = excluded.organization_id,
    area_scope = excluded.area_scope, area_codes = excluded.area_codes, help_kinds = excluded.help_kinds,
    limitations = excluded.limitations, open_without_benefit = excluded.open_without_benefit,
    last_modified = excluded.last_modified, search_head = excluded.search_head, search = excluded.search;
  return new;
end
$$;
create trigger service_search_sync after insert or update on service
  for each row execute function service_search_sync();
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
