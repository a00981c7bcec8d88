// Queries on the Wegwijzer catalogue: writing content, searching, reading.
import type {
  AreaScope,
  ContentAddress,
  ContentCost,
  ContentLocation,
  ContentOrganization,
  ContentPhone,
  ContentSchedule,
  ContentService,
  LegalSource,
  OpenWithoutBenefit,
  OrganizationType,
} from '../content/types.ts';
import { uuidFromKey } from '../domain/ids.ts';
import type { Db, Queryable } from './client.ts';

export interface OrganizationRecord {
  id: string;
  key: string;
  name: string;
  alternateName: string | null;
  type: OrganizationType;
  description: string;
  website: string | null;
  email: string | null;
  phones: ContentPhone[];
  demo: boolean;
  lastModified: string;
}

export interface LocationRecord {
  id: string;
  key: string;
  organizationId: string;
  name: string;
  locationType: 'physical' | 'virtual';
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  stateProvince: string | null;
  url: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility: string | null;
}

export interface ServiceRecord {
  id: string;
  key: string;
  organizationId: string;
  organizationKey: string;
  organizationName: string;
  organizationDescription: string;
  organizationType: OrganizationType;
  name: string;
  summary: string;
  description: string;
  status: string;
  url: string | null;
  email: string | null;
  phones: ContentPhone[];
  helpKinds: string[];
  limitations: string[];
  openWithoutBenefit: OpenWithoutBenefit;
  openWithoutBenefitExplanation: string;
  eligibility: string;
  howToApply: string;
  whoDecides: string;
  legalBasis: LegalSource[];
  uplUri: string | null;
  areaScope: AreaScope;
  areaCodes: string[];
  schedules: ContentSchedule[];
  costDescription: string | null;
  costAmount: number | null;
  waitTime: string | null;
  assuredDate: string;
  demo: boolean;
  lastModified: string;
}

const serviceColumns = `
  s.id, s.key, s.organization_id as "organizationId", o.key as "organizationKey", o.name as "organizationName",
  o.description as "organizationDescription", o.type as "organizationType", s.name, s.summary, s.description, s.status, s.url, s.email, s.phones,
  s.help_kinds as "helpKinds", s.limitations, s.open_without_benefit as "openWithoutBenefit",
  s.open_without_benefit_explanation as "openWithoutBenefitExplanation", s.eligibility,
  s.how_to_apply as "howToApply", s.who_decides as "whoDecides", s.legal_basis as "legalBasis",
  s.upl_uri as "uplUri", s.area_scope as "areaScope", s.area_codes as "areaCodes", s.schedules,
  s.cost_description as "costDescription", s.cost_amount as "costAmount", s.wait_time as "waitTime",
  s.assured_date as "assuredDate", s.demo, to_char(s.last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastModified"`;

const organizationColumns = `
  id, key, name, alternate_name as "alternateName", type, description, website, email, phones, demo,
  to_char(last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastModified"`;

const locationColumns = `
  l.id, l.key, l.organization_id as "organizationId", l.name, l.location_type as "locationType",
  l.address_1 as "address1", l.postal_code as "postalCode", l.city, l.state_province as "stateProvince",
  l.url, l.latitude, l.longitude, l.accessibility`;

// ---------------------------------------------------------------- writing

export async function upsertOrganization(tx: Queryable, org: ContentOrganization): Promise<string> {
  const id = uuidFromKey('organization', org.key);
  await tx.query(
    `insert into organization (id, key, name, alternate_name, type, description, website, email, phones, demo, last_modified)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, now())
     on conflict (key) do update set name = excluded.name, alternate_name = excluded.alternate_name,
       type = excluded.type, description = excluded.description, website = excluded.website,
       email = excluded.email, phones = excluded.phones, demo = excluded.demo, last_modified = now()`,
    [id, org.key, org.name, org.alternateName ?? null, org.type, org.description, org.website ?? null, org.email ?? null,
      JSON.stringify(org.phones ?? []), org.demo ?? false],
  );
  for (const location of org.locations ?? []) await upsertLocation(tx, id, location);
  return id;
}

async function upsertLocation(tx: Queryable, organizationId: string, loc: ContentLocation): Promise<void> {
  await tx.query(
    `insert into location (id, key, organization_id, name, location_type, address_1, postal_code, city, state_province, url, latitude, longitude, accessibility)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (key) do update set organization_id = excluded.organization_id, name = excluded.name,
       location_type = excluded.location_type, address_1 = excluded.address_1, postal_code = excluded.postal_code,
       city = excluded.city, state_province = excluded.state_province, url = excluded.url,
       latitude = excluded.latitude, longitude = excluded.longitude, accessibility = excluded.accessibility`,
    [uuidFromKey('location', loc.key), loc.key, organizationId, loc.name, loc.type, loc.address?.street ?? null,
      loc.address?.postalCode ?? null, loc.address?.city ?? null, loc.address?.province ?? null, loc.url ?? null,
      loc.latitude ?? null, loc.longitude ?? null, loc.accessibility ?? null],
  );
}

export async function upsertService(tx: Queryable, service: ContentService): Promise<string> {
  const id = uuidFromKey('service', service.key);
  const orgId = uuidFromKey('organization', service.organizationKey);
  await tx.query(
    `insert into service (id, key, organization_id, name, summary, description, url, email, phones, help_kinds, limitations,
       open_without_benefit, open_without_benefit_explanation, eligibility, how_to_apply, who_decides, legal_basis,
       upl_uri, area_scope, area_codes, schedules, cost_description, cost_amount, wait_time, assured_date, demo, last_modified)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::text[], $11::text[], $12, $13, $14, $15, $16, $17::jsonb,
       $18, $19, $20::text[], $21::jsonb, $22, $23, $24, $25::date, $26, now())
     on conflict (key) do update set organization_id = excluded.organization_id, name = excluded.name,
       summary = excluded.summary, description = excluded.description, url = excluded.url, email = excluded.email,
       phones = excluded.phones, help_kinds = excluded.help_kinds, limitations = excluded.limitations,
       open_without_benefit = excluded.open_without_benefit,
       open_without_benefit_explanation = excluded.open_without_benefit_explanation, eligibility = excluded.eligibility,
       how_to_apply = excluded.how_to_apply, who_decides = excluded.who_decides, legal_basis = excluded.legal_basis,
       upl_uri = excluded.upl_uri, area_scope = excluded.area_scope, area_codes = excluded.area_codes,
       schedules = excluded.schedules, cost_description = excluded.cost_description, cost_amount = excluded.cost_amount,
       wait_time = excluded.wait_time, assured_date = excluded.assured_date, demo = excluded.demo, last_modified = now()`,
    [id, service.key, orgId, service.name, service.summary, service.description, service.url ?? null,
      service.email ?? null, JSON.stringify(service.phones ?? []), service.helpKinds, service.limitations,
      service.openWithoutBenefit, service.openWithoutBenefitExplanation, service.eligibility, service.howToApply,
      service.whoDecides, JSON.stringify(service.legalBasis ?? []), service.uplUri ?? null, service.area.scope,
      service.area.codes ?? [], JSON.stringify(service.schedules ?? []), service.cost?.description ?? null,
      service.cost?.amount ?? null, service.waitTime ?? null, service.assuredDate, service.demo ?? false],
  );
  await tx.query('delete from service_location where service_id = $1', [id]);
  for (const locationKey of service.locationKeys ?? []) {
    await tx.query('insert into service_location (service_id, location_id) values ($1, $2)', [
      id,
      uuidFromKey('location', locationKey),
    ]);
  }
  return id;
}

export async function writeCatalogue(
  tx: Queryable,
  organizations: ContentOrganization[],
  services: ContentService[],
): Promise<{ organizations: number; services: number }> {
  for (const org of organizations) await upsertOrganization(tx, org);
  for (const service of services) await upsertService(tx, service);
  return { organizations: organizations.length, services: services.length };
}

// ---------------------------------------------------------------- reading

export interface SearchFilters {
  /** Free text; Dutch stemming. */
  text?: string;
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
  total: number;
  items: Array<ServiceRecord & { rank: number }>;
}

/**
 * Builds the full-text search; shared by the web page, the API and the
 * benchmark baseline. Matches on all text; ranks name and summary matches
 * first (ts_rank on the small head vector), then by name. The count and the
 * ranking read only the narrow search projection (service_search); the full
 * rows are fetched for the one page shown.
 */
export interface SearchQuery {
  sql: string;
  params: unknown[];
  /**
   * A planner setting for this query alone. With a text, the GIN index finds
   * the matches exactly, so a bitmap scan never reads the long match vectors;
   * the planner does not know that and picks a sequential scan once a common
   * word matches most offers. Forcing the index is about 30% faster then (on
   * PGlite and PostgreSQL alike, measured with bench/search.bench.ts).
   */
  setup: string | null;
}

export function buildSearchQuery(filters: SearchFilters): SearchQuery {
  const params: unknown[] = [];
  const where: string[] = [`s.status = 'active'`];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  let rank = '0::real';
  let from = 'service_search s';
  const text = filters.text?.trim();
  if (text) {
    from += `, websearch_to_tsquery('dutch', ${param(text)}) q`;
    where.push('s.search @@ q');
    rank = 'ts_rank(s.search_head, q)';
  }
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
  const limit = param(filters.perPage);
  const offset = param((filters.page - 1) * filters.perPage);
  const sql = `with hits as materialized (
      select s.id, s.name, ${rank} as rank from ${from} where ${where.join(' and ')}
    ), top as (
      select id, rank from hits order by rank desc, name, id limit ${limit} offset ${offset}
    )
    select ${serviceColumns}, top.rank, (select count(*) from hits) as total
    from top join service s on s.id = top.id join organization o on o.id = s.organization_id
    order by top.rank desc, s.name, s.id`;
  return { sql, params, setup: text ? 'set local enable_seqscan = off' : null };
}

/** Runs a built search; the planner setting, when there is one, holds for this query only. */
export async function runSearchQuery<T extends object>(db: Queryable & { transaction?: Db['transaction'] }, query: SearchQuery): Promise<T[]> {
  if (!query.setup || !db.transaction) return db.query<T>(query.sql, query.params);
  return db.transaction(async (tx) => {
    await tx.query(query.setup!);
    return tx.query<T>(query.sql, query.params);
  });
}

export async function searchServices(db: Queryable & { transaction?: Db['transaction'] }, filters: SearchFilters): Promise<SearchResult> {
  const rows = await runSearchQuery<ServiceRecord & { rank: number; total: number }>(db, buildSearchQuery(filters));
  const total = rows[0]?.total ?? (filters.page > 1 ? await countServices(db, { ...filters, page: 1 }) : 0);
  return { total: Number(total), items: rows.map(({ total: _t, ...row }) => row) };
}

async function countServices(db: Queryable & { transaction?: Db['transaction'] }, filters: SearchFilters): Promise<number> {
  const rows = await runSearchQuery<{ total: number }>(db, buildSearchQuery({ ...filters, page: 1, perPage: 1 }));
  return Number(rows[0]?.total ?? 0);
}

export async function getService(db: Queryable, by: { key: string } | { id: string }): Promise<ServiceRecord | null> {
  const [column, value] = 'key' in by ? ['s.key', by.key] : ['s.id', by.id];
  const rows = await db.query<ServiceRecord>(
    `select ${serviceColumns} from service s join organization o on o.id = s.organization_id where ${column} = $1`,
    [value],
  );
  return rows[0] ?? null;
}

export async function getOrganization(db: Queryable, by: { key: string } | { id: string }): Promise<OrganizationRecord | null> {
  const [column, value] = 'key' in by ? ['key', by.key] : ['id', by.id];
  const rows = await db.query<OrganizationRecord>(`select ${organizationColumns} from organization where ${column} = $1`, [value]);
  return rows[0] ?? null;
}

export async function listOrganizations(db: Queryable): Promise<OrganizationRecord[]> {
  return db.query<OrganizationRecord>(`select ${organizationColumns} from organization order by name`);
}

export async function listServicesOfOrganization(db: Queryable, organizationId: string): Promise<ServiceRecord[]> {
  return db.query<ServiceRecord>(
    `select ${serviceColumns} from service s join organization o on o.id = s.organization_id
     where s.organization_id = $1 order by s.name`,
    [organizationId],
  );
}

export async function listAllServices(db: Queryable): Promise<ServiceRecord[]> {
  return db.query<ServiceRecord>(
    `select ${serviceColumns} from service s join organization o on o.id = s.organization_id order by o.name, s.name`,
  );
}

export async function locationsOfService(db: Queryable, serviceId: string): Promise<LocationRecord[]> {
  return db.query<LocationRecord>(
    `select ${locationColumns} from location l join service_location sl on sl.location_id = l.id
     where sl.service_id = $1 order by l.name`,
    [serviceId],
  );
}

export async function locationsOfOrganization(db: Queryable, organizationId: string): Promise<LocationRecord[]> {
  return db.query<LocationRecord>(`select ${locationColumns} from location l where l.organization_id = $1 order by l.name`, [
    organizationId,
  ]);
}

/** Turns a stored service back into content form (for edit forms and export). */
export function serviceToContent(s: ServiceRecord, locationKeys: string[]): ContentService {
  const cost: ContentCost | undefined = s.costDescription
    ? { description: s.costDescription, ...(s.costAmount !== null ? { amount: Number(s.costAmount) } : {}) }
    : undefined;
  return {
    key: s.key,
    organizationKey: s.organizationKey,
    name: s.name,
    summary: s.summary,
    description: s.description,
    helpKinds: s.helpKinds,
    limitations: s.limitations,
    openWithoutBenefit: s.openWithoutBenefit,
    openWithoutBenefitExplanation: s.openWithoutBenefitExplanation,
    eligibility: s.eligibility,
    howToApply: s.howToApply,
    whoDecides: s.whoDecides,
    legalBasis: s.legalBasis,
    ...(s.uplUri ? { uplUri: s.uplUri } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.email ? { email: s.email } : {}),
    phones: s.phones,
    area: { scope: s.areaScope, codes: s.areaCodes },
    locationKeys,
    schedules: s.schedules,
    ...(cost ? { cost } : {}),
    ...(s.waitTime ? { waitTime: s.waitTime } : {}),
    assuredDate: s.assuredDate,
    demo: s.demo,
  };
}

export function addressOf(l: LocationRecord): ContentAddress | null {
  if (!l.address1 || !l.city) return null;
  return { street: l.address1, postalCode: l.postalCode ?? '', city: l.city, province: l.stateProvince ?? '' };
}
