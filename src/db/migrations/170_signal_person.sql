-- Per-person facts of the signals (issue 17), added to the monitor's summary
-- (monitor_person, migration 146) instead of a second table: both are one
-- row per person kept by triggers, and the signals already need its caseload,
-- gemeente, created_at and has_open_plan. With these columns the signals read
-- one narrow row per person instead of aggregating agreements, plans,
-- transitions, contact requests and contact-person changes (about 20 rows
-- per person) each time /signalen is opened.
--
-- Only what does not depend on "today" is kept: the earliest open due date or
-- deadline. A signal fires when that date is before today, and its `since` is
-- that date (the earliest open one is also the earliest late one). How many
-- are late is counted for the signals shown only.
--
-- Correct by construction: kept in the same transaction by the triggers
-- below; the events stay the source. test/integration/signals-summary.test.ts
-- compares the columns and the signals with a recomputation over the events.
alter table monitor_person
  add column owner_organization_id uuid,
  add column erased boolean not null default false,
  add column contact_person_id uuid,
  add column last_contact_on date,          -- person.last_contact_on (115), i.e. max(contact.contact_date)
  add column review_date date,              -- the current plan's review date
  add column plan_closed_on date,           -- the latest closed_at of a closed plan, as a day in Europe/Amsterdam
  add column agreement_due date,            -- min(due_date) of agreements not done
  add column registration_deadline date,    -- min(deadline) of self-registrations not picked up
  add column transition_deadline date,      -- min(deadline) of transitions not picked up
  add column contact_person_lost_on date;   -- the latest day (Europe/Amsterdam) the contact person was removed

-- The signals of one organisation: the persons in view.
create index monitor_person_signals on monitor_person (owner_organization_id) where not erased and caseload <> 'beeindigd';

-- Person: the same two trigger functions as in 146, with the new person columns.
create or replace function inbeeld_monitor_person_insert() returns trigger
language plpgsql as $$
begin
  insert into monitor_person (person_id, gemeente_code, created_at, ended_at, caseload, has_contact_person,
    came_into_view_via, no_benefit_reason, birth_year, limitation_kinds,
    owner_organization_id, erased, contact_person_id, last_contact_on)
  select n.id, n.gemeente_code, n.created_at, n.ended_at, n.caseload, n.contact_person_id is not null,
    n.came_into_view_via, n.no_benefit_reason, n.birth_year, n.limitation_kinds,
    n.owner_organization_id, n.erased_at is not null, n.contact_person_id, n.last_contact_on
  from new_persons n;
  return null;
end
$$;

create or replace function inbeeld_monitor_person_update() returns trigger
language plpgsql as $$
begin
  update monitor_person m set gemeente_code = n.gemeente_code, created_at = n.created_at, ended_at = n.ended_at,
    caseload = n.caseload, has_contact_person = n.contact_person_id is not null, came_into_view_via = n.came_into_view_via,
    no_benefit_reason = n.no_benefit_reason, birth_year = n.birth_year, limitation_kinds = n.limitation_kinds,
    owner_organization_id = n.owner_organization_id, erased = n.erased_at is not null, contact_person_id = n.contact_person_id,
    last_contact_on = n.last_contact_on
  from new_persons n
  where m.person_id = n.id and (m.gemeente_code, m.created_at, m.ended_at, m.caseload, m.has_contact_person, m.came_into_view_via,
      m.no_benefit_reason, m.birth_year, m.limitation_kinds, m.owner_organization_id, m.erased, m.contact_person_id, m.last_contact_on)
    is distinct from (n.gemeente_code, n.created_at, n.ended_at, n.caseload, n.contact_person_id is not null, n.came_into_view_via,
      n.no_benefit_reason, n.birth_year, n.limitation_kinds, n.owner_organization_id, n.erased_at is not null, n.contact_person_id,
      n.last_contact_on);
  return null;
end
$$;

-- Plans: 146's recomputation, plus the current review date and the last closing day.
create or replace function inbeeld_monitor_plan_recompute(ids uuid[]) returns void
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id = any(ids) order by person_id for update;
  update monitor_person m set first_plan_at = s.first, plan_confirmed = coalesce(s.confirmed, false), has_open_plan = s.review is not null,
    review_date = s.review, plan_closed_on = s.closed
  from (select i.id, (select min(pl.created_at) from plan pl where pl.person_id = i.id) as first,
          (select bool_or(pl.confirmed_at is not null) from plan pl where pl.person_id = i.id) as confirmed,
          (select pl.review_date from plan pl where pl.person_id = i.id and pl.closed_at is null) as review,
          (select max((pl.closed_at at time zone 'Europe/Amsterdam')::date) from plan pl where pl.person_id = i.id and pl.closed_at is not null) as closed
        from unnest(ids) as i(id)) s
  where m.person_id = s.id;
end
$$;

-- Contact requests: 146's recomputation, plus the earliest open deadline.
create or replace function inbeeld_monitor_registration_recompute(ids uuid[]) returns void
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id = any(ids) order by person_id for update;
  update monitor_person m set
    via_rechtencheck = exists (select 1 from self_registration s where s.person_id = m.person_id and s.rechtencheck_code is not null),
    registration_deadline = (select min(s.deadline) from self_registration s where s.person_id = m.person_id and s.picked_up_at is null)
  where m.person_id = any(ids);
end
$$;

-- Agreements, transitions and contact-person changes: every change computes
-- the person's column again (rows locked first, as in 115 and 146).
create function inbeeld_signal_recompute(what text, ids uuid[]) returns void
language plpgsql as $$
begin
  perform 1 from monitor_person where person_id = any(ids) order by person_id for update;
  if what = 'agreement' then
    update monitor_person m set agreement_due = s.d
    from (select i.id, (select min(a.due_date) from agreement a where a.person_id = i.id and a.done_at is null) as d from unnest(ids) as i(id)) s
    where m.person_id = s.id and m.agreement_due is distinct from s.d;
  elsif what = 'transition' then
    update monitor_person m set transition_deadline = s.d
    from (select i.id, (select min(t.deadline) from transition t where t.person_id = i.id and t.picked_up_at is null) as d from unnest(ids) as i(id)) s
    where m.person_id = s.id and m.transition_deadline is distinct from s.d;
  else
    update monitor_person m set contact_person_lost_on = s.d
    from (select i.id, (select max((ch.changed_at at time zone 'Europe/Amsterdam')::date) from contact_person_change ch
            where ch.person_id = i.id and ch.to_account_id is null) as d from unnest(ids) as i(id)) s
    where m.person_id = s.id and m.contact_person_lost_on is distinct from s.d;
  end if;
end
$$;

create function inbeeld_signal_rows_new() returns trigger
language plpgsql as $$
begin
  perform inbeeld_signal_recompute(tg_table_name, array(select distinct person_id from new_rows));
  return null;
end
$$;
create function inbeeld_signal_rows_old() returns trigger
language plpgsql as $$
begin
  perform inbeeld_signal_recompute(tg_table_name, array(select distinct person_id from old_rows));
  return null;
end
$$;
create function inbeeld_signal_rows_both() returns trigger
language plpgsql as $$
begin
  perform inbeeld_signal_recompute(tg_table_name, array(select person_id from old_rows union select person_id from new_rows));
  return null;
end
$$;

create trigger agreement_signal_insert after insert on agreement
  referencing new table as new_rows for each statement execute function inbeeld_signal_rows_new();
create trigger agreement_signal_update after update on agreement
  referencing old table as old_rows new table as new_rows for each statement execute function inbeeld_signal_rows_both();
create trigger agreement_signal_delete after delete on agreement
  referencing old table as old_rows for each statement execute function inbeeld_signal_rows_old();
create trigger transition_signal_insert after insert on transition
  referencing new table as new_rows for each statement execute function inbeeld_signal_rows_new();
create trigger transition_signal_update after update on transition
  referencing old table as old_rows new table as new_rows for each statement execute function inbeeld_signal_rows_both();
create trigger transition_signal_delete after delete on transition
  referencing old table as old_rows for each statement execute function inbeeld_signal_rows_old();
create trigger contact_person_change_signal_insert after insert on contact_person_change
  referencing new table as new_rows for each statement execute function inbeeld_signal_rows_new();
create trigger contact_person_change_signal_update after update on contact_person_change
  referencing old table as old_rows new table as new_rows for each statement execute function inbeeld_signal_rows_both();
create trigger contact_person_change_signal_delete after delete on contact_person_change
  referencing old table as old_rows for each statement execute function inbeeld_signal_rows_old();

-- Existing records.
update monitor_person m set owner_organization_id = p.owner_organization_id, erased = p.erased_at is not null,
  contact_person_id = p.contact_person_id, last_contact_on = p.last_contact_on,
  review_date = (select pl.review_date from plan pl where pl.person_id = p.id and pl.closed_at is null),
  plan_closed_on = (select max((pl.closed_at at time zone 'Europe/Amsterdam')::date) from plan pl where pl.person_id = p.id and pl.closed_at is not null),
  agreement_due = (select min(a.due_date) from agreement a where a.person_id = p.id and a.done_at is null),
  registration_deadline = (select min(s.deadline) from self_registration s where s.person_id = p.id and s.picked_up_at is null),
  transition_deadline = (select min(t.deadline) from transition t where t.person_id = p.id and t.picked_up_at is null),
  contact_person_lost_on = (select max((ch.changed_at at time zone 'Europe/Amsterdam')::date) from contact_person_change ch
    where ch.person_id = p.id and ch.to_account_id is null)
from person p
where p.id = m.person_id;
