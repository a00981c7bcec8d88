// Reference data in the database: gemeenten, arbeidsmarktregio's, woonplaatsen.
import type { Queryable } from './client.ts';
import { ttlCache } from './ttl-cache.ts';

// Every search with a place reads these; they change only when reference data is loaded (at a deploy), and
// each instance shows a change within the minute.
const gemeenteCache = ttlCache<GemeenteRecord | null>(60_000);
const placeCache = ttlCache<{ exact: PlaceMatch[]; suggestions: PlaceMatch[] }>(60_000);

export interface GemeenteRecord {
  code: string;
  name: string;
  provincie: string;
  arbeidsmarktregioCode: string | null;
  arbeidsmarktregioName: string | null;
}

export interface ReferenceData {
  source: string;
  validFrom: string;
  gemeenten: Array<{ code: string; name: string; provincie: string }>;
  regios: Array<{ code: string; name: string; gemeenten: string[] }>;
  woonplaatsen: Array<{ name: string; gemeente: string }>;
}

/** Replaces the reference data in one transaction (rows are few: ~3,000). */
export async function loadReferenceData(tx: Queryable, data: ReferenceData): Promise<void> {
  const regioOf = new Map<string, string>();
  for (const regio of data.regios) for (const code of regio.gemeenten) regioOf.set(code, regio.code);
  await tx.query(
    `insert into arbeidsmarktregio (code, name) select * from unnest($1::text[], $2::text[])
     on conflict (code) do update set name = excluded.name`,
    [data.regios.map((r) => r.code), data.regios.map((r) => r.name)],
  );
  await tx.query(
    `insert into gemeente (code, name, provincie, arbeidsmarktregio_code)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
     on conflict (code) do update set name = excluded.name, provincie = excluded.provincie,
       arbeidsmarktregio_code = excluded.arbeidsmarktregio_code`,
    [
      data.gemeenten.map((g) => g.code),
      data.gemeenten.map((g) => g.name),
      data.gemeenten.map((g) => g.provincie),
      data.gemeenten.map((g) => regioOf.get(g.code) ?? null),
    ],
  );
  await tx.query('delete from woonplaats');
  await tx.query(
    `insert into woonplaats (name, gemeente_code) select distinct * from unnest($1::text[], $2::text[])`,
    [data.woonplaatsen.map((w) => w.name), data.woonplaatsen.map((w) => w.gemeente)],
  );
  await tx.query(
    `insert into reference_dataset (name, source, valid_from) values ('gebieden', $1, $2::date)
     on conflict (name) do update set source = excluded.source, valid_from = excluded.valid_from, loaded_at = now()`,
    [data.source, data.validFrom],
  );
}

const gemeenteColumns = `g.code, g.name, g.provincie, g.arbeidsmarktregio_code as "arbeidsmarktregioCode",
  r.name as "arbeidsmarktregioName"`;

export async function getGemeente(db: Queryable, code: string): Promise<GemeenteRecord | null> {
  return gemeenteCache.get(db, code, () => readGemeente(db, code));
}

async function readGemeente(db: Queryable, code: string): Promise<GemeenteRecord | null> {
  const rows = await db.query<GemeenteRecord>(
    `select ${gemeenteColumns} from gemeente g left join arbeidsmarktregio r on r.code = g.arbeidsmarktregio_code
     where g.code = $1`,
    [code],
  );
  return rows[0] ?? null;
}

export async function listGemeenten(db: Queryable): Promise<GemeenteRecord[]> {
  return db.query<GemeenteRecord>(
    `select ${gemeenteColumns} from gemeente g left join arbeidsmarktregio r on r.code = g.arbeidsmarktregio_code
     order by g.name`,
  );
}

export interface PlaceMatch extends GemeenteRecord {
  /** The woonplaats the person typed, when it is not the gemeente's own name. */
  via: string | null;
}

/**
 * Finds gemeenten for what a person typed: a gemeente's name or a town or
 * village in it. Exact matches first; otherwise names that start with it.
 */
export async function resolvePlace(db: Queryable, text: string): Promise<{ exact: PlaceMatch[]; suggestions: PlaceMatch[] }> {
  const needle = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!needle) return { exact: [], suggestions: [] };
  return needle.length > 100 ? findPlace(db, needle) : placeCache.get(db, needle, () => findPlace(db, needle));
}

async function findPlace(db: Queryable, needle: string): Promise<{ exact: PlaceMatch[]; suggestions: PlaceMatch[] }> {
  const rows = await db.query<PlaceMatch & { exact: boolean }>(
    `with hits as (
       select g.code, null::text as via, lower(g.name) = $1 as exact from gemeente g
        where lower(g.name) = $1 or lower(g.name) like $2
       union all
       select w.gemeente_code, w.name, lower(w.name) = $1 from woonplaats w
        where lower(w.name) = $1 or lower(w.name) like $2
     ), best as (
       select distinct on (code) code, via, exact from hits order by code, exact desc, (via is null) desc
     )
     select ${gemeenteColumns}, case when lower(g.name) = lower(coalesce(b.via, g.name)) then null else b.via end as via, b.exact
     from best b join gemeente g on g.code = b.code left join arbeidsmarktregio r on r.code = g.arbeidsmarktregio_code
     order by b.exact desc, g.name limit 20`,
    [needle, `${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
  );
  const exact = rows.filter((r) => r.exact).map(({ exact: _e, ...r }) => r);
  const suggestions = rows.filter((r) => !r.exact).map(({ exact: _e, ...r }) => r);
  return { exact, suggestions };
}
