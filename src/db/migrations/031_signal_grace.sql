-- Grace periods for signals, per gemeente (issue 11). A new person does not
-- get "geen plan met een doel" before plan_grace_weeks have passed since they
-- came into view, nor "geen vaste contactpersoon" before
-- contact_person_grace_working_days working days. These are practice defaults
-- (werkafspraken), not legal deadlines; a gemeente sets its own.
alter table gemeente_policy
  add column plan_grace_weeks integer not null default 4 check (plan_grace_weeks between 0 and 26),
  add column contact_person_grace_working_days integer not null default 5 check (contact_person_grace_working_days between 0 and 60),
  add column updated_by uuid references account (id) on delete set null;

-- Every change of a gemeente's thresholds, with who and when: the settings
-- screen shows this history. Values are the full row after the change.
create table gemeente_policy_change (
  id bigint generated always as identity primary key,
  gemeente_code text not null references gemeente (code),
  changed_at timestamptz not null default now(),
  changed_by uuid references account (id) on delete set null,
  changed_by_name text,
  settings jsonb not null
);
create index gemeente_policy_change_gemeente on gemeente_policy_change (gemeente_code, changed_at desc);

-- d plus n working days: weekends and the given holidays (from
-- src/domain/workdays.ts, Algemene termijnenwet art. 3) are skipped.
create function inbeeld_add_working_days(d date, n integer, holidays date[]) returns date
language plpgsql immutable as $$
declare
  result date := d;
  left_over integer := n;
begin
  while left_over > 0 loop
    result := result + 1;
    if extract(isodow from result) < 6 and not (result = any(holidays)) then
      left_over := left_over - 1;
    end if;
  end loop;
  return result;
end
$$;
