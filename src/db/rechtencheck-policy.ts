// Gemeente policy for the Rechtencheck, kept in versions: each record holds
// from its valid_from date; earlier versions stay for the receipts that cite
// them. No person data.
import type { Queryable } from './client.ts';
import { ttlCache } from './ttl-cache.ts';
import { defaultPolicy, type GemeentePolicy, type PolicyAnswer } from '../domain/rechtencheck/index.ts';

export interface PolicyRecord {
  id: number;
  gemeenteCode: string;
  validFrom: string;
  jobcoachingWithoutBenefit: PolicyAnswer;
  werkvoorzieningenWithoutBenefit: PolicyAnswer;
  praktijkroute: PolicyAnswer;
  proefplaatsingWithoutBenefit: PolicyAnswer;
  beschutWerkPlaces: PolicyAnswer;
  jobcoachingMaxYears: number | null;
  policyUrl: string | null;
  contactUrl: string | null;
  recordedByName: string;
  recordedAt: string;
}

export type PolicyInput = Omit<PolicyRecord, 'id' | 'recordedAt' | 'recordedByName'>;

const COLUMNS = `id::int as id, gemeente_code as "gemeenteCode", to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
  jobcoaching_without_benefit as "jobcoachingWithoutBenefit", werkvoorzieningen_without_benefit as "werkvoorzieningenWithoutBenefit",
  praktijkroute, proefplaatsing_without_benefit as "proefplaatsingWithoutBenefit", beschut_werk_places as "beschutWerkPlaces",
  jobcoaching_max_years as "jobcoachingMaxYears", policy_url as "policyUrl", contact_url as "contactUrl",
  recorded_by_name as "recordedByName", recorded_at::text as "recordedAt"`;

/** The version label in receipts: gemeente, start date and record number. */
export function policyVersion(record: Pick<PolicyRecord, 'gemeenteCode' | 'validFrom' | 'id'>): string {
  return `${record.gemeenteCode}-${record.validFrom}-r${record.id}`;
}

export function toPolicy(record: PolicyRecord): GemeentePolicy {
  return {
    gemeente: record.gemeenteCode,
    version: policyVersion(record),
    validFrom: record.validFrom,
    jobcoachingWithoutBenefit: record.jobcoachingWithoutBenefit,
    werkvoorzieningenWithoutBenefit: record.werkvoorzieningenWithoutBenefit,
    praktijkroute: record.praktijkroute,
    proefplaatsingWithoutBenefit: record.proefplaatsingWithoutBenefit,
    beschutWerkPlaces: record.beschutWerkPlaces,
    jobcoachingMaxYears: record.jobcoachingMaxYears,
    policyUrl: record.policyUrl,
    contactUrl: record.contactUrl,
  };
}

/** The record that holds for a gemeente on a date, or null. */
export async function policyRecordAt(db: Queryable, gemeenteCode: string, date: string): Promise<PolicyRecord | null> {
  const rows = await db.query<PolicyRecord>(
    `select ${COLUMNS} from rechtencheck_policy where gemeente_code = $1 and valid_from <= $2::date
     order by valid_from desc, id desc limit 1`,
    [gemeenteCode, date],
  );
  return rows[0] ?? null;
}

/** The policy the Rechtencheck uses for a gemeente on a date: its record, or the national default. */
// Every Rechtencheck result reads the policy: keep it 30 s per instance (a new
// version is recorded rarely, and usually ahead of its valid_from date).
// recordPolicy clears this instance's copy at once.
const policyCache = ttlCache<GemeentePolicy>(30_000);

export async function policyAt(db: Queryable, gemeenteCode: string | null | undefined, date: string): Promise<GemeentePolicy> {
  if (!gemeenteCode) return defaultPolicy;
  return policyCache.get(db, `${gemeenteCode}|${date}`, async () => {
    const record = await policyRecordAt(db, gemeenteCode, date);
    return record ? toPolicy(record) : defaultPolicy;
  });
}

/** Every version a gemeente recorded, newest first. */
export async function policyHistory(db: Queryable, gemeenteCode: string): Promise<PolicyRecord[]> {
  return db.query<PolicyRecord>(`select ${COLUMNS} from rechtencheck_policy where gemeente_code = $1 order by valid_from desc, id desc`, [gemeenteCode]);
}

/** The newest version per gemeente, for every gemeente that recorded one on a date (for the batch). */
export async function policiesAt(db: Queryable, date: string): Promise<Map<string, GemeentePolicy>> {
  const rows = await db.query<PolicyRecord>(
    `select distinct on (gemeente_code) ${COLUMNS} from rechtencheck_policy where valid_from <= $1::date
     order by gemeente_code, valid_from desc, id desc`,
    [date],
  );
  return new Map(rows.map((r) => [r.gemeenteCode, toPolicy(r)]));
}

/** Records a new version; earlier versions are kept. */
export async function recordPolicy(db: Queryable, input: PolicyInput, by: { accountId: string | null; name: string }): Promise<PolicyRecord> {
  const rows = await db.query<PolicyRecord>(
    `insert into rechtencheck_policy (gemeente_code, valid_from, jobcoaching_without_benefit, werkvoorzieningen_without_benefit,
       praktijkroute, proefplaatsing_without_benefit, beschut_werk_places, jobcoaching_max_years, policy_url, contact_url,
       recorded_by, recorded_by_name)
     values ($1, $2::date, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     returning ${COLUMNS}`,
    [
      input.gemeenteCode, input.validFrom, input.jobcoachingWithoutBenefit, input.werkvoorzieningenWithoutBenefit, input.praktijkroute,
      input.proefplaatsingWithoutBenefit, input.beschutWerkPlaces, input.jobcoachingMaxYears, input.policyUrl, input.contactUrl,
      by.accountId, by.name,
    ],
  );
  policyCache.clear(db);
  return rows[0]!;
}

/**
 * Demo: two gemeenten in the demo region with a recorded policy that differs,
 * so the effect shows in the Rechtencheck (Emmen and Assen). Once.
 */
export async function seedDemoPolicies(db: Queryable): Promise<void> {
  const [existing] = await db.query<{ n: number }>(`select count(*)::int as n from rechtencheck_policy where gemeente_code in ('GM0114', 'GM0106')`);
  if (existing && existing.n > 0) return;
  const by = { accountId: null, name: 'Demo (ingevuld bij de eerste start)' };
  const base = { praktijkroute: 'ja', werkvoorzieningenWithoutBenefit: 'ja', policyUrl: null, contactUrl: null } as const;
  // Emmen: an earlier version without proefplaatsen, then the current one.
  await recordPolicy(db, { ...base, gemeenteCode: 'GM0114', validFrom: '2024-01-01', jobcoachingWithoutBenefit: 'ja', proefplaatsingWithoutBenefit: 'nee', beschutWerkPlaces: 'ja', jobcoachingMaxYears: 2 }, by);
  await recordPolicy(db, { ...base, gemeenteCode: 'GM0114', validFrom: '2026-01-01', jobcoachingWithoutBenefit: 'ja', proefplaatsingWithoutBenefit: 'ja', beschutWerkPlaces: 'ja', jobcoachingMaxYears: 3 }, by);
  // Assen: no jobcoaching of its own for people without a benefit, beschut werk places are full.
  await recordPolicy(db, { ...base, gemeenteCode: 'GM0106', validFrom: '2025-07-01', jobcoachingWithoutBenefit: 'nee', proefplaatsingWithoutBenefit: 'nee', beschutWerkPlaces: 'nee', jobcoachingMaxYears: null }, by);
}
