// Queries on the Wegwijzer catalogue: writing content, searching, reading.
import type { ContentAddress, ContentCost, ContentLocation, ContentOrganization, ContentService } from '../content/types.ts';
import { uuidFromKey } from '../domain/ids.ts';
import { serviceColumns } from './catalogue/columns.ts';
import type { Queryable } from './client.ts';
import { serviceTextFields, type LocationRecord, type OrganizationRecord, type ServiceRecord } from './catalogue/records.ts';
import { forgetOffers } from './catalogue/offer-cache.ts';

export type { LocationRecord, OrganizationRecord, ServiceRecord } from './catalogue/records.ts';

const organizationColumns = `
  id, key, name, alternate_name as "alternateName", type, description, website, email, phones, demo, gemeente_code as "gemeenteCode",
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
       upl_uri, area_scope, area_codes, schedules, cost_description, cost_amount, wait_time, assured_date, demo, last_modified,
       name_en, summary_en)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::text[], $11::text[], $12, $13, $14, $15, $16, $17::jsonb,
       $18, $19, $20::text[], $21::jsonb, $22, $23, $24, $25::date, $26, now(), $27, $28)
     on conflict (key) do update set organization_id = excluded.organization_id, name = excluded.name,
       summary = excluded.summary, description = excluded.description, url = excluded.url, email = excluded.email,
       phones = excluded.phones, help_kinds = excluded.help_kinds, limitations = excluded.limitations,
       open_without_benefit = excluded.open_without_benefit,
       open_without_benefit_explanation = excluded.open_without_benefit_explanation, eligibility = excluded.eligibility,
       how_to_apply = excluded.how_to_apply, who_decides = excluded.who_decides, legal_basis = excluded.legal_basis,
       upl_uri = excluded.upl_uri, area_scope = excluded.area_scope, area_codes = excluded.area_codes,
       schedules = excluded.schedules, cost_description = excluded.cost_description, cost_amount = excluded.cost_amount,
       wait_time = excluded.wait_time, assured_date = excluded.assured_date, demo = excluded.demo, last_modified = now(),
       name_en = excluded.name_en, summary_en = excluded.summary_en`,
    [id, service.key, orgId, service.name, service.summary, service.description, service.url ?? null,
      service.email ?? null, JSON.stringify(service.phones ?? []), service.helpKinds, service.limitations,
      service.openWithoutBenefit, service.openWithoutBenefitExplanation, service.eligibility, service.howToApply,
      service.whoDecides, JSON.stringify(service.legalBasis ?? []), service.uplUri ?? null, service.area.scope,
      service.area.codes ?? [], JSON.stringify(service.schedules ?? []), service.cost?.description ?? null,
      service.cost?.amount ?? null, service.waitTime ?? null, service.assuredDate, service.demo ?? false,
      service.nameEn ?? null, service.summaryEn ?? null],
  );
  forgetOffers(); // the Rechtencheck's copy of linked offers (offer-cache.ts)
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

// Search lives in ./catalogue/search.ts; re-exported so callers keep one import.
export * from './catalogue/search.ts';

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
    ...serviceTextFields(s),
    legalBasis: s.legalBasis,
    ...(s.nameEn ? { nameEn: s.nameEn } : {}),
    ...(s.summaryEn ? { summaryEn: s.summaryEn } : {}),
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
