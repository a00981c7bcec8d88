-- Monitor summary (issue 16, quality): one narrow row per person with what
-- the monitor's person figures need (inflow, stock, funnel, coverage), so
-- the page reads this table instead of joining every contact and plan row
-- (about 20 event rows per person). Why per person and not per gemeente and
-- month: the funnel's medians and 90th percentiles need each person's own
-- durations, periods may start on any day, and "in view on the last day"
-- needs each person's dates; one row per person serves every period exactly.
--
-- Correct by construction: the rows are derived data, kept in the same
-- transaction as the events by the triggers below; person, contact, plan and
-- self_registration stay the source. test/integration/monitor-summary.test.ts
-- compares the figures from this table with a recomputation over the events
-- after random inserts, updates, deletes and erasures.
create table monitor_person (
  person_id uuid primary key references person (id) on delete cascade,
  gemeente_code text,
  created_at timestamptz not null,
  ended_at timestamptz,
  caseload text not null,
  has_contact_person boolean not null,
  came_into_view_via text,
  no_benefit_reason text,
  birth_year integer,
  limitation_kinds text[] not null default '{}',
  -- Derived from the person's events:
  via_rechtencheck boolean not null default false, -- a contact request with a Rechtencheck code
  first_contact date,                              -- min(contact.contact_date)
  first_plan_at timestamptz,                       -- min(plan.created_at)
  plan_confirmed boolean not null default false,   -- some plan confirmed by the person
  has_open_plan boolean not null default false     -- a current plan (closed_at is null)
);
-- Covering: the stock (every person in view on a day) is an index-only scan.
create index monitor_person_gemeente_created on monitor_person (gemeente_code, created_at)
  include (ended_at, caseload, has_contact_person, has_open_plan);
-- The event figures (contact requests, transitions, referrals, signals) take
-- the gemeente from here: an index-only scan of about a tenth of the table's pages.
create index monitor_person_gemeente_person on monitor_person (gemeente_code, person_id);

-- Person: copy the columns on insert and whenever one of them changes.
create function inbeeld_monitor_person_insert() returns trigger
language plpgsql as $$
begin
  insert into monitor_person (person_id, gemeente_code, created_at, ended_at, caseload, has_contact_person,
    came_into_view_via, no_benefit_reason, birth_year, limitation_kinds)
  select n.id, n.gemeente_code, n.created_at, n.ended_at, n.caseload, n.contact_person_id is not null,
    n.came_into_view_via, n.no_benefit_reason, n.birth_year, n.limitation_kinds
  from new_persons n;
  return null;
end
$$;

create function inbeeld_monitor_person_update() returns trigger
language plpgsql as $$
begin
  update monitor_person m set gemeente_code = n.gemeente_code, created_at = n.created_at, ended_at = n.ended_at,
    caseload = n.caseload, has_contact_person = n.contact_person_id is not null, came_into_view_via = n.came_into_view_via,
    no_benefit_reason = n.no_benefit_reason, birth_year = n.birth_year, limitation_kinds = n.limitation_kinds
  from new_persons n
  where m.person_id = n.id and (m.gemeente_code, m.created_at, m.ended_at, m.caseload, m.has_contact_person, m.came_into_view_via,
      m.no_benefit_reason, m.birth_year, m.limitation_kinds)
    is distinct from (n.gemeente_code, n.created_at, n.ended_at, n.caseload, n.contact_person_id is not null, n.came_into_view_via,
      n.no_benefit_reason, n.birth_year, n.limitation_kinds);
  return null;
end
$$;

create trigger person_monitor_insert after insert on person
  referencing new table as new_persons for each statement execute function inbeeld_monitor_person_insert();
create trigger person_monitor_update after update on person
  referencing new table as new_persons for each statement execute function inbeeld_monitor_person_update();

-- Contacts: an insert only ever lowers the first contact date; an update or
-- delete computes it again (rows locked first, as in migration 115, so the
-- recomputation sees what other transactions committed meanwhile).
create function inbeeld_monitor_contact_insert() returns trigger
language plpgsql as $$
begin
  update monitor_person m set first_contact = f.first
  from (select person_id, min(contact_date) as first from new_contacts group by person_id) f
  where m.person_id = f.person_id and (m.first_contact is null or m.first_contact > f.first);
  return null;
end
$$;

create function inbeeld_monitor_contact_recompute() returns trigger
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id in (select person_id from old_contacts) order by person_id for update;
  update monitor_person m set first_contact = (select min(c.contact_date) from contact c where c.person_id = m.person_id)
  where m.person_id in (select person_id from old_contacts);
  if tg_op = 'UPDATE' then
    update monitor_person m set first_contact = f.first
    from (select person_id, min(contact_date) as first from new_contacts group by person_id) f
    where m.person_id = f.person_id and (m.first_contact is null or m.first_contact > f.first);
  end if;
  return null;
end
$$;

create trigger contact_monitor_insert after insert on contact
  referencing new table as new_contacts for each statement execute function inbeeld_monitor_contact_insert();
create trigger contact_monitor_update after update on contact
  referencing old table as old_contacts new table as new_contacts for each statement execute function inbeeld_monitor_contact_recompute();
create trigger contact_monitor_delete after delete on contact
  referencing old table as old_contacts for each statement execute function inbeeld_monitor_contact_recompute();

-- Plans (a few per person): every change computes the person's plan columns again.
create function inbeeld_monitor_plan_recompute(ids uuid[]) returns void
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id = any(ids) order by person_id for update;
  update monitor_person m set first_plan_at = s.first, plan_confirmed = coalesce(s.confirmed, false), has_open_plan = coalesce(s.open, false)
  from (select i.id, (select min(pl.created_at) from plan pl where pl.person_id = i.id) as first,
          (select bool_or(pl.confirmed_at is not null) from plan pl where pl.person_id = i.id) as confirmed,
          exists (select 1 from plan pl where pl.person_id = i.id and pl.closed_at is null) as open
        from unnest(ids) as i(id)) s
  where m.person_id = s.id;
end
$$;

create function inbeeld_monitor_plan_new() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_plan_recompute(array(select distinct person_id from new_plans));
  return null;
end
$$;
create function inbeeld_monitor_plan_old() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_plan_recompute(array(select distinct person_id from old_plans));
  return null;
end
$$;
create function inbeeld_monitor_plan_both() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_plan_recompute(array(select person_id from old_plans union select person_id from new_plans));
  return null;
end
$$;

create trigger plan_monitor_insert after insert on plan
  referencing new table as new_plans for each statement execute function inbeeld_monitor_plan_new();
create trigger plan_monitor_update after update on plan
  referencing old table as old_plans new table as new_plans for each statement execute function inbeeld_monitor_plan_both();
create trigger plan_monitor_delete after delete on plan
  referencing old table as old_plans for each statement execute function inbeeld_monitor_plan_old();

-- Contact requests: whether the person came in through the Rechtencheck.
create function inbeeld_monitor_registration_recompute(ids uuid[]) returns void
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id = any(ids) order by person_id for update;
  update monitor_person m set via_rechtencheck = exists (
    select 1 from self_registration s where s.person_id = m.person_id and s.rechtencheck_code is not null)
  where m.person_id = any(ids);
end
$$;

create function inbeeld_monitor_registration_new() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_registration_recompute(array(select distinct person_id from new_registrations));
  return null;
end
$$;
create function inbeeld_monitor_registration_old() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_registration_recompute(array(select distinct person_id from old_registrations));
  return null;
end
$$;
create function inbeeld_monitor_registration_both() returns trigger
language plpgsql as $$
begin
  perform inbeeld_monitor_registration_recompute(array(select person_id from old_registrations union select person_id from new_registrations));
  return null;
end
$$;

create trigger registration_monitor_insert after insert on self_registration
  referencing new table as new_registrations for each statement execute function inbeeld_monitor_registration_new();
create trigger registration_monitor_update after update on self_registration
  referencing old table as old_registrations new table as new_registrations for each statement execute function inbeeld_monitor_registration_both();
create trigger registration_monitor_delete after delete on self_registration
  referencing old table as old_registrations for each statement execute function inbeeld_monitor_registration_old();

-- Existing records.
insert into monitor_person (person_id, gemeente_code, created_at, ended_at, caseload, has_contact_person,
  came_into_view_via, no_benefit_reason, birth_year, limitation_kinds, via_rechtencheck, first_contact, first_plan_at, plan_confirmed, has_open_plan)
select p.id, p.gemeente_code, p.created_at, p.ended_at, p.caseload, p.contact_person_id is not null,
  p.came_into_view_via, p.no_benefit_reason, p.birth_year, p.limitation_kinds,
  exists (select 1 from self_registration s where s.person_id = p.id and s.rechtencheck_code is not null),
  (select min(c.contact_date) from contact c where c.person_id = p.id),
  (select min(pl.created_at) from plan pl where pl.person_id = p.id),
  coalesce((select bool_or(pl.confirmed_at is not null) from plan pl where pl.person_id = p.id), false),
  exists (select 1 from plan pl where pl.person_id = p.id and pl.closed_at is null)
from person p;
