// The signals computed from the event rows, as before the summary columns of
// monitor_person (migration 170): the recomputation that
// test/integration/signals-summary.test.ts compares the signals with. Same
// parameters and row shape as signalsSql in src/db/signals/sql.ts.
import { DEFAULT_ACTIVE_NO_CONTACT_WEEKS, DEFAULT_CONTACT_PERSON_GRACE_WORKING_DAYS, DEFAULT_PASSIVE_NO_CONTACT_MONTHS, DEFAULT_PLAN_GRACE_WEEKS, SIGNAL_RULES } from '../../src/db/signals/sql.ts';

const SCOPE = `p.owner_organization_id = $1::uuid and p.erased_at is null and p.caseload <> 'beeindigd'
    and ($3::uuid is null or p.id = $3::uuid) and ($4::uuid is null or p.contact_person_id = $4::uuid)
    and ($6::uuid[] is null or p.id = any($6::uuid[]))`;

const SIGNAL_ROWS = `
with open_items as (
  -- The late and open rows of four tables in one aggregate: one join with the
  -- persons in scope instead of one per table. d is the date that counts.
  select x.person_id,
    count(*) filter (where x.what = 'a')::int as agreements, min(x.d) filter (where x.what = 'a') as agreement_due,
    count(*) filter (where x.what = 'r')::int as registrations, min(x.d) filter (where x.what = 'r') as registration_deadline,
    count(*) filter (where x.what = 't')::int as transitions, min(x.d) filter (where x.what = 't') as transition_deadline,
    (array_agg(x.kind order by x.d, x.e) filter (where x.what = 't'))[1] as transition_kind,
    max(x.d) filter (where x.what = 'c') as plan_closed_on,
    max(x.d) filter (where x.what = 'l') as contact_person_lost_on
  from (
    select 'a' as what, a.person_id, a.due_date as d, null::date as e, null::text as kind
      from agreement a where a.done_at is null and a.due_date < $2::date
    union all
    select 'r', r.person_id, r.deadline, null, null from self_registration r where r.picked_up_at is null and r.deadline < $2::date
    union all
    select 't', t.person_id, t.deadline, t.event_date, t.kind from transition t where t.picked_up_at is null and t.deadline < $2::date
    union all
    select 'c', pl.person_id, (pl.closed_at at time zone 'Europe/Amsterdam')::date, null, null from plan pl where pl.closed_at is not null
    union all
    select 'l', ch.person_id, (ch.changed_at at time zone 'Europe/Amsterdam')::date, null, null from contact_person_change ch where ch.to_account_id is null
  ) x
  join person p on p.id = x.person_id
  where ${SCOPE} and (x.what <> 'l' or p.contact_person_id is null)
  group by x.person_id
),
-- Materialized: inlined, its correlated contact subquery was copied into every
-- later use of contact_on, and planning took longer than running (issue 11).
persons as materialized (
  select p.id, p.pseudonym, p.given_name, p.family_name, p.contact_person_id, p.caseload,
    (p.created_at at time zone 'Europe/Amsterdam')::date as created_on,
    case when p.caseload = 'actief' then coalesce(gp.active_no_contact_weeks, ${DEFAULT_ACTIVE_NO_CONTACT_WEEKS})
         else coalesce(gp.passive_no_contact_months, ${DEFAULT_PASSIVE_NO_CONTACT_MONTHS}) end as contact_limit,
    coalesce(gp.plan_grace_weeks, ${DEFAULT_PLAN_GRACE_WEEKS}) as plan_grace_weeks,
    coalesce(gp.contact_person_grace_working_days, ${DEFAULT_CONTACT_PERSON_GRACE_WORKING_DAYS}) as contact_person_grace_days,
    case when p.last_contact_on <= $2::date then p.last_contact_on
      when p.last_contact_on is not null then (select max(c.contact_date) from contact c where c.person_id = p.id and c.contact_date <= $2::date) end as contact_on,
    cur.id is not null as has_current, cur.review_date, oi.plan_closed_on,
    oi.agreements, oi.agreement_due, oi.registrations, oi.registration_deadline,
    oi.transitions, oi.transition_deadline, oi.transition_kind, oi.contact_person_lost_on
  from person p
  join organization o on o.id = p.owner_organization_id
  left join gemeente_policy gp on gp.gemeente_code = coalesce(p.gemeente_code, o.gemeente_code)
  left join plan cur on cur.person_id = p.id and cur.closed_at is null
  left join open_items oi on oi.person_id = p.id
  where ${SCOPE}
),
${SIGNAL_RULES}hits as (
  select f.id as person_id, f.pseudonym, f.given_name, f.family_name, f.contact_person_id, f.caseload,
    f.contact_since, f.last_on, f.contact_on is not null as had_contact, f.contact_limit,
    case when f.contact_since is not null then $2::date - f.last_on end as days_since_contact,
    case when f.contact_since is not null and f.caseload = 'passief'
      then (extract(year from age($2::date, f.last_on)) * 12 + extract(month from age($2::date, f.last_on)))::int end as months_since_contact,
    case when f.contact_since is not null and f.caseload = 'passief' then extract(day from age($2::date, f.last_on))::int end as rest_days_since_contact,
    f.no_plan_since, f.plan_closed_on is not null as plan_was_closed,
    f.review_since,
    f.agreement_due as agreement_since, f.agreements,
    f.registration_deadline as registration_since, f.registrations,
    f.transition_deadline as transition_since, f.transitions, f.transition_kind,
    f.no_contact_person_since, f.contact_person_lost_on is not null as contact_person_removed
  from fired f
  where f.contact_since is not null or f.no_plan_since is not null or f.review_since is not null or f.agreement_due is not null
    or f.registration_deadline is not null or f.transition_deadline is not null or f.no_contact_person_since is not null
)`;

/** All signals in scope, one row per person, in name order. */
export const RAW_SIGNALS_SQL = `${SIGNAL_ROWS}
select * from hits order by family_name, given_name, person_id`;
