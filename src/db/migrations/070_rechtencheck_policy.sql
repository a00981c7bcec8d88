-- Rechtencheck: the policy a gemeente recorded in the open terms of national
-- law (Participatiewet art. 8a, its re-integratieverordening). Every change is
-- a new row: earlier versions stay, and the row that holds on a date is the
-- newest one with valid_from on or before that date.
create table rechtencheck_policy (
  id bigint generated always as identity primary key,
  gemeente_code text not null references gemeente (code),
  valid_from date not null,
  jobcoaching_without_benefit text not null check (jobcoaching_without_benefit in ('ja', 'nee', 'onbekend')),
  werkvoorzieningen_without_benefit text not null check (werkvoorzieningen_without_benefit in ('ja', 'nee', 'onbekend')),
  praktijkroute text not null check (praktijkroute in ('ja', 'nee', 'onbekend')),
  proefplaatsing_without_benefit text not null check (proefplaatsing_without_benefit in ('ja', 'nee', 'onbekend')),
  beschut_werk_places text not null check (beschut_werk_places in ('ja', 'nee', 'onbekend')),
  jobcoaching_max_years smallint check (jobcoaching_max_years between 1 and 10),
  policy_url text check (policy_url ~ '^https://'),
  contact_url text check (contact_url ~ '^https://'),
  recorded_by uuid references account (id) on delete set null,
  recorded_by_name text not null,
  recorded_at timestamptz not null default now()
);

create index rechtencheck_policy_current on rechtencheck_policy (gemeente_code, valid_from desc, id desc);
