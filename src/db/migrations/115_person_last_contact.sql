-- The date of a person's latest contact moment, kept by trigger (issue 17).
-- The signals ("te lang geen contact") needed it for every person in view,
-- and took it from an aggregate over all contact rows: the largest part of
-- their time (bench/signals.bench.ts). It is derived data: contact stays the
-- source; the triggers below keep the copy equal to max(contact_date).
alter table person add column last_contact_on date;

-- Insert: only ever raises the date. Set-based per statement (a bulk import
-- of contacts updates each person once). A concurrent insert for the same
-- person waits for the row lock and compares again with the newer value.
create function inbeeld_last_contact_insert() returns trigger
language plpgsql as $$
begin
  update person p set last_contact_on = m.on_date
  from (select person_id, max(contact_date) as on_date from new_contacts group by person_id) m
  where p.id = m.person_id and (p.last_contact_on is null or p.last_contact_on < m.on_date);
  return null;
end
$$;

-- Delete or update (rare: contacts are not edited in the app, and go with
-- their person): compute again from contact. Lock the persons first, so the
-- second statement (a new snapshot under read committed) sees contacts that
-- other transactions committed meanwhile.
create function inbeeld_last_contact_recompute() returns trigger
language plpgsql as $$
begin
  perform 1 from person where id in (select person_id from old_contacts) order by id for update;
  update person p set last_contact_on = (select max(c.contact_date) from contact c where c.person_id = p.id)
  where p.id in (select person_id from old_contacts);
  if tg_op = 'UPDATE' then
    update person p set last_contact_on = m.on_date
    from (select person_id, max(contact_date) as on_date from new_contacts group by person_id) m
    where p.id = m.person_id and (p.last_contact_on is null or p.last_contact_on < m.on_date);
  end if;
  return null;
end
$$;

create trigger contact_last_insert after insert on contact
  referencing new table as new_contacts for each statement execute function inbeeld_last_contact_insert();
create trigger contact_last_update after update on contact
  referencing old table as old_contacts new table as new_contacts for each statement execute function inbeeld_last_contact_recompute();
create trigger contact_last_delete after delete on contact
  referencing old table as old_contacts for each statement execute function inbeeld_last_contact_recompute();

update person p set last_contact_on = m.on_date
from (select person_id, max(contact_date) as on_date from contact group by person_id) m
where p.id = m.person_id;
