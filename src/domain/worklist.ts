// The caseload as a worklist: reading the query (filters, search, sort,
// page), sorting and paging rows, and building links that keep the state.
// Pure, so the rules are unit-tested; the rows come from src/db/trajecten/caseload.ts; the next action is
// src/domain/next-action.ts.
import { familyNameSortKey } from './names.ts';

export type WorklistView = 'mijn' | 'team' | 'zonder-contactpersoon';
export type WorklistStatus = 'actief' | 'passief' | 'nazorg' | 'alle';
export type SortKey = 'naam' | 'actie' | 'signalen' | 'contactpersoon' | 'status' | 'contact';
export type Dir = 'asc' | 'desc';

export interface WorklistQuery {
  view: WorklistView;
  status: WorklistStatus;
  /** Account id of a consulent, or '' for all. */
  consulent: string;
  /** A signal kind, or '' for all. */
  signal: string;
  search: string;
  sort: SortKey;
  dir: Dir;
  page: number;
}

export interface WorklistRow {
  id: string;
  givenName: string;
  familyName: string;
  caseload: string;
  contactPersonName: string | null;
  lastContact: string | null;
  nextAction: string | null;
  nextActionLabel: string | null;
  /** Kinds of the open signals. */
  signals: string[];
}

export const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sortKeys: readonly SortKey[] = ['naam', 'actie', 'signalen', 'contactpersoon', 'status', 'contact'];

function one(value: unknown): string {
  return String(Array.isArray(value) ? value[0] ?? '' : value ?? '');
}

/** Reads the query string; anything unknown falls back to the default, so a bad link still shows a list. */
export function parseWorklistQuery(q: Record<string, unknown>, signalKinds: readonly string[]): WorklistQuery {
  const view = one(q.weergave) || one(q.lijst === 'team' ? 'team' : '');
  const status = one(q.status) || one(q.lijst);
  const sort = one(q.sorteer) as SortKey;
  const page = Number(one(q.pagina));
  return {
    view: (['mijn', 'team', 'zonder-contactpersoon'] as const).find((v) => v === view) ?? 'mijn',
    status: (['actief', 'passief', 'nazorg', 'alle'] as const).find((v) => v === status) ?? 'alle',
    consulent: UUID.test(one(q.consulent)) ? one(q.consulent).toLowerCase() : '',
    signal: signalKinds.includes(one(q.signaal)) ? one(q.signaal) : '',
    search: one(q.zoek).trim().slice(0, 100),
    sort: sortKeys.includes(sort) ? sort : 'actie',
    dir: one(q.richting) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The search text for SQL ILIKE: the wildcards a person types are taken literally. */
export function likeText(search: string): string | null {
  return search ? search.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
}

export function isLate(row: Pick<WorklistRow, 'nextAction'>, today: string): boolean {
  return row.nextAction !== null && row.nextAction < today;
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'nl');
}

/** Sorts on one column; empty values last in both directions; the name breaks ties. */
/** Dutch order of a person's name: the surname without its prefix, then the given name (src/domain/names.ts). */
function nameKey(r: Pick<WorklistRow, 'familyName' | 'givenName'>): string {
  return `${familyNameSortKey(r.familyName)} ${r.givenName}`;
}

export function sortRows<T extends WorklistRow>(rows: readonly T[], sort: SortKey, dir: Dir): T[] {
  const key = (r: T): string | null => {
    switch (sort) {
      case 'naam': return nameKey(r);
      case 'actie': return r.nextAction;
      case 'signalen': return r.signals.length ? String(r.signals.length).padStart(3, '0') : null;
      case 'contactpersoon': return r.contactPersonName;
      case 'status': return r.caseload;
      case 'contact': return r.lastContact;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? compareText(nameKey(a), nameKey(b)) : ka === null ? 1 : -1;
    return sign * compareText(ka, kb) || compareText(nameKey(a), nameKey(b));
  });
}

export function paginate<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(page, pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}

/** The address of the worklist with this state, changed by `change`; only non-default values appear. */
export function worklistHref(q: WorklistQuery, change: Partial<WorklistQuery> = {}): string {
  const s = { ...q, ...change };
  const params = new URLSearchParams();
  if (s.view !== 'mijn') params.set('weergave', s.view);
  if (s.status !== 'alle') params.set('status', s.status);
  if (s.consulent) params.set('consulent', s.consulent);
  if (s.signal) params.set('signaal', s.signal);
  if (s.search) params.set('zoek', s.search);
  if (s.sort !== 'actie') params.set('sorteer', s.sort);
  if (s.dir !== 'asc') params.set('richting', s.dir);
  if (s.page > 1) params.set('pagina', String(s.page));
  const text = params.toString();
  return text ? `/caseload?${text}` : '/caseload';
}
