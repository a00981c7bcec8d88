// The person list (/personen): one page of the persons the actor may see, in
// Dutch name order, and the one processing-log line per list view, written
// in the same statement as the read. Split from persons.ts, which holds the
// record itself.
import { familyNameSortSql } from '../domain/names.ts';
import { prepared, preparedVariants, type Queryable } from './client.ts';
import { LEGAL_BASIS, activities, iso, mayPart, type Actor } from './persons.ts';

export interface PersonListItem {
  id: string;
  pseudonym: string;
  givenName: string;
  familyName: string;
  gemeenteCode: string | null;
  owned: boolean;
  updatedAt: string;
}

/** How many persons one page of the person list shows. */
export const PERSON_PAGE_SIZE = 50;

/**
 * SQL: the CTEs that write one list line (processing log and audit record)
 * naming the pseudonyms of CTE `source`, in the same statement as the read
 * that fills it: one round trip instead of two, and atomic without a
 * transaction. Writes nothing when `source` is empty. Parameters $first to
 * $first+6 come from listLogParams.
 */
function listLogCtes(source: string, first: number): string {
  const $ = (i: number) => `$${first + i}`;
  return `logged as (
     insert into processing_log (trace_id, activity, operation, person_pseudonyms, organization_id, purpose, legal_basis)
     select ${$(0)}, ${$(1)}, ${$(2)}, array_agg(distinct pseudonym), ${$(3)}::uuid, ${$(4)}, ${$(5)} from ${source} having count(*) > 0
     returning id
   ),
   audited as (insert into audit_log (processing_log_id, account_id) select id, ${$(6)}::uuid from logged)`;
}

function listLogParams(actor: Actor, activity: 'persoon.lijst' | 'werkprofiel.lijst'): unknown[] {
  const { operation, purpose } = activities[activity];
  return [actor.traceId, activity, operation, actor.organizationId, purpose, LEGAL_BASIS, actor.accountId];
}

const LOG_LIST_BY_IDS_SQL = prepared(`with shown as (select pseudonym from person where id = any($8::uuid[])),
   ${listLogCtes('shown', 1)}
   select 1 as done`);

/** One 'persoon.lijst' line naming the persons with these ids, their pseudonyms looked up in the same statement. */
export async function logListByIds(db: Queryable, actor: Actor, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await db.query(LOG_LIST_BY_IDS_SQL, [...listLogParams(actor, 'persoon.lijst'), [...personIds]]);
}

// One text per usage pattern (with or without a search), prepared: its plan is made once per connection.
// $1 organisation, $2 role, $3 search text (ILIKE-escaped) or null, $4 page size, $5 offset.
// The countOnly variant counts the matches and logs nothing (no one is shown).
const personListSql = preparedVariants(['search', 'countOnly'] as const, (has) => `with matched as (
     select p.id, p.pseudonym, p.given_name, p.family_name, p.gemeente_code, p.owner_organization_id, p.updated_at,
       ${familyNameSortSql('p.family_name')} as sort_key
     from person p
     -- The persons inbeeld_may_see can allow (owned, or with a consent for this organisation), found by index,
     -- so the rule runs for those only instead of for every person of every organisation.
     where (p.owner_organization_id = $1::uuid or p.id in (select c.person_id from consent c where c.organization_id = $1::uuid))
       and p.erased_at is null and ${mayPart('basis', '$1', '$2')}
       and ${has.search ? "(p.birth_year::text = $3::text or (p.given_name || ' ' || p.family_name) ilike '%' || $3::text || '%')" : '$3::text is null'}
   )${has.countOnly ? ' select count(*)::int as total from matched' : `,
   shown as (
     -- The window counts every match before the limit: the total comes with the page.
     -- Dutch order: the surname without its prefix ("de Boer" under B), src/domain/names.ts.
     select m.*, count(*) over () as total from matched m order by m.sort_key, lower(m.given_name), m.id limit $4 offset $5
   ),
   ${listLogCtes('shown', 6)}
   select id, pseudonym, given_name as "givenName", family_name as "familyName", gemeente_code as "gemeenteCode",
     owner_organization_id = $1::uuid as owned, ${iso('updated_at')} as "updatedAt", total::int as total
   from shown order by sort_key, lower(given_name), id`}`);

export interface PersonListPage {
  rows: PersonListItem[];
  /** Every person that matches, on all pages. */
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the persons the actor may see, by surname without its prefix
 * and given name, optionally narrowed to
 * a name or birth year (`search`, ILIKE-escaped). The read and its one
 * processing-log line (naming the persons shown) are one statement. A page
 * past the end shows the last page.
 */
export async function listPersons(db: Queryable, actor: Actor, { search = null, page = 1 }: { search?: string | null; page?: number } = {}): Promise<PersonListPage> {
  const has = { search: search !== null, countOnly: false };
  const read = (p: number) =>
    db.query<PersonListItem & { total: number }>(personListSql(has), [
      actor.organizationId,
      actor.role,
      search,
      PERSON_PAGE_SIZE,
      (p - 1) * PERSON_PAGE_SIZE,
      ...listLogParams(actor, 'persoon.lijst'),
    ]);
  let rows = await read(page);
  if (rows.length === 0 && page > 1) {
    // Past the end (an old link, or a list that shrank): count, then show the last page.
    const [count] = await db.query<{ total: number }>(personListSql({ ...has, countOnly: true }), [actor.organizationId, actor.role, search]);
    page = Math.max(1, Math.ceil(count!.total / PERSON_PAGE_SIZE));
    rows = count!.total > 0 ? await read(page) : [];
  }
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(({ total: _total, ...r }) => r), total, page, pages: Math.max(1, Math.ceil(total / PERSON_PAGE_SIZE)) };
}
