// Full-text search on the catalogue: one query builder shared by the web
// page, the API and the benchmark baseline, and the forgiving search on top
// (vocabulary, "bedoelde je …?", plain sentences).
import type { ServiceRecord } from './records.ts';
import type { Db, Queryable } from '../client.ts';
import { correctableWords, parseQuery, toTsquery, type ParsedQuery } from '../../domain/search-text.ts';
import { serviceColumns } from './columns.ts';
import { correctWords } from './words.ts';

/** Results are counted exactly up to this number; more shows as "meer dan 500". */
export const COUNT_LIMIT = 500;
/** How many matching offers are ranked: enough for every page up to the count limit. */
export const CANDIDATES = COUNT_LIMIT;
/**
 * With more than COUNT_LIMIT matches, the first COUNT_LIMIT + 1 read are ranked
 * when at least this many of them match in name or summary; with fewer, the
 * name and summary matches are looked for in all matches.
 */
export const HEAD_ENOUGH = 20;

export interface SearchFilters {
  /** Free text as typed; parsed with the search vocabulary. */
  text?: string;
  /** A to_tsquery expression built by parseQuery/toTsquery; wins over `text`. */
  match?: string;
  /** Show offers that hold in this gemeente: national, its regio's and its own. */
  gemeenteCode?: string;
  arbeidsmarktregioCode?: string | null;
  helpKinds?: string[];
  limitations?: string[];
  onlyOpenWithoutBenefit?: boolean;
  organizationId?: string;
  /** ISO date-time: only offers changed after it (HSDS modified_after). */
  modifiedAfter?: string;
  page: number;
  perPage: number;
}

export interface SearchResult {
  /** Exact up to COUNT_LIMIT; when `more` is true there are more than that. */
  total: number;
  more: boolean;
  items: Array<ServiceRecord & { rank: number }>;
  /** The corrected query that was searched instead ("bedoelde je …?"), if any. */
  suggestion?: string | null;
  /** True when no offer had every word and offers with some of the words are shown. */
  relaxed?: boolean;
}

export interface SearchQuery {
  sql: string;
  params: unknown[];
  /**
   * A planner setting for this query alone. With a text, the GIN indexes find
   * the matches exactly; the planner does not know that and picks a
   * sequential scan once a common word matches most offers, which is slower
   * on both databases (measured with bench/search.bench.ts).
   */
  setup: string | null;
}

/** The to_tsquery expression for a filter set, or null for no text. */
export function matchOf(filters: Pick<SearchFilters, 'text' | 'match'>): string | null {
  if (filters.match) return filters.match;
  const text = filters.text?.trim();
  if (!text) return null;
  const parsed = parseQuery(text);
  return parsed.terms.length ? toTsquery(parsed.terms, 'all') : null;
}

/**
 * Builds the search. Without text: all offers that pass the filters, by name.
 * With text, the cost must not grow with the number of matches (a common word
 * such as "werk" matches nearly every offer), so:
 * - one scan reads the matches, at most COUNT_LIMIT + 1: that is the count
 *   ("meer dan 500" past it) and the candidates; those whose name or summary
 *   match (the small weighted head vector) are ranked with ts_rank, the rest
 *   follow by name. The row says how many of them matched in name or summary
 *   (`heads`).
 * - only when more than COUNT_LIMIT match and fewer than HEAD_ENOUGH of those
 *   read match in name or summary, searchServices sends the form with
 *   `{ heads: true }`: a second scan reads the name and summary matches (at
 *   most CANDIDATES + 1), so an offer named after the word is not missed
 *   behind many offers that only mention it. Kept out of the first form because
 *   planning it cost more than the rare case it serves (PGlite: 0.3 to 0.5 ms
 *   of about 3 ms per search).
 * With fewer than COUNT_LIMIT matches (every real region) this ranks exactly as
 * before: all name and summary matches by rank, then the rest by name.
 */
export function buildSearchQuery(filters: SearchFilters, options: { heads?: boolean } = {}): SearchQuery {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [`s.status = 'active'`];
  if (filters.gemeenteCode) {
    const codes = [filters.gemeenteCode, ...(filters.arbeidsmarktregioCode ? [filters.arbeidsmarktregioCode] : [])];
    where.push(`(s.area_scope = 'national' or s.area_codes && ${param(codes)}::text[])`);
  }
  if (filters.helpKinds?.length) where.push(`s.help_kinds && ${param(filters.helpKinds)}::text[]`);
  if (filters.limitations?.length) {
    // An offer without limitations listed is for every limitation.
    where.push(`(s.limitations = '{}' or s.limitations && ${param(filters.limitations)}::text[])`);
  }
  if (filters.onlyOpenWithoutBenefit) where.push(`s.open_without_benefit = 'ja'`);
  if (filters.organizationId) where.push(`s.organization_id = ${param(filters.organizationId)}`);
  if (filters.modifiedAfter) where.push(`s.last_modified > ${param(filters.modifiedAfter)}::timestamptz`);
  const match = matchOf(filters);
  const perPage = param(filters.perPage);
  const offset = param((filters.page - 1) * filters.perPage);
  const countLimit = param(COUNT_LIMIT + 1);
  const filter = where.join(' and ');
  if (!match) {
    const sql = `with top as (
        select s.id, 0::real as rank from service_search s where ${filter} order by s.name, s.id limit ${perPage} offset ${offset}
      )
      select ${serviceColumns}, top.rank,
        (select count(*) from (select 1 from service_search s where ${filter} limit ${countLimit}) c) as total
      from top join service s on s.id = top.id join organization o on o.id = s.organization_id
      order by s.name, s.id`;
    return { sql, params, setup: null };
  }
  // Inline (not a CTE): to_tsquery with a fixed configuration is immutable, so
  // the planner folds it to a constant and estimates from the column
  // statistics how many offers match: a common word ("werk") is read by a scan
  // that stops at the limit, a rare word from the index. It stands in two
  // WHERE clauses only, because each is estimated at every planning.
  const q = `to_tsquery('dutch', ${param(match)})`;
  // One scan gives the count (up to the limit) and the candidates: offers whose
  // name or summary match get their rank, the others null.
  const hits = `hits as materialized (
      select s.id, s.name, case when s.search_head @@ ${q} then ts_rank(s.search_head, ${q}) end as rank
      from service_search s where ${filter} and s.search @@ ${q} limit ${countLimit}
    )`;
  if (!options.heads) {
    const sql = `with ${hits},
    top as (select id, rank from hits order by rank desc nulls last, name, id limit ${perPage} offset ${offset})
    select ${serviceColumns}, coalesce(top.rank, 0)::real as rank, (select count(*) from hits) as total, (select count(rank) from hits) as heads
    from top join service s on s.id = top.id join organization o on o.id = s.organization_id
    order by top.rank desc nulls last, s.name, s.id`;
    return { sql, params, setup: null };
  }
  const candidates = param(CANDIDATES + 1);
  const sql = `with ${hits},
    heads as materialized (
      select s.id, s.name, ts_rank(s.search_head, ${q}) as rank
      from service_search s where (select count(*) from hits) >= ${countLimit} and (select count(rank) from hits) < ${param(HEAD_ENOUGH)}
        and ${filter} and s.search_head @@ ${q}
      limit ${candidates}
    ),
    top as (
      select id, rank from (
        select id, name, rank from hits where rank is null or not exists (select from heads)
        union all select id, name, rank from heads
      ) c order by rank desc nulls last, name, id limit ${perPage} offset ${offset}
    )
    select ${serviceColumns}, coalesce(top.rank, 0)::real as rank, (select count(*) from hits) as total, (select count(rank) from hits) as heads
    from top join service s on s.id = top.id join organization o on o.id = s.organization_id
    order by top.rank desc nulls last, s.name, s.id`;
  return { sql, params, setup: null };
}

/** Runs a built search; the planner setting, when there is one, holds for this query only. */
export async function runSearchQuery<T extends object>(db: Queryable & { transaction?: Db['transaction'] }, query: SearchQuery): Promise<T[]> {
  if (!query.setup || !db.transaction) return db.query<T>(query.sql, query.params);
  return db.transaction(async (tx) => {
    await tx.query(query.setup!);
    return tx.query<T>(query.sql, query.params);
  });
}

type SearchDb = Queryable & { transaction?: Db['transaction'] };

type SearchRow = ServiceRecord & { rank: number; total: number; heads?: number };

async function searchOnce(db: SearchDb, filters: SearchFilters): Promise<SearchResult> {
  let rows = await runSearchQuery<SearchRow>(db, buildSearchQuery(filters));
  // More than the limit match and few of those read match in name or summary:
  // the offers that should come first may lie past the limit, so search again
  // with the name and summary scan.
  const first = rows[0];
  if (first?.heads !== undefined && Number(first.total) > COUNT_LIMIT && Number(first.heads) < HEAD_ENOUGH) {
    rows = await runSearchQuery<SearchRow>(db, buildSearchQuery(filters, { heads: true }));
  }
  let total = rows[0]?.total;
  // Past the last page the page is empty; the count still tells where the end is.
  if (total === undefined) total = filters.page > 1 ? await countOnly(db, filters) : 0;
  const n = Number(total);
  return { total: Math.min(n, COUNT_LIMIT), more: n > COUNT_LIMIT, items: rows.map(({ total: _t, heads: _h, ...row }) => row) };
}

async function countOnly(db: SearchDb, filters: SearchFilters): Promise<number> {
  const rows = await runSearchQuery<{ total: number }>(db, buildSearchQuery({ ...filters, page: 1, perPage: 1 }));
  return Number(rows[0]?.total ?? 0);
}

/**
 * The forgiving search: all words first (with their vocabulary forms); when
 * nothing is found, words that are not in the catalogue are corrected to the
 * nearest catalogue word ("bedoelde je …?"); when still nothing is found and
 * there are two or more words (a plain sentence), offers with any of the words,
 * the ones with the most words first.
 */
export async function searchServices(db: SearchDb, filters: SearchFilters): Promise<SearchResult> {
  const text = filters.text?.trim();
  if (filters.match || !text) return searchOnce(db, filters);
  const parsed = parseQuery(text);
  if (!parsed.terms.length) return searchOnce(db, { ...filters, text: '' });
  const first = await searchOnce(db, { ...filters, match: toTsquery(parsed.terms, 'all') });
  if (first.total > 0) return first;
  let best: ParsedQuery = parsed;
  let suggestion: string | null = null;
  const corrections = await correctWords(db, correctableWords(parsed));
  if (corrections.size > 0) {
    best = parseQuery(text, corrections);
    suggestion = best.display;
    const corrected = await searchOnce(db, { ...filters, match: toTsquery(best.terms, 'all') });
    if (corrected.total > 0) return { ...corrected, suggestion };
  }
  if (best.terms.length >= 2) {
    const any = await searchOnce(db, { ...filters, match: toTsquery(best.terms, 'any') });
    if (any.total > 0) return { ...any, suggestion, relaxed: true };
  }
  return { ...first, suggestion };
}
