-- Careers (issue 14, durability figures): each person's placements merged
-- into spells of continuous work, stored so the durability figures read
-- ready careers instead of merging 100,000 placements on every request.
--
-- Which gap: the careers here use the default job-to-job gap of 4 weeks
-- (28 days, DEFAULT_GAP_WEEKS in src/domain/nazorg/careers.ts; a gap of
-- exactly 28 days still continues). A gemeente that sets another gap in its
-- schedule gets the live computation from the placements instead
-- (src/db/nazorg/durability.ts); storing one set of careers per gap in use
-- would mean rebuilding an organisation's careers whenever a teamleider
-- saves the schedule.
--
-- Correct by construction: derived data only, kept in the same transaction
-- as the placements by the triggers below (placement insert, update, delete;
-- person update for the age and erasure). The rows come from one view,
-- career_source, that the triggers and the first fill share.
-- test/integration/career.test.ts compares the figures from this table with
-- mergeCareers and kaplanMeier over the raw placements after random inserts,
-- updates, deletes and erasures, on PGlite and PostgreSQL.
--
-- Placements that start after "today" (recorded ahead) are part of the stored
-- careers; last_start tells the query when a career holds one, and the query
-- then takes that career's reach from its placements up to today (rare rows).

create view career_source as
select s.organization_id, s.person_id, s.id as first_placement_id, s.start_date, s.reach, s.last_start,
  s.contract_kind, s.came_about, s.instruments, s.first_checkin, p.birth_year, p.erased_at is not null as erased
from (
  select n.*, max(coalesce(n.end_date, 'infinity'::date)) over c as reach, max(n.start_date) over c as last_start
  from (
    select j.*, count(*) filter (where j.starts) over (partition by j.organization_id, j.person_id order by j.start_date, j.id rows unbounded preceding) as career_no
    from (
      select w.*,
        -- A new career starts when every earlier job ended more than 28 days before this one starts.
        case when w.prev_reach is null then true when w.prev_reach = 'infinity' then false else w.start_date - w.prev_reach > 28 end as starts
      from (
        select x.organization_id, x.person_id, x.id, x.start_date, x.end_date, x.contract_kind, x.came_about, x.instruments, x.first_checkin,
          max(coalesce(x.end_date, 'infinity'::date)) over (partition by x.organization_id, x.person_id order by x.start_date, x.id
            rows between unbounded preceding and 1 preceding) as prev_reach
        from placement x
      ) w
    ) j
  ) n
  window c as (partition by n.organization_id, n.person_id, n.career_no)
) s
join person p on p.id = s.person_id
where s.starts;

create table career (
  organization_id uuid not null,
  person_id uuid not null references person (id) on delete cascade,
  first_placement_id uuid not null,
  start_date date not null,
  -- The latest end of its jobs; 'infinity' while one is open.
  reach date not null,
  -- The latest start of its jobs.
  last_start date not null,
  -- The breakdowns come from the career's first job.
  contract_kind text not null,
  came_about text not null,
  instruments text[] not null,
  first_checkin date,
  birth_year integer,
  erased boolean not null,
  -- What the figures group by, computed once here instead of on every request.
  start_quarter integer not null generated always as (extract(year from start_date)::int * 10 + extract(quarter from start_date)::int) stored,
  age_band text not null generated always as (case when birth_year is null then 'onbekend'
    when extract(year from start_date)::int - birth_year < 27 then 'onder 27'
    when extract(year from start_date)::int - birth_year < 50 then '27 tot 50' else '50 en ouder' end) stored,
  primary key (person_id, organization_id, start_date)
);
create index career_organization on career (organization_id, start_date);

insert into career (organization_id, person_id, first_placement_id, start_date, reach, last_start, contract_kind, came_about, instruments, first_checkin, birth_year, erased)
select organization_id, person_id, first_placement_id, start_date, reach, last_start, contract_kind, came_about, instruments, first_checkin, birth_year, erased from career_source;

-- Rebuilds the careers of the given persons from their placements. The person
-- rows are locked first (in id order), so two transactions that change the
-- same person's placements rebuild one after the other, the second seeing
-- what the first committed.
create function inbeeld_career_rebuild(ids uuid[]) returns void
language plpgsql as $$
begin
  if cardinality(ids) = 0 then return; end if;
  perform 1 from person where id in (select unnest(ids)) order by id for no key update;
  delete from career where person_id in (select unnest(ids));
  insert into career (organization_id, person_id, first_placement_id, start_date, reach, last_start, contract_kind, came_about, instruments, first_checkin, birth_year, erased)
  select organization_id, person_id, first_placement_id, start_date, reach, last_start, contract_kind, came_about, instruments, first_checkin, birth_year, erased from career_source where person_id in (select unnest(ids));
end
$$;

create function inbeeld_career_placement_insert() returns trigger
language plpgsql as $$
begin
  perform inbeeld_career_rebuild(array(select distinct person_id from new_placements));
  return null;
end
$$;

create function inbeeld_career_placement_delete() returns trigger
language plpgsql as $$
begin
  perform inbeeld_career_rebuild(array(select distinct person_id from old_placements));
  return null;
end
$$;

-- Only changes of what careers hold (most updates of a placement touch other columns).
create function inbeeld_career_placement_update() returns trigger
language plpgsql as $$
begin
  perform inbeeld_career_rebuild(array(
    select distinct unnest(array[o.person_id, n.person_id])
    from old_placements o join new_placements n on n.id = o.id
    where (o.organization_id, o.person_id, o.start_date, o.end_date, o.contract_kind, o.came_about, o.instruments, o.first_checkin)
      is distinct from (n.organization_id, n.person_id, n.start_date, n.end_date, n.contract_kind, n.came_about, n.instruments, n.first_checkin)));
  return null;
end
$$;

create trigger placement_career_insert after insert on placement
  referencing new table as new_placements for each statement execute function inbeeld_career_placement_insert();
create trigger placement_career_update after update on placement
  referencing old table as old_placements new table as new_placements for each statement execute function inbeeld_career_placement_update();
create trigger placement_career_delete after delete on placement
  referencing old table as old_placements for each statement execute function inbeeld_career_placement_delete();

-- The age at the start and erasure come from the person.
create function inbeeld_career_person_update() returns trigger
language plpgsql as $$
begin
  update career c set birth_year = n.birth_year, erased = n.erased_at is not null
  from new_persons n
  where c.person_id = n.id and (c.birth_year, c.erased) is distinct from (n.birth_year, n.erased_at is not null);
  return null;
end
$$;

create trigger person_career_update after update on person
  referencing new table as new_persons for each statement execute function inbeeld_career_person_update();
