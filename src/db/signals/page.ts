// One page of a signals list view (/signalen): the counts per kind over the
// whole scope and the signals of the page asked for. The database computes
// every signal in scope but returns only the counts and the page's rows
// (sorted in SQL); moving all ~55,000 person rows of a large organisation to
// Node and building objects for them was most of the time of the full list
// (docs/signals.md). Nazorg signals and other sources (unanswered referrals)
// are few; they are merged into the page here in the same order. Only the
// persons on the page are logged: that is what the list view showed.
import type { Queryable, TransactionOptions } from '../client.ts';
import type { Actor } from '../persons.ts';
import { logListByIds } from '../person-list.ts';
import { nazorgSignals } from '../nazorg/signals.ts';
import { SIGNAL_SETTINGS, checkDate, holidaysAround, isSmallScope, kindOrder, signalOf, type PersonRow, type Signal, type SignalKind } from '../signals.ts';
import { ROW_KINDS, signalsPageSql } from './sql.ts';

/** A signal from any source; `kind` may be a kind of another module (a referral). */
export type ListSignal = Pick<Signal, 'personId' | 'givenName' | 'familyName' | 'since' | 'detail' | 'actionPath' | 'actionLabel'> & { kind: string };

export interface SignalsPageOptions {
  /** Only these persons (a consulent's scope); absent: all the organisation owns. */
  personIds?: readonly string[];
  /** Only signals of this kind; the counts stay over all kinds. */
  kind?: string;
  /** 1-based. */
  page: number;
  perPage: number;
  /** Signals from other sources (already scoped, not yet logged), merged into the same list. */
  extra?: readonly ListSignal[];
}

export interface SignalsPage {
  /** Per kind over the whole scope (every kind of signalKinds present, plus the kinds of `extra`). */
  counts: Record<string, number>;
  /** All signals in scope, of every kind. */
  total: number;
  /** Signals of the kind asked for (or all): what the pages divide. */
  matching: number;
  /** The page asked for, clamped to the last page. */
  page: number;
  pages: number;
  signals: ListSignal[];
}

const rank = (kind: string): number => {
  const i = kindOrder.indexOf(kind as SignalKind);
  return i < 0 ? kindOrder.length : i;
};

/** The order of the list: since, family name, given name, person, kind. Code-unit order, as collate "C" in signalsPageSql. */
export function listOrder(a: ListSignal, b: ListSignal): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.since, b.since) || cmp(a.familyName, b.familyName) || cmp(a.givenName, b.givenName) || cmp(a.personId, b.personId) || rank(a.kind) - rank(b.kind);
}

type PageRow = PersonRow & { k: number; since: string };
type Counts = { persons: number } & Record<`k${number}`, number>;

export async function computeSignalsPage(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T> },
  actor: Actor,
  today: string,
  options: SignalsPageOptions,
): Promise<SignalsPage> {
  const empty = { counts: {}, total: 0, matching: 0, page: 1, pages: 1, signals: [] };
  if (!['consulent', 'teamleider'].includes(actor.role) || !actor.organizationId) return empty;
  checkDate(today);
  const perPage = Math.max(1, Math.floor(options.perPage));
  const kindIndex = options.kind ? ROW_KINDS.indexOf(options.kind as (typeof ROW_KINDS)[number]) : -1;
  let page = Math.max(1, Math.floor(options.page) || 1);
  // The nazorg signals are few and need no settings: read on their own connection, at the same time as the
  // page below. Asked before the transaction starts, so on PGlite (one connection) they go first in its queue.
  const nazorgRead = nazorgSignals(db, actor.organizationId, today, options.personIds ? { personIds: options.personIds } : {});
  nazorgRead.catch(() => undefined); // awaited below; this only keeps an early failure from being unhandled
  // A small scope (a consulent's persons) makes small plans: no transaction needed. The whole organisation
  // (a teamleider, up to 100,000 persons) gets the report settings, sent with the BEGIN.
  const run = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => (isSmallScope(options) ? fn(db) : db.transaction(fn, SIGNAL_SETTINGS));
  return run(async (tx) => {
    // Fetches the record's signals at [offset, offset + limit) of their own order, with the counts.
    const fetch = async (offset: number, limit: number) => {
      const kindParam = options.kind ? (kindIndex < 0 ? -1 : kindIndex) : null; // -1: a kind the record has none of
      const [row] = await tx.query<{ counts: Counts; rows: PageRow[] }>(signalsPageSql({ person: false, contactPerson: false, persons: (options.personIds ?? null) !== null }), [
        actor.organizationId, today, null, null, holidaysAround(today), options.personIds ?? null, kindParam, offset, limit,
      ]);
      return { c: row!.counts, rows: row!.rows.map((r) => signalOf(ROW_KINDS[r.k]!, r, r.since, today)) };
    };
    // The first page starts at offset 0 whatever the other signals are: fetched while the nazorg signals are read.
    const firstPage = page === 1 ? fetch(0, perPage) : null;
    firstPage?.catch(() => undefined);
    const nazorg = await nazorgRead;
    const others: ListSignal[] = [...nazorg.map(({ pseudonym: _p, ...s }) => s), ...(options.extra ?? [])];

    // Counts per kind: the record's kinds from SQL, the others counted here.
    const counts: Record<string, number> = Object.fromEntries(kindOrder.map((k) => [k, 0]));
    for (const s of others) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    const matchingOthers = others.filter((s) => !options.kind || s.kind === options.kind).sort(listOrder);

    // The page is [offset, offset + perPage) of the merged order. At most m other signals come before a record
    // signal, so the record signals on the page are among [offset - m, offset + perPage) of their own order.
    const m = matchingOthers.length;
    const want = async (page: number) => {
      const offset = (page - 1) * perPage;
      let sqlOffset = Math.max(0, offset - m);
      let got = await (page === 1 && firstPage ? firstPage : fetch(sqlOffset, offset + perPage - sqlOffset));
      // Past the last record signal: start from the top, so that the others' positions are known.
      if (sqlOffset > 0 && got.rows.length === 0) got = await fetch((sqlOffset = 0), offset + perPage);
      const first = got.rows[0];
      // Others before the first record signal fetched are before the page (there are at most m - 1 of them).
      const before = sqlOffset > 0 && first ? matchingOthers.filter((o) => listOrder(o, first) < 0).length : 0;
      const merged = [...got.rows, ...(sqlOffset > 0 && first ? matchingOthers.filter((o) => listOrder(o, first) > 0) : matchingOthers)].sort(listOrder);
      const start = offset - (sqlOffset + before);
      return { c: got.c, signals: merged.slice(start, start + perPage) };
    };

    let result = await want(page);
    ROW_KINDS.forEach((k, i) => (counts[k] = result.c[`k${i}`] ?? 0));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const matching = options.kind ? (counts[options.kind] ?? 0) : total;
    const pages = Math.max(1, Math.ceil(matching / perPage));
    if (page > pages) result = await want((page = pages));

    // Log exactly the persons shown: one processing operation, one line naming them (one statement).
    await logListByIds(tx, actor, [...new Set(result.signals.map((s) => s.personId))]);
    return { counts, total, matching, page, pages, signals: result.signals };
  });
}
