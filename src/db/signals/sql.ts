// The SQL of the signals (src/db/signals.ts): one chain of CTEs decides, set-based,
// which kinds fire for whom and since when (one row per person with a signal,
// a `*_since` column per kind, null when it does not fire). Two endings: the
// full list (computeSignals, for the nightly monitor job and exports) and the
// page of a list view (computeSignalsPage: counts per kind and one page of
// signals, sorted in SQL, so only the rows shown travel to Node). Both are
// prepared statements, one per usage pattern (scopeSql below).
import { preparedVariants } from '../client.ts';

/** Defaults for a gemeente without a gemeente_policy row (see 006_trajecten.sql). */
export const DEFAULT_ACTIVE_NO_CONTACT_WEEKS = 8;
export const DEFAULT_PASSIVE_NO_CONTACT_MONTHS = 6;
/** Grace periods for a new person (practice defaults, see 031_signal_grace.sql). */
export const DEFAULT_PLAN_GRACE_WEEKS = 4;
export const DEFAULT_CONTACT_PERSON_GRACE_WORKING_DAYS = 5;

// $1 organisation, $2 today, $3 person or null, $4 contact person or null, $5 holidays (for working days),
// $6 person ids or null (a list's scope).
/** Which of the optional filters a call has ($3, $4, $6): each combination is its own prepared text. */
export interface SignalScope {
  person: boolean;
  contactPerson: boolean;
  persons: boolean;
}
export const SCOPE_FLAGS = ['person', 'contactPerson', 'persons'] as const;

// Which persons: those the organisation owns, not erased, not ended. That is
// the owner branch of the access rule inbeeld_may_see (the role is checked
// before the query): a consent lets another organisation read a record, but
// its signals stay with the owner. The statements are prepared, and a generic
// plan is one plan for all values: an absent filter is left out (its
// parameter stays, as `$3::uuid is null`, so numbers and types stay), not
// written `($3 is null or …)`, which would give a one-person view the plan of
// the whole organisation's list.
const scopeSql = (s: SignalScope) => `m.owner_organization_id = $1::uuid and not m.erased and m.caseload <> 'beeindigd'
    and ${s.person ? 'm.person_id = $3::uuid' : '$3::uuid is null'} and ${s.contactPerson ? 'm.contact_person_id = $4::uuid' : '$4::uuid is null'}
    and ${s.persons ? 'm.person_id = any($6::uuid[])' : '$6::uuid[] is null'}`;

// One pass over the summary rows of the persons in scope (monitor_person:
// one narrow row per person, kept by triggers, migrations 146 and 170), kept
// when at least one kind fires. The thresholds come from the policy of the
// person's gemeente or, when the record has no gemeente, the organisation's
// gemeente; a gemeente without a policy row uses the defaults. No names here:
// they are read from person for the rows returned only.
/**
 * The signal rules over one row per person in scope (CTE `persons`): when the
 * contact is due, and since when each kind fires. Shared with the test's
 * recomputation from the event rows, which checks the inputs, not these rules.
 */
export const SIGNAL_RULES = `due as (
  select x.*, coalesce(x.contact_on, x.created_on) as last_on,
    case when x.caseload = 'actief' then coalesce(x.contact_on, x.created_on) + 7 * x.contact_limit
         else (coalesce(x.contact_on, x.created_on) + make_interval(months => x.contact_limit))::date end as contact_due
  from persons x
),
fired as (
  select d.*,
    case when d.contact_due < $2::date then d.contact_due end as contact_since,
    -- Grace periods (031_signal_grace.sql) hold for a new person only; a closed plan or a removed contact person fires at once.
    case when d.has_current is not true and (d.plan_closed_on is not null or d.created_on + 7 * d.plan_grace_weeks < $2::date)
      then coalesce(d.plan_closed_on, d.created_on) end as no_plan_since,
    case when d.review_date < $2::date then d.review_date end as review_since,
    case when d.contact_person_id is null and (d.contact_person_lost_on is not null
        or inbeeld_add_working_days(d.created_on, d.contact_person_grace_days, $5::date[]) < $2::date)
      then coalesce(d.contact_person_lost_on, d.created_on) end as no_contact_person_since
  from due d
),
`;

const signalRows = (scope: SignalScope) => `
with persons as (
  select m.person_id as id, m.contact_person_id, m.caseload,
    (m.created_at at time zone 'Europe/Amsterdam')::date as created_on,
    case when m.caseload = 'actief' then coalesce(gp.active_no_contact_weeks, ${DEFAULT_ACTIVE_NO_CONTACT_WEEKS})
         else coalesce(gp.passive_no_contact_months, ${DEFAULT_PASSIVE_NO_CONTACT_MONTHS}) end as contact_limit,
    coalesce(gp.plan_grace_weeks, ${DEFAULT_PLAN_GRACE_WEEKS}) as plan_grace_weeks,
    coalesce(gp.contact_person_grace_working_days, ${DEFAULT_CONTACT_PERSON_GRACE_WORKING_DAYS}) as contact_person_grace_days,
    -- A contact entered ahead (after today) does not count yet: then the latest one up to today
    -- (a function, 171_contact_before.sql, so that the later steps, inlined into one scan, do not copy a subquery).
    case when m.last_contact_on <= $2::date then m.last_contact_on
      when m.last_contact_on is not null then inbeeld_last_contact_before(m.person_id, $2::date) end as contact_on,
    m.has_open_plan as has_current, m.review_date, m.plan_closed_on,
    -- The earliest open date is the earliest late one, when it is before today.
    case when m.agreement_due < $2::date then m.agreement_due end as agreement_due,
    case when m.registration_deadline < $2::date then m.registration_deadline end as registration_deadline,
    case when m.transition_deadline < $2::date then m.transition_deadline end as transition_deadline,
    case when m.contact_person_id is null then m.contact_person_lost_on end as contact_person_lost_on
  from monitor_person m
  join organization o on o.id = m.owner_organization_id
  left join gemeente_policy gp on gp.gemeente_code = coalesce(m.gemeente_code, o.gemeente_code)
  where ${scopeSql(scope)}
),
${SIGNAL_RULES}hits as (
  select f.id as person_id, f.contact_person_id, f.caseload,
    f.contact_since, f.last_on, f.contact_on is not null as had_contact, f.contact_limit,
    f.no_plan_since, f.plan_closed_on is not null as plan_was_closed,
    f.review_since,
    f.agreement_due as agreement_since, f.registration_deadline as registration_since, f.transition_deadline as transition_since,
    f.no_contact_person_since, f.contact_person_lost_on is not null as contact_person_removed
  from fired f
  where f.contact_since is not null or f.no_plan_since is not null or f.review_since is not null or f.agreement_due is not null
    or f.registration_deadline is not null or f.transition_deadline is not null or f.no_contact_person_since is not null
)`;

// The rest of a returned row (h: hits, p: person): names, the numbers of the
// Dutch text, and how many agreements, registrations and transitions are
// late. Evaluated for the rows returned only; each count is an index scan of
// one person's open rows, done only when that kind fired.
const DETAIL = `p.pseudonym, p.given_name, p.family_name,
    case when h.contact_since is not null then $2::date - h.last_on end as days_since_contact,
    case when h.contact_since is not null and h.caseload = 'passief'
      then (extract(year from age($2::date, h.last_on)) * 12 + extract(month from age($2::date, h.last_on)))::int end as months_since_contact,
    case when h.contact_since is not null and h.caseload = 'passief' then extract(day from age($2::date, h.last_on))::int end as rest_days_since_contact,
    case when h.agreement_since is not null then
      (select count(*)::int from agreement a where a.person_id = h.person_id and a.done_at is null and a.due_date < $2::date) end as agreements,
    case when h.registration_since is not null then
      (select count(*)::int from self_registration r where r.person_id = h.person_id and r.picked_up_at is null and r.deadline < $2::date) end as registrations,
    case when h.transition_since is not null then
      (select count(*)::int from transition t where t.person_id = h.person_id and t.picked_up_at is null and t.deadline < $2::date) end as transitions,
    case when h.transition_since is not null then
      (select t.kind from transition t where t.person_id = h.person_id and t.picked_up_at is null and t.deadline < $2::date
        order by t.deadline, t.event_date, t.id limit 1) end as transition_kind`;

/** All signals in scope, one row per person, in name order. */
export const signalsSql = preparedVariants(SCOPE_FLAGS, (scope) => `${signalRows(scope)}
select h.*, ${DETAIL}
from hits h join person p on p.id = h.person_id
order by p.family_name, p.given_name, h.person_id`);

/** The kinds of the signal rows in display order (their index is the `k` of signalsPageSql). */
export const ROW_KINDS = ['geen-contact', 'geen-doel', 'doel-verlopen', 'afspraak-verlopen', 'aanmelding-niet-opgepakt', 'transitie-niet-opgepakt', 'geen-contactpersoon'] as const;

// $7 kind index or null (all kinds), $8 offset, $9 limit. One row with two
// JSON columns: the counts over the whole scope and the signals of one page,
// one per (person, kind), ordered by since, name, person and kind. Names sort
// byte-wise (collate "C") so that Node can merge other sources (nazorg,
// referrals) into the same order with plain string comparison.
// The page needs names to break ties within a day, but only for the signals
// up to the day of the last one on the page (`cut`): the names of those few
// hundred persons are read, not of all 55,000.
// $3 and $4 are always null here; the variants differ in $6 (a consulent's scope or the whole organisation).
export const signalsPageSql = preparedVariants(SCOPE_FLAGS, (scope) => `${signalRows(scope)},
counts as (
  select count(*)::int as persons, count(contact_since)::int as k0, count(no_plan_since)::int as k1, count(review_since)::int as k2,
    count(agreement_since)::int as k3, count(registration_since)::int as k4, count(transition_since)::int as k5,
    count(no_contact_person_since)::int as k6
  from hits
),
unfolded as not materialized (
  select h.*, v.k, v.since
  from hits h
  cross join lateral (values (0, h.contact_since), (1, h.no_plan_since), (2, h.review_since), (3, h.agreement_since),
    (4, h.registration_since), (5, h.transition_since), (6, h.no_contact_person_since)) v(k, since)
  where v.since is not null and ($7::int is null or v.k = $7::int)
),
cut as (select u.since from unfolded u order by u.since offset $8::int + $9::int - 1 limit 1),
page as (
  select h.*
  from unfolded h
  -- A lookup per candidate (offset 0 keeps it a lateral subquery): the planner
  -- cannot know that the cut leaves a few hundred rows, and would hash all persons.
  cross join lateral (select p.given_name, p.family_name from person p where p.id = h.person_id offset 0) p
  where h.since <= coalesce((select c.since from cut c), 'infinity'::date)
  order by h.since, p.family_name collate "C", p.given_name collate "C", h.person_id, h.k
  offset $8::int limit $9::int
)
select (select row_to_json(c) from counts c) as counts,
  (select coalesce(json_agg(x order by x.since, x.family_name collate "C", x.given_name collate "C", x.person_id, x.k), '[]'::json)
   from (select h.person_id, h.contact_person_id, h.caseload, h.contact_since, h.last_on, h.had_contact, h.contact_limit, h.no_plan_since,
           h.plan_was_closed, h.review_since, h.agreement_since, h.registration_since, h.transition_since, h.no_contact_person_since,
           h.contact_person_removed, h.k, h.since, ${DETAIL}
         from page h join person p on p.id = h.person_id) x) as rows`);
