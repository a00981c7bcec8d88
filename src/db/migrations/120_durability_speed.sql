-- Durability figures (src/db/nazorg/durability.ts, bench/durability.bench.ts)
-- walk every placement of an organisation per person in start order. The
-- index below hands them over in that order with the columns the figures
-- need (an index-only scan, no sort), and the first check-in date is kept on
-- the placement so the figures need no pass over all check-ins.

alter table placement add column first_checkin date;

update placement x set first_checkin = k.first_on
from (select placement_id, min(checkin_date) as first_on from checkin group by placement_id) k
where k.placement_id = x.id;

-- Set-based (one statement per insert, update or delete of check-ins), so a
-- bulk insert of check-ins updates each placement once.
create function placement_first_checkin_refresh() returns trigger language plpgsql as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    update placement x set first_checkin = k.first_on
    from (select c.placement_id, min(c.checkin_date) as first_on
          from checkin c where c.placement_id in (select placement_id from changed_new) group by c.placement_id) k
    where x.id = k.placement_id and x.first_checkin is distinct from k.first_on;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    update placement x set first_checkin = (select min(c.checkin_date) from checkin c where c.placement_id = x.id)
    where x.id in (select placement_id from changed_old);
  end if;
  return null;
end $$;

create trigger checkin_first_insert after insert on checkin
  referencing new table as changed_new for each statement execute function placement_first_checkin_refresh();
create trigger checkin_first_update after update on checkin
  referencing old table as changed_old new table as changed_new for each statement execute function placement_first_checkin_refresh();
create trigger checkin_first_delete after delete on checkin
  referencing old table as changed_old for each statement execute function placement_first_checkin_refresh();

create index placement_career on placement (organization_id, person_id, start_date, id)
  include (end_date, contract_kind, came_about, instruments, first_checkin);
