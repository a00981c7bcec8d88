// Signals: "dreigt uit beeld te raken". Computed from the data each time they
// are asked for, never stored, like tasks computed from due dates. One SQL
// statement over all persons an organisation owns decides, set-based, which
// kinds fire for whom and since when: it returns one row per person with a
// signal, with a `since` date per kind (null when that kind does not fire).
// JavaScript only turns those columns into Signal objects with the Dutch
// wording, and sorts. Reading signals is a processing of personal data: one
// processing-log line naming every person returned, in the same transaction.
// This is the full list (the nightly monitor job, exports, one person's
// dossier); a list view asks for one page with computeSignalsPage
// (src/db/signals/page.ts). The SQL is in src/db/signals/sql.ts.
import type { Queryable, TransactionOptions } from './client.ts';
import type { ListLog } from './list-log.ts';
import { logProcessing, type Actor } from './persons.ts';
import { transitionKinds } from './trajecten/labels.ts';
import { nazorgSignalKinds, nazorgSignals, type NazorgSignalKind } from './nazorg/signals.ts';
import { dutchHolidays } from '../domain/workdays.ts';
import { signalsSql } from './signals/sql.ts';

export type SignalKind =
  | 'geen-contact'
  | 'geen-doel'
  | 'doel-verlopen'
  | 'afspraak-verlopen'
  | 'aanmelding-niet-opgepakt'
  | 'transitie-niet-opgepakt'
  | 'geen-contactpersoon'
  | NazorgSignalKind;

/** The kinds in display order, with their Dutch label, action and the part of the person page that resolves them. */
export const signalKinds: Record<SignalKind, { label: string; actionLabel: string; anchor: string }> = {
  'geen-contact': { label: 'Te lang geen contact', actionLabel: 'Contact vastleggen', anchor: 'contact' },
  'geen-doel': { label: 'Geen plan met een doel', actionLabel: 'Plan maken', anchor: 'plan' },
  'doel-verlopen': { label: 'Plan niet op tijd besproken', actionLabel: 'Plan bespreken', anchor: 'plan' },
  'afspraak-verlopen': { label: 'Afspraak over tijd', actionLabel: 'Afspraken bekijken', anchor: 'afspraken' },
  'aanmelding-niet-opgepakt': { label: 'Aanmelding niet opgepakt', actionLabel: 'Aanmelding oppakken', anchor: 'aanmelding' },
  'transitie-niet-opgepakt': { label: 'Overgang niet opgepakt', actionLabel: 'Overgang oppakken', anchor: 'transities' },
  'geen-contactpersoon': { label: 'Geen vaste contactpersoon', actionLabel: 'Contactpersoon kiezen', anchor: 'contactpersoon' },
  ...nazorgSignalKinds,
};

export const kindOrder = Object.keys(signalKinds) as SignalKind[];

export interface Signal {
  personId: string;
  givenName: string;
  familyName: string;
  contactPersonId: string | null;
  kind: SignalKind;
  /** ISO date: when the condition started, or the deadline or due date that passed. */
  since: string;
  /** Dutch (B1): why the signal fired, with the numbers. */
  detail: string;
  actionPath: string;
  actionLabel: string;
}

export interface SignalOptions {
  /** Only this person (for the person page). */
  personId?: string;
  /** Only persons with this fixed contact person (my caseload). */
  contactPersonId?: string;
  /** Only these persons (the rows a worklist shows, a consulent's scope); absent: all the organisation owns. */
  personIds?: readonly string[];
  /**
   * Default true: log. `false` only where the same request already
   * logged its read of this person (the person page, after readPerson), and in
   * bench/signals.bench.ts to show the cost of the processing log apart.
   */
  log?: boolean;
  /** Add the persons to this page's one log line instead of writing a line here (src/db/list-log.ts). */
  listLog?: ListLog;
}

export { DEFAULT_ACTIVE_NO_CONTACT_WEEKS, DEFAULT_PASSIVE_NO_CONTACT_MONTHS, DEFAULT_PLAN_GRACE_WEEKS, DEFAULT_CONTACT_PERSON_GRACE_WORKING_DAYS } from './signals/sql.ts';

/** Holidays of last year, this year and next: enough for any grace period up to 60 working days. */
export function holidaysAround(today: string): string[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].flatMap((y) => dutchHolidays(y).map((h) => h.date));
}

/** One row per person with at least one signal; a `*_since` column is null when that kind does not fire. */
export interface PersonRow {
  person_id: string;
  pseudonym: string;
  given_name: string;
  family_name: string;
  contact_person_id: string | null;
  caseload: 'actief' | 'passief';
  contact_since: string | null;
  last_on: string;
  had_contact: boolean;
  contact_limit: number;
  days_since_contact: number | null;
  months_since_contact: number | null;
  rest_days_since_contact: number | null;
  no_plan_since: string | null;
  plan_was_closed: boolean;
  review_since: string | null;
  agreement_since: string | null;
  agreements: number | null;
  registration_since: string | null;
  registrations: number | null;
  transition_since: string | null;
  transitions: number | null;
  transition_kind: string | null;
  no_contact_person_since: string | null;
  contact_person_removed: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(iso: string): void {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!ISO_DATE.test(iso) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(iso)}`);
  }
}

/**
 * The signals for the persons the actor's organisation owns (a consulent or
 * teamleider; anyone else gets []), erased and ended records left out, sorted
 * by `since`, oldest first. `today` is an ISO date (the caller's clock, so
 * tests are deterministic). Writes one processing-log line naming every person returned.
 */
export async function computeSignals(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T> },
  actor: Actor,
  today: string,
  options: SignalOptions = {},
): Promise<Signal[]> {
  if (!['consulent', 'teamleider'].includes(actor.role) || !actor.organizationId) return [];
  checkDate(today);
  const [personId, contactPersonId, personIds] = [options.personId ?? null, options.contactPersonId ?? null, options.personIds ?? null];
  // The statement of this usage pattern: one person, a contact person's, a list's scope, or the whole organisation.
  const scope = { person: personId !== null, contactPerson: contactPersonId !== null, persons: personIds !== null };
  const read = async (tx: Queryable, both: <A, B>(a: () => Promise<A>, b: () => Promise<B>) => Promise<[A, B]>) => {
    const [rows, nazorg] = await both(
      () => tx.query<PersonRow>(signalsSql(scope), [actor.organizationId, today, personId, contactPersonId, holidaysAround(today), personIds]),
      () => nazorgSignals(tx, actor.organizationId!, today, options),
    );
    const read = [...new Set([...rows.map((r) => r.pseudonym), ...nazorg.map((s) => s.pseudonym)])];
    if (options.listLog) options.listLog.add(read);
    // One statement writes both log tables: atomic without a transaction around it.
    else if (options.log !== false) await logProcessing(tx, actor, 'persoon.lijst', read);
    return [...rows.flatMap((r) => toSignals(r, today)), ...nazorg.map(({ pseudonym: _p, ...s }) => s)].sort(bySince);
  };
  // A small scope (one person, the rows of a page) makes small plans: no settings needed, so no transaction,
  // and its two reads go at the same time on two connections (two waits fewer, one more saved by the parallel read).
  if (isSmallScope(options)) return read(db, (a, b) => Promise.all([a(), b()]));
  // A report over many rows: JIT compilation would cost more than it saves.
  // The final sort and the aggregate of open rows fit in memory with 32 MB; the default 4 MB spills to disk.
  // The settings go with the BEGIN (one round trip).
  return db.transaction((tx) => read(tx, async (a, b) => [await a(), await b()]), SIGNAL_SETTINGS);
}

/**
 * Scopes up to this many persons make plans far below PostgreSQL's JIT
 * threshold and sorts that fit in the default work_mem: their signal
 * statements need no report settings (SIGNAL_SETTINGS).
 */
export const SMALL_SCOPE = 2000;

/** One person, or a list of at most SMALL_SCOPE persons. */
export function isSmallScope(options: { personId?: string; personIds?: readonly string[] }): boolean {
  return options.personId !== undefined || (options.personIds !== undefined && options.personIds.length <= SMALL_SCOPE);
}

/** Transaction settings of the signal queries (see computeSignals). */
export const SIGNAL_SETTINGS = { settings: { jit: 'off', work_mem: '32MB' } };

/** How many signals of each kind (every kind present, zero when none). */
export function countByKind(signals: readonly Pick<Signal, 'kind'>[]): Record<SignalKind, number> {
  const counts = Object.fromEntries(kindOrder.map((k) => [k, 0])) as Record<SignalKind, number>;
  for (const s of signals) counts[s.kind]++;
  return counts;
}

// ---------------------------------------------------------------- wording (B1)

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// A caseload has a few thousand distinct dates and many signals share them: remember the work per date.
const memo = <T>(fn: (iso: string) => T): ((iso: string) => T) => {
  const cache = new Map<string, T>();
  return (iso) => {
    let value = cache.get(iso);
    if (value === undefined) {
      if (cache.size > 50_000) cache.clear();
      value = fn(iso);
      cache.set(iso, value);
    }
    return value;
  };
};

/** '2026-03-03' → '3 maart 2026'. */
export const dutchDate = memo((iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${monthNames[Number(m) - 1] ?? m} ${y}`;
});

const dayNumber = memo((iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A span of days in weeks and days: '12 weken', '8 weken en 1 dag', '5 dagen'. */
function weeksAndDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return plural(rest, 'dag', 'dagen');
  const w = plural(weeks, 'week', 'weken');
  return rest === 0 ? w : `${w} en ${plural(rest, 'dag', 'dagen')}`;
}

/** Short spans in days, longer ones in weeks and days. */
function ago(days: number): string {
  return days < 14 ? plural(days, 'dag', 'dagen') : weeksAndDays(days);
}

function monthsAndDays(months: number, days: number): string {
  if (months === 0) return plural(days, 'dag', 'dagen');
  const m = plural(months, 'maand', 'maanden');
  return days === 0 ? m : `${m} en ${plural(days, 'dag', 'dagen')}`;
}

/** Whole days from `from` to `to` (ISO dates, UTC). */
function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The Dutch explanation of why `kind` fired for this person, with the numbers. */
function detail(kind: SignalKind, r: PersonRow, since: string, today: string): string {
  const late = ago(daysBetween(since, today));
  switch (kind) {
    case 'geen-contact': {
      const start = r.had_contact ? `Laatste contact op ${dutchDate(r.last_on)}` : `Nog geen contact vastgelegd. In beeld sinds ${dutchDate(r.last_on)}`;
      if (r.caseload === 'actief') {
        return `${start}: ${weeksAndDays(r.days_since_contact ?? 0)} geleden. De grens is ${plural(r.contact_limit, 'week', 'weken')}.`;
      }
      return `${start}: ${monthsAndDays(r.months_since_contact ?? 0, r.rest_days_since_contact ?? 0)} geleden. De grens voor de passieve caseload is ${plural(r.contact_limit, 'maand', 'maanden')}.`;
    }
    case 'geen-doel':
      return r.plan_was_closed
        ? `Er is geen lopend plan. Het laatste plan is gesloten op ${dutchDate(since)}.`
        : `Er is nog geen plan met een doel. In beeld sinds ${dutchDate(since)}.`;
    case 'doel-verlopen':
      return `Het plan moest op ${dutchDate(since)} opnieuw besproken worden. Dat is ${late} geleden.`;
    case 'afspraak-verlopen':
      return r.agreements === 1
        ? `1 afspraak is niet op tijd klaar. Die moest klaar zijn op ${dutchDate(since)}: ${late} geleden.`
        : `${r.agreements} afspraken zijn niet op tijd klaar. De oudste moest klaar zijn op ${dutchDate(since)}: ${late} geleden.`;
    case 'aanmelding-niet-opgepakt':
      return r.registrations === 1
        ? `De persoon vroeg om contact. Niemand heeft de aanmelding opgepakt. De termijn liep af op ${dutchDate(since)}: ${late} geleden.`
        : `De persoon vroeg ${r.registrations} keer om contact. Niemand heeft die aanmeldingen opgepakt. De eerste termijn liep af op ${dutchDate(since)}: ${late} geleden.`;
    case 'transitie-niet-opgepakt': {
      const what = transitionKinds[r.transition_kind as keyof typeof transitionKinds] ?? r.transition_kind ?? 'Overgang';
      return r.transitions === 1
        ? `Overgang niet opgepakt: ${what}. De termijn liep af op ${dutchDate(since)}: ${late} geleden.`
        : `${r.transitions} overgangen zijn niet opgepakt. De oudste (${what}) had als termijn ${dutchDate(since)}: ${late} geleden.`;
    }
    case 'geen-contactpersoon':
      return r.contact_person_removed
        ? `Deze persoon heeft geen vaste contactpersoon meer, sinds ${dutchDate(since)}.`
        : `Deze persoon heeft nog geen vaste contactpersoon. In beeld sinds ${dutchDate(since)}.`;
    default:
      return '';
  }
}

function sinceOf(kind: SignalKind, r: PersonRow): string | null {
  switch (kind) {
    case 'geen-contact': return r.contact_since;
    case 'geen-doel': return r.no_plan_since;
    case 'doel-verlopen': return r.review_since;
    case 'afspraak-verlopen': return r.agreement_since;
    case 'aanmelding-niet-opgepakt': return r.registration_since;
    case 'transitie-niet-opgepakt': return r.transition_since;
    case 'geen-contactpersoon': return r.no_contact_person_since;
    default: return null; // nazorg kinds come from src/db/nazorg/signals.ts
  }
}

/** The signal of one kind for one person row (the kind fired: `since` is its date). */
export function signalOf(kind: SignalKind, r: PersonRow, since: string, today: string): Signal {
  return {
    personId: r.person_id,
    givenName: r.given_name,
    familyName: r.family_name,
    contactPersonId: r.contact_person_id,
    kind,
    since,
    detail: detail(kind, r, since, today),
    actionPath: `/personen/${r.person_id}#${signalKinds[kind].anchor}`,
    actionLabel: signalKinds[kind].actionLabel,
  };
}

/** The signals of one person row: one per kind whose `since` the query filled in. */
function toSignals(r: PersonRow, today: string): Signal[] {
  const signals: Signal[] = [];
  for (const kind of kindOrder) {
    const since = sinceOf(kind, r);
    if (since !== null) signals.push(signalOf(kind, r, since, today));
  }
  return signals;
}

/** Oldest first. Array.prototype.sort is stable: within a day the query's order (name, person) and the order of the kinds stay. */
function bySince(a: Signal, b: Signal): number {
  return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
}
