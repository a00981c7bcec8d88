-- Business case (MKBA) parameters: amounts with the date they hold from and
-- their source. A new value is a new row (key, valid_from), so the history
-- stays; the calculator uses the latest row on or before the day it computes
-- for. Editable by a functioneel-beheerder (/beheer/mkba). See docs/monitor.md.
create table mkba_parameter (
  key text not null check (key ~ '^[a-z0-9-]{2,60}$'),
  label text not null,
  side text not null check (side in ('gemeente', 'samenleving')),
  -- What one amount is for: per person working with loonkostensubsidie per year, per placement, ...
  per text not null,
  amount numeric(12, 2) not null check (amount >= 0),
  valid_from date not null,
  source text not null,
  source_url text,
  updated_by uuid references account (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (key, valid_from)
);

insert into mkba_parameter (key, label, side, per, amount, valid_from, source, source_url) values
  ('gemeentefonds-lks', 'Hogere uitkering uit het Gemeentefonds', 'gemeente', 'per persoon die met loonkostensubsidie werkt, per jaar', 6776, '2024-01-01',
   'Cedris en Divosa (2024), genoemd in het onderzoek naar nuggers met een arbeidsbeperking (Wever e.a., 2025)', null);
