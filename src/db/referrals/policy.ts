import { type Queryable } from '../client.ts';
import { type Actor, type RecordPart } from '../persons.ts';
import { DEFAULT_ESCALATION_WORKING_DAYS, DEFAULT_RESPONSE_WORKING_DAYS, usesInBeeld } from './shared.ts';

// ---------------------------------------------------------------- response times

export interface ReferralPolicy {
  responseWorkingDays: number;
  escalationWorkingDays: number;
  custom: boolean;
}

export async function referralPolicy(db: Queryable, organizationId: string): Promise<ReferralPolicy> {
  const [row] = await db.query<{ responseWorkingDays: number; escalationWorkingDays: number }>(
    `select response_working_days as "responseWorkingDays", escalation_working_days as "escalationWorkingDays"
     from referral_policy where organization_id = $1::uuid`,
    [organizationId],
  );
  return row
    ? { ...row, custom: true }
    : { responseWorkingDays: DEFAULT_RESPONSE_WORKING_DAYS, escalationWorkingDays: DEFAULT_ESCALATION_WORKING_DAYS, custom: false };
}

/** A teamleider sets the response times of their own organisation. */
export async function saveReferralPolicy(db: Queryable, actor: Actor, input: { responseWorkingDays: number; escalationWorkingDays: number }): Promise<boolean> {
  if (actor.role !== 'teamleider' || !actor.organizationId) return false;
  await db.query(
    `insert into referral_policy (organization_id, response_working_days, escalation_working_days, updated_by)
     values ($1::uuid, $2, $3, $4::uuid)
     on conflict (organization_id) do update set response_working_days = excluded.response_working_days,
       escalation_working_days = excluded.escalation_working_days, updated_by = excluded.updated_by, updated_at = now()`,
    [actor.organizationId, input.responseWorkingDays, input.escalationWorkingDays, actor.accountId],
  );
  return true;
}

// ---------------------------------------------------------------- targets and the check before sending

export interface OfferOption {
  serviceId: string;
  serviceKey: string;
  serviceName: string;
  organizationId: string;
  organizationKey: string;
  organizationName: string;
}

/** Active offers of other organisations that hold in the person's gemeente (all when it is unknown). */
export async function referralOffers(db: Queryable, actor: Actor, gemeenteCode: string | null): Promise<OfferOption[]> {
  return db.query<OfferOption>(
    `select s.id as "serviceId", s.key as "serviceKey", s.name as "serviceName", o.id as "organizationId", o.key as "organizationKey", o.name as "organizationName"
     from service s join organization o on o.id = s.organization_id
     left join gemeente g on g.code = $2
     where s.status = 'active' and o.id is distinct from $1::uuid and o.key <> 'je-gemeente'
       and ($2::text is null or s.area_scope = 'national' or s.area_codes && array[g.code, g.arbeidsmarktregio_code]::text[])
     order by o.name, s.name`,
    [actor.organizationId, gemeenteCode],
  );
}

export async function referralOrganizations(db: Queryable, actor: Actor): Promise<Array<{ id: string; key: string; name: string }>> {
  return db.query(
    `select id, key, name from organization where id is distinct from $1::uuid and key <> 'je-gemeente' order by name`,
    [actor.organizationId],
  );
}

export interface OfferCheck {
  organizationId: string;
  organizationKey: string;
  organizationName: string;
  /** The organisation has consulenten or teamleiders in InBeeld; otherwise it answers by e-mailed link. */
  usesInBeeld: boolean;
  defaultEmail: string | null;
  service: {
    id: string;
    key: string;
    name: string;
    summary: string;
    eligibility: string;
    openWithoutBenefit: 'ja' | 'nee' | 'onbekend';
    openWithoutBenefitExplanation: string;
    howToApply: string;
    whoDecides: string;
    waitTime: string | null;
    costDescription: string | null;
    /** Null when the person's gemeente is unknown. */
    inArea: boolean | null;
  } | null;
  policy: ReferralPolicy;
  /** What InBeeld saw in the last 12 months of referrals to this offer (or organisation). */
  history: { sent: number; open: number; successful: number; noCapacity: number; notEligible: number };
  /** Open referrals of this person to the same organisation. */
  openForPerson: number;
  /** Parts the organisation may already see through an earlier consent. */
  alreadyVisible: RecordPart[];
}

/** What the professional needs to see before sending: can this referral succeed? */
export async function offerCheck(db: Queryable, actor: Actor, personId: string, target: { serviceId: string } | { organizationId: string }, gemeenteCode: string | null): Promise<OfferCheck | null> {
  const byService = 'serviceId' in target;
  const [org] = await db.query<Omit<OfferCheck, 'service' | 'policy' | 'history' | 'openForPerson' | 'alreadyVisible'> & { serviceId: string | null }>(
    byService
      ? `select o.id as "organizationId", o.key as "organizationKey", o.name as "organizationName", coalesce(s.email, o.email) as "defaultEmail", s.id as "serviceId",
           exists (select 1 from account a where a.organization_id = o.id and a.role in ('consulent', 'teamleider')) as "usesInBeeld"
         from service s join organization o on o.id = s.organization_id where s.id = $1::uuid and s.status = 'active'`
      : `select o.id as "organizationId", o.key as "organizationKey", o.name as "organizationName", o.email as "defaultEmail", null::uuid as "serviceId",
           exists (select 1 from account a where a.organization_id = o.id and a.role in ('consulent', 'teamleider')) as "usesInBeeld"
         from organization o where o.id = $1::uuid and o.key <> 'je-gemeente'`,
    [byService ? target.serviceId : target.organizationId],
  );
  if (!org || org.organizationId === actor.organizationId) return null;
  let service: OfferCheck['service'] = null;
  if (org.serviceId) {
    const [s] = await db.query<NonNullable<OfferCheck['service']>>(
      `select s.id, s.key, s.name, s.summary, s.eligibility, s.open_without_benefit as "openWithoutBenefit",
         s.open_without_benefit_explanation as "openWithoutBenefitExplanation", s.how_to_apply as "howToApply", s.who_decides as "whoDecides",
         s.wait_time as "waitTime", s.cost_description as "costDescription",
         case when $2::text is null then null
              else s.area_scope = 'national' or s.area_codes && (select array[g.code, g.arbeidsmarktregio_code]::text[] from gemeente g where g.code = $2) end as "inArea"
       from service s where s.id = $1::uuid`,
      [org.serviceId, gemeenteCode],
    );
    service = s ?? null;
  }
  const [history] = await db.query<OfferCheck['history']>(
    `select count(*)::int as sent,
       count(*) filter (where state in ('verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'))::int as open,
       count(*) filter (where outcome in ('geholpen', 'aan-het-werk', 'opleiding-gestart', 'plaatsing-gestart'))::int as successful,
       count(*) filter (where outcome = 'geen-capaciteit' or reason in ('geen-plek', 'wachtlijst'))::int as "noCapacity",
       count(*) filter (where outcome = 'niet-in-aanmerking' or reason = 'niet-in-aanmerking')::int as "notEligible"
     from referral where sent_at > now() - interval '12 months'
       and case when $1::uuid is null then receiver_organization_id = $2::uuid else service_id = $1::uuid end`,
    [org.serviceId, org.organizationId],
  );
  const [open] = await db.query<{ n: number }>(
    `select count(*)::int as n from referral where person_id = $1::uuid and receiver_organization_id = $2::uuid
       and state in ('concept', 'verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd')`,
    [personId, org.organizationId],
  );
  const [visible] = await db.query<{ parts: RecordPart[] }>(
    `select array(select part from unnest(array['basis', 'verhaal', 'plan', 'contacten', 'doorverwijzingen']) part
       where inbeeld_may_see(p.id, p.owner_organization_id, part, $2::uuid, 'consulent')) as parts
     from person p where p.id = $1::uuid`,
    [personId, org.organizationId],
  );
  const { serviceId: _s, ...rest } = org;
  return {
    ...rest,
    service,
    policy: await referralPolicy(db, org.organizationId),
    history: history ?? { sent: 0, open: 0, successful: 0, noCapacity: 0, notEligible: 0 },
    openForPerson: open?.n ?? 0,
    alreadyVisible: visible?.parts ?? [],
  };
}
