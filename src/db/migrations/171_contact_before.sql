-- The latest contact up to a day, for the rare person whose latest contact
-- lies ahead (entered in advance). A plpgsql function is not inlined: the
-- signals' statement (src/db/signals/sql.ts) can use it in several
-- expressions without the planner copying a subquery into each, and it runs
-- only for the persons that need it.
create function inbeeld_last_contact_before(person uuid, on_day date) returns date
language plpgsql stable as $$
begin
  return (select max(c.contact_date) from contact c where c.person_id = person and c.contact_date <= on_day);
end
$$;
