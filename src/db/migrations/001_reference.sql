-- Reference data: gemeenten, arbeidsmarktregio's and woonplaatsen.
-- Loaded from src/content/reference by `inbeeld seed` (source and date in reference_dataset).
create table reference_dataset (
  name text primary key,
  source text not null,
  valid_from date not null,
  loaded_at timestamptz not null default now()
);

create table arbeidsmarktregio (
  code text primary key,
  name text not null
);

create table gemeente (
  code text primary key check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  provincie text not null,
  arbeidsmarktregio_code text references arbeidsmarktregio (code)
);
create index gemeente_lower_name on gemeente (lower(name));

create table woonplaats (
  name text not null,
  gemeente_code text not null references gemeente (code),
  primary key (name, gemeente_code)
);
create index woonplaats_lower_name on woonplaats (lower(name));
