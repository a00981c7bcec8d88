// The caseload lists with the next action per person.
// Every query checks access in SQL (inbeeld_may_see, or its owner branch set-based) and the caller logs what it shows (src/db/persons.ts).
import { preparedVariants, type Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { nextActionLabel, nextActionRank, type NextActionKind } from '../../domain/next-action.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

// The open dated rows that can be a next action, built from the domain's list
// of kinds (src/domain/next-action.ts): its labels, and its order to break a
// tie, so the worklist and the dossier summary agree. Uses the people and
// last_contact CTEs of the caseload query.
const kind = (k: NextActionKind) => `${nextActionRank(k)} as rank, '${nextActionLabel(k)}' as label`;
const ACTIONS_SQL = `
  select person_id, next_contact_date as due, ${kind('contact')} from last_contact where next_contact_date is not null
  union all select a.person_id, a.due_date, ${kind('afspraak')} from agreement a join people p on p.id = a.person_id where a.done_at is null
  union all select pl.person_id, pl.review_date, ${kind('plan')} from plan pl join people p on p.id = pl.person_id where pl.closed_at is null
  union all select r.person_id, r.deadline, ${kind('aanmelding')} from self_registration r join people p on p.id = r.person_id where r.picked_up_at is null
  union all select t.person_id, t.deadline, ${kind('overgang')} from transition t join people p on p.id = t.person_id where t.picked_up_at is null
  union all select r.person_id, r.response_due, ${kind('doorverwijzing')} from referral r join people p on p.id = r.person_id
    where r.state = 'verstuurd' and r.sender_organization_id = $1::uuid`;
/** The generated part, for the unit test that checks it against the domain's kinds. */
export const NEXT_ACTION_KINDS_SQL_CHECK = ACTIONS_SQL;

// ---------------------------------------------------------------- caseload

export type CaseloadView = 'mijn' | 'team' | 'zonder-contactpersoon';

export interface CaseloadRow {
  id: string;
  givenName: string;
  familyName: string;
  caseload: string;
  contactPersonName: string | null;
  lastContact: string | null;
  nextAction: string | null;
  nextActionLabel: string | null;
  contactPersonId?: string | null;
  birthYear?: number | null;
}

/**
 * The caseload views, with the next action per person: the earliest of the
 * next contact date, an open agreement, the plan's review date, and open
 * request or transition deadlines. Sorted by next action (none last).
 */
export async function caseload(db: Tx, actor: Actor, view: CaseloadView, active: 'actief' | 'passief' | 'nazorg' | 'alle'): Promise<CaseloadRow[]> {
  return db.transaction(async (tx) => {
    const rows = await caseloadRows(tx, actor, view, active);
    await logProcessing(tx, actor, 'persoon.lijst', rows.map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

export interface CaseloadFilter {
  /** Only persons with this contact person. */
  consulentId?: string | null;
  /** Part of the name, or a birth year. */
  search?: string | null;
}

// The caseload statement is prepared, one text per usage pattern: which view,
// all statuses or one, a colleague's persons, a search. A generic plan is one
// plan for all values, so `case $3 when 'mijn' …` or `($6 is null or …)` in a
// shared text would give "my 40 persons" the plan of the whole team's list.
// An unused parameter stays, as `$4::uuid is null`, so the numbering holds.
// $1 organisation, $2 role, $3 status or null (all), $4 the actor (view 'mijn') or null,
// $5 a colleague or null, $6 search text or null.
export const caseloadSql = preparedVariants(['mine', 'withoutContactPerson', 'oneStatus', 'colleague', 'search'] as const, (has) => `with people as (
         select p.* from (
           -- Nazorg (issue 14): a person with an open placement has status 'nazorg' and stays on the list.
           select p0.*, case when exists (select 1 from placement x where x.person_id = p0.id and x.end_date is null) then 'nazorg' else p0.caseload end as status
           from person p0
         ) p
         -- Only the organisation's own persons: the owner branch of the access rule
         -- inbeeld_may_see, written set-based (the function per row cost a call per person).
         where p.owner_organization_id = $1::uuid and p.erased_at is null and p.status <> 'beeindigd'
           and $2::text in ('consulent', 'teamleider')
           and ${has.oneStatus ? 'p.status = $3::text' : '$3::text is null'}
           and ${has.mine ? 'p.contact_person_id = $4::uuid' : '$4::uuid is null'}${has.withoutContactPerson ? ' and p.contact_person_id is null' : ''}
           and ${has.colleague ? 'p.contact_person_id = $5::uuid' : '$5::uuid is null'}
           and ${has.search ? "(p.birth_year::text = $6::text or (p.given_name || ' ' || p.family_name) ilike '%' || $6::text || '%')" : '$6::text is null'}
       ), last_contact as (
         -- The latest contact per person through the index contact_person_date, not a sort of all their contacts.
         select p.id as person_id, lc.contact_date, lc.next_contact_date from people p
         cross join lateral (
           select c.contact_date, c.next_contact_date from contact c where c.person_id = p.id
           order by c.contact_date desc, c.created_at desc limit 1
         ) lc
       ), actions as (${ACTIONS_SQL}
       ), next_action as (
         select distinct on (person_id) person_id, due, label from actions where due is not null order by person_id, due, rank
       )
       select p.id, p.pseudonym, p.given_name as "givenName", p.family_name as "familyName", p.status as caseload,
         p.contact_person_id as "contactPersonId", p.birth_year as "birthYear",
         a.name as "contactPersonName", lc.contact_date as "lastContact", na.due as "nextAction", na.label as "nextActionLabel"
       from people p left join account a on a.id = p.contact_person_id
       left join last_contact lc on lc.person_id = p.id left join next_action na on na.person_id = p.id
       order by na.due nulls last, p.family_name, p.given_name limit 500`);

/** The caseload rows with pseudonyms, not logged: the caller logs what it shows. */
export async function caseloadRows(
  tx: Queryable,
  actor: Actor,
  view: CaseloadView,
  active: 'actief' | 'passief' | 'nazorg' | 'alle',
  filter: CaseloadFilter = {},
): Promise<Array<CaseloadRow & { pseudonym: string }>> {
  // 'mijn' without an account (no such actor reaches here) finds no one, as `contact_person_id = null` did.
  const mine = view === 'mijn' ? actor.accountId : null;
  const status = active === 'alle' ? null : active;
  const colleague = filter.consulentId ?? null;
  const search = filter.search?.trim() || null;
  const has = { mine: view === 'mijn', withoutContactPerson: view === 'zonder-contactpersoon', oneStatus: status !== null, colleague: colleague !== null, search: search !== null };
  return tx.query<CaseloadRow & { pseudonym: string }>(caseloadSql(has), [actor.organizationId, actor.role, status, mine, colleague, search]);
}
