// Warme overdracht: referrals between organisations, the handover of the
// fixed contact person, the person's own link and the report. Like
// src/db/persons.ts, every query that touches a person checks access in SQL
// with inbeeld_may_see and writes a processing-log line in the same
// transaction. The state machine is src/domain/referral.ts: every change of
// state goes through `transition` and is stored with its event.
import { createHash, randomBytes } from 'node:crypto';
import {
  finalStates,
  transition,
  type Outcome,
  type Reason,
  type ReferralAction,
  type ReferralRole,
  type ReferralState,
  type TransitionInput,
} from '../domain/referral.ts';
import { addWorkingDays, workingDaysBetween } from '../domain/workdays.ts';
import type { Queryable } from './client.ts';
import { logProcessing, type Actor, type RecordPart } from './persons.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export type ConsentMethod = 'in-persoon' | 'telefonisch' | 'schriftelijk' | 'online';

export const DEFAULT_RESPONSE_WORKING_DAYS = 5;
export const DEFAULT_ESCALATION_WORKING_DAYS = 10;
/** Days the e-mailed link for an external receiver works. */
export const EXTERNAL_LINK_DAYS = 14;
/** Days the person's own link works. */
export const PERSON_LINK_DAYS = 90;
/** Days the receiver keeps access after a referral is closed (to finish its own records). */
export const ACCESS_AFTER_CLOSE_DAYS = 30;

function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function isCaseworker(actor: Actor): boolean {
  return (actor.role === 'consulent' || actor.role === 'teamleider') && actor.organizationId !== null;
}

/** SQL: may organisation `org` (as a consulent) see `part` of person p? */
const mayOrg = (part: RecordPart, org: string) => `inbeeld_may_see(p.id, p.owner_organization_id, '${part}', ${org}, 'consulent')`;

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

// ---------------------------------------------------------------- creating and sending

export interface SendInput {
  parts: RecordPart[];
  consentMethod: ConsentMethod;
  /** Required when the receiver does not use InBeeld. */
  externalEmail: string | null;
}

export interface NewReferral {
  personId: string;
  serviceId: string | null;
  receiverOrganizationId: string;
  question: string;
  parts: RecordPart[];
  /** Send at once (with consent) or keep as a concept. */
  send: SendInput | null;
}

/** What the routes need to tell the other side (e-mail without personal data). */
export interface Notice {
  referralId: string;
  /** Addresses of the other side. */
  to: string[];
  kind: 'nieuw' | 'update' | 'extern-nieuw' | 'extern-update';
  /** For an external receiver: the one-time secret for the link. */
  token?: string;
}

export type SendFailure = { status: 'not-found' } | { status: 'invalid'; field: string; message: string };

async function caseworkerEmails(tx: Queryable, organizationId: string): Promise<string[]> {
  const rows = await tx.query<{ email: string }>(
    `select email from account where organization_id = $1::uuid and role in ('consulent', 'teamleider') order by email`,
    [organizationId],
  );
  return rows.map((r) => r.email);
}

async function usesInBeeld(tx: Queryable, organizationId: string): Promise<boolean> {
  return (await caseworkerEmails(tx, organizationId)).length > 0;
}

interface ReferralRow {
  id: string;
  personId: string;
  pseudonym: string;
  ownerOrganizationId: string;
  senderOrganizationId: string;
  senderAccountId: string | null;
  receiverOrganizationId: string;
  receiverName: string;
  serviceName: string | null;
  state: ReferralState;
  external: boolean;
  externalEmail: string | null;
  consentId: string | null;
  parts: RecordPart[];
  /** The receiving organisation may see the person's basis now (consent in force). */
  receiverMaySee: boolean;
}

const referralRowSql = `select r.id, r.person_id as "personId", p.pseudonym, p.owner_organization_id as "ownerOrganizationId",
    r.sender_organization_id as "senderOrganizationId", r.sender_account_id as "senderAccountId",
    r.receiver_organization_id as "receiverOrganizationId", ro.name as "receiverName", r.service_name as "serviceName",
    r.state, r.external, r.external_email as "externalEmail", r.consent_id as "consentId", r.parts,
    (p.erased_at is null and ${mayOrg('basis', 'r.receiver_organization_id')}) as "receiverMaySee"
  from referral r join person p on p.id = r.person_id join organization ro on ro.id = r.receiver_organization_id`;

async function lockReferral(tx: Queryable, id: string): Promise<ReferralRow | null> {
  const [row] = await tx.query<ReferralRow>(`${referralRowSql} where r.id = $1::uuid for update of r`, [id]);
  return row ?? null;
}

async function addEvent(tx: Queryable, referralId: string, e: { action: string; from: ReferralState | null; to: ReferralState; role: ReferralRole; accountId: string | null; organizationId: string | null; reason?: Reason | null; note?: string | null; outcome?: Outcome | null; followUp?: string | null }) {
  await tx.query(
    `insert into referral_event (referral_id, action, from_state, to_state, role, account_id, organization_id, reason, reason_note, outcome, follow_up_referral_id)
     values ($1::uuid, $2, $3, $4, $5, $6::uuid, $7::uuid, $8, $9, $10, $11::uuid)`,
    [referralId, e.action, e.from, e.to, e.role, e.accountId, e.organizationId, e.reason ?? null, e.note ?? null, e.outcome ?? null, e.followUp ?? null],
  );
}

async function createExternalLink(tx: Queryable, referralId: string, email: string): Promise<string> {
  const token = newToken();
  await tx.query('update referral_link set revoked_at = now() where referral_id = $1::uuid and revoked_at is null', [referralId]);
  await tx.query(
    `insert into referral_link (token_hash, referral_id, email, expires_at) values ($1, $2::uuid, $3, now() + make_interval(days => $4))`,
    [tokenHash(token), referralId, email, EXTERNAL_LINK_DAYS],
  );
  return token;
}

/**
 * Sends a concept: records the consent for the receiving organisation with
 * exactly the chosen parts, sets the response dates from the receiver's
 * policy, and for a receiver without InBeeld accounts makes the e-mailed link.
 */
async function sendInTx(tx: Queryable, actor: Actor, row: ReferralRow, input: SendInput, today: string): Promise<Notice | SendFailure> {
  const step = transition(row.state, 'versturen', 'sender');
  if (!step.ok) return { status: 'invalid', field: 'actie', message: step.error };
  if (row.ownerOrganizationId !== actor.organizationId) {
    return { status: 'invalid', field: 'actie', message: 'Versturen: alleen de organisatie van het dossier kan doorverwijzen, met toestemming van de persoon.' };
  }
  if (!input.parts.includes('basis')) return { status: 'invalid', field: 'parts', message: 'Gegevens die meegaan: de basisgegevens gaan altijd mee. Vink ze aan.' };
  const external = !(await usesInBeeld(tx, row.receiverOrganizationId));
  if (external && !input.externalEmail) {
    return { status: 'invalid', field: 'externalEmail', message: `E-mailadres van ${row.receiverName}: deze organisatie werkt niet met InBeeld. Vul het e-mailadres in waar de beveiligde link heen gaat.` };
  }
  const purpose = `Doorverwijzing naar ${row.receiverName}${row.serviceName ? `: ${row.serviceName}` : ''}`.slice(0, 300);
  const [consent] = await tx.query<{ id: string }>(
    `insert into consent (person_id, organization_id, parts, purpose, valid_from, method, recorded_by)
     values ($1::uuid, $2::uuid, $3::text[], $4, $5::date, $6, $7::uuid) returning id`,
    [row.personId, row.receiverOrganizationId, input.parts, purpose, today, input.consentMethod, actor.accountId],
  );
  const policy = await referralPolicy(tx, row.receiverOrganizationId);
  await tx.query(
    `update referral set state = 'verstuurd', parts = $2::text[], consent_id = $3::uuid, external = $4, external_email = $5,
       sent_at = now(), sent_on = $6::date, response_due = $7::date, escalation_due = $8::date, updated_at = now(),
       sender_account_id = coalesce(sender_account_id, $9::uuid)
     where id = $1::uuid`,
    [row.id, input.parts, consent!.id, external, external ? input.externalEmail : null, today,
      addWorkingDays(today, policy.responseWorkingDays), addWorkingDays(today, policy.escalationWorkingDays), actor.accountId],
  );
  await addEvent(tx, row.id, { action: 'versturen', from: row.state, to: 'verstuurd', role: 'sender', accountId: actor.accountId, organizationId: actor.organizationId });
  await logProcessing(tx, actor, 'toestemming.vastleggen', [row.pseudonym]);
  await logProcessing(tx, actor, 'persoon.wijzigen', [row.pseudonym]);
  if (external) {
    const token = await createExternalLink(tx, row.id, input.externalEmail!);
    return { referralId: row.id, to: [input.externalEmail!], kind: 'extern-nieuw', token };
  }
  return { referralId: row.id, to: await caseworkerEmails(tx, row.receiverOrganizationId), kind: 'nieuw' };
}

export type CreateResult = { status: 'ok'; id: string; notice: Notice | null } | SendFailure;

/** Creates a referral from the person's own organisation, as a concept or sent at once. */
export async function createReferral(db: Tx, actor: Actor, input: NewReferral, today: string): Promise<CreateResult> {
  if (!isCaseworker(actor)) return { status: 'not-found' };
  try {
    return await db.transaction(async (tx) => {
      const [person] = await tx.query<{ pseudonym: string }>(
        `select p.pseudonym from person p where p.id = $1::uuid and p.erased_at is null and p.owner_organization_id = $2::uuid
           and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)`,
        [input.personId, actor.organizationId, actor.role],
      );
      if (!person) return { status: 'not-found' } as const;
      const [target] = await tx.query<{ organizationId: string; serviceName: string | null }>(
        input.serviceId
          ? `select s.organization_id as "organizationId", s.name as "serviceName" from service s where s.id = $1::uuid and s.status = 'active'`
          : `select o.id as "organizationId", null as "serviceName" from organization o where o.id = $1::uuid and o.key <> 'je-gemeente'`,
        [input.serviceId ?? input.receiverOrganizationId],
      );
      if (!target || target.organizationId !== input.receiverOrganizationId) {
        return { status: 'invalid', field: 'target', message: 'Naar: kies een aanbod of organisatie uit de lijst.' } as const;
      }
      if (target.organizationId === actor.organizationId) {
        return { status: 'invalid', field: 'target', message: 'Naar: kies een andere organisatie dan je eigen organisatie. Binnen je organisatie draag je het vaste aanspreekpunt over.' } as const;
      }
      const [row] = await tx.query<{ id: string }>(
        `insert into referral (person_id, sender_organization_id, sender_account_id, receiver_organization_id, service_id, service_name, question, parts)
         values ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6, $7, $8::text[]) returning id`,
        [input.personId, actor.organizationId, actor.accountId, input.receiverOrganizationId, input.serviceId, target.serviceName, input.question, input.parts],
      );
      const id = row!.id;
      await addEvent(tx, id, { action: 'aanmaken', from: null, to: 'concept', role: 'sender', accountId: actor.accountId, organizationId: actor.organizationId });
      if (!input.send) {
        await logProcessing(tx, actor, 'persoon.wijzigen', [person.pseudonym]);
        return { status: 'ok', id, notice: null } as const;
      }
      const locked = await lockReferral(tx, id);
      const sent = await sendInTx(tx, actor, locked!, input.send, today);
      // A failed send leaves nothing behind: not even the concept.
      if ('status' in sent) throw new Rollback(sent);
      return { status: 'ok', id, notice: sent } as const;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

class Rollback extends Error {
  constructor(readonly result: SendFailure) {
    super('rollback');
  }
}

/** Sends a concept (the sender's organisation only). */
export async function sendReferral(db: Tx, actor: Actor, id: string, input: SendInput, today: string): Promise<{ status: 'ok'; notice: Notice } | SendFailure> {
  if (!isCaseworker(actor)) return { status: 'not-found' };
  try {
    return await db.transaction(async (tx) => {
      const row = await lockReferral(tx, id);
      if (!row || row.senderOrganizationId !== actor.organizationId) return { status: 'not-found' } as const;
      const sent = await sendInTx(tx, actor, row, input, today);
      if ('status' in sent) throw new Rollback(sent);
      return { status: 'ok', notice: sent } as const;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

// ---------------------------------------------------------------- changing state

export interface ActionInput extends TransitionInput {
  /** For the outcome "elders-verwezen": the organisation the person goes on to. */
  followUpOrganizationId?: string | null;
}

export type ActResult =
  | { status: 'ok'; state: ReferralState; notice: Notice | null; followUpId: string | null }
  | { status: 'not-found' }
  | { status: 'invalid'; field: string; message: string };

/**
 * One action on a referral by a consulent or teamleider of the sending or
 * the receiving organisation. The receiver acts only while it may see the
 * person (consent in force); otherwise the referral does not exist for it.
 */
export async function actOnReferral(db: Tx, actor: Actor, id: string, action: ReferralAction, input: ActionInput): Promise<ActResult> {
  if (!isCaseworker(actor)) return { status: 'not-found' };
  return db.transaction(async (tx) => {
    const row = await lockReferral(tx, id);
    if (!row) return { status: 'not-found' } as const;
    let role: ReferralRole;
    if (row.senderOrganizationId === actor.organizationId) role = 'sender';
    else if (row.receiverOrganizationId === actor.organizationId && !row.external && row.receiverMaySee) role = 'receiver';
    else return { status: 'not-found' } as const;
    if (action === 'versturen') {
      return { status: 'invalid', field: 'actie', message: 'Versturen: gebruik het formulier om te versturen. Daar kies je welke gegevens meegaan en leg je de toestemming vast.' } as const;
    }
    return applyAction(tx, row, role, action, input, { accountId: actor.accountId, organizationId: actor.organizationId, actor });
  });
}

async function applyAction(
  tx: Queryable,
  row: ReferralRow,
  role: ReferralRole,
  action: ReferralAction,
  input: ActionInput,
  who: { accountId: string | null; organizationId: string | null; actor: Actor },
): Promise<ActResult> {
  const wantsFollowUp = input.outcome === 'elders-verwezen';
  // Check first with a placeholder, so a refused action creates no follow-on referral.
  const check = transition(row.state, action, role, { ...input, followUpReferralId: wantsFollowUp && input.followUpOrganizationId ? 'nieuw' : null });
  if (!check.ok) return { status: 'invalid', field: check.field, message: check.error };
  let followUpId: string | null = null;
  if (check.change.outcome === 'elders-verwezen') {
    const target = input.followUpOrganizationId ?? '';
    const [org] = await tx.query<{ id: string }>(`select id from organization where id = $1::uuid and key <> 'je-gemeente'`, [target]);
    if (!org) return { status: 'invalid', field: 'followUp', message: 'Doorverwezen naar: kies een organisatie uit de lijst.' };
    const [owner] = await tx.query<{ owner: string }>('select owner_organization_id as owner from person where id = $1::uuid', [row.personId]);
    if (org.id === owner!.owner) {
      return { status: 'invalid', field: 'followUp', message: 'Doorverwezen naar: dit is de organisatie van het dossier zelf. Kies "Niet gelukt" of een andere uitkomst, en overleg met de verwijzer.' };
    }
    // The follow-on referral starts as a concept with the organisation of the
    // record: only it can ask the person for consent and send it.
    const [created] = await tx.query<{ id: string }>(
      `insert into referral (person_id, sender_organization_id, sender_account_id, receiver_organization_id, question, parts, previous_referral_id)
       select p.id, p.owner_organization_id, case when r.sender_organization_id = p.owner_organization_id then r.sender_account_id end,
         $2::uuid, $3, array['basis'], r.id
       from referral r join person p on p.id = r.person_id where r.id = $1::uuid returning id`,
      [row.id, org.id, `Doorverwezen door ${row.receiverName}. ${check.change.note ?? ''}`.trim().slice(0, 2000)],
    );
    followUpId = created!.id;
    await addEvent(tx, followUpId, { action: 'aanmaken', from: null, to: 'concept', role, accountId: who.accountId, organizationId: who.organizationId });
  }
  const result = transition(row.state, action, role, { ...input, followUpReferralId: followUpId });
  if (!result.ok) return { status: 'invalid', field: result.field, message: result.error };
  const c = result.change;
  const final = finalStates.includes(c.to);
  await tx.query(
    `update referral set state = $2, reason = $3, reason_note = $4, outcome = coalesce($5, outcome),
       follow_up_referral_id = coalesce($6::uuid, follow_up_referral_id), updated_at = now(),
       responded_at = case when $7 then coalesce(responded_at, now()) else responded_at end,
       closed_at = case when $8 then now() else closed_at end
     where id = $1::uuid`,
    [row.id, c.to, c.reason, c.note, c.outcome, c.followUpReferralId, action === 'accepteren' || action === 'afwijzen', final],
  );
  await addEvent(tx, row.id, { action, from: c.from, to: c.to, role, accountId: who.accountId, organizationId: who.organizationId, reason: c.reason, note: c.note, outcome: c.outcome, followUp: c.followUpReferralId });
  if (final && row.consentId) {
    // Purpose fulfilled: the receiver keeps access a short while to finish its own records.
    await tx.query(
      `update consent set valid_until = greatest(valid_from, current_date + $2::int)
       where id = $1::uuid and (valid_until is null or valid_until > current_date + $2::int)`,
      [row.consentId, ACCESS_AFTER_CLOSE_DAYS],
    );
  }
  await logProcessing(tx, who.actor, 'persoon.wijzigen', [row.pseudonym]);
  return { status: 'ok', state: c.to, notice: await noticeFor(tx, row, role), followUpId };
}

/** The other side of a change: the sender hears about the receiver's steps and the other way round. */
async function noticeFor(tx: Queryable, row: ReferralRow, role: ReferralRole): Promise<Notice | null> {
  if (role === 'sender') {
    if (row.state === 'concept') return null;
    if (row.external) return row.externalEmail ? { referralId: row.id, to: [row.externalEmail], kind: 'extern-update' } : null;
    return { referralId: row.id, to: await caseworkerEmails(tx, row.receiverOrganizationId), kind: 'update' };
  }
  const [sender] = await tx.query<{ email: string }>(`select email from account where id = $1::uuid`, [row.senderAccountId]);
  return { referralId: row.id, to: sender ? [sender.email] : await caseworkerEmails(tx, row.senderOrganizationId), kind: 'update' };
}

/** A new e-mailed link for an external receiver (the old one stops working). */
export async function renewExternalLink(db: Tx, actor: Actor, id: string): Promise<Notice | null> {
  if (!isCaseworker(actor)) return null;
  return db.transaction(async (tx) => {
    const row = await lockReferral(tx, id);
    if (!row || row.senderOrganizationId !== actor.organizationId || !row.external || !row.externalEmail || !row.receiverMaySee) return null;
    if (!['verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'].includes(row.state)) return null;
    const token = await createExternalLink(tx, row.id, row.externalEmail);
    await logProcessing(tx, actor, 'persoon.wijzigen', [row.pseudonym]);
    return { referralId: row.id, to: [row.externalEmail], kind: 'extern-nieuw', token };
  });
}

// ---------------------------------------------------------------- external receivers (e-mailed link)

export interface ExternalView {
  referralId: string;
  state: ReferralState;
  senderOrganizationName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  /** First name only, and the question: nothing more travels by link. Null once the referral is closed. */
  givenName: string | null;
  question: string | null;
  sentOn: string | null;
  responseDue: string | null;
  expiresAt: string;
  outcome: Outcome | null;
  reason: Reason | null;
}

export type ExternalLookup = { status: 'ok'; view: ExternalView } | { status: 'gone' } | { status: 'unknown' };

async function externalRow(tx: Queryable, token: string): Promise<{ row: ReferralRow; expiresAt: string } | 'gone' | 'unknown'> {
  if (!TOKEN_PATTERN.test(token)) return 'unknown';
  const [link] = await tx.query<{ referralId: string; live: boolean; expiresAt: string }>(
    `select referral_id as "referralId", (revoked_at is null and expires_at > now()) as live, ${iso('expires_at')} as "expiresAt"
     from referral_link where token_hash = $1`,
    [tokenHash(token)],
  );
  if (!link) return 'unknown';
  if (!link.live) return 'gone';
  const row = await lockReferral(tx, link.referralId);
  // Withdrawn consent (or an erased record) closes the link at once.
  if (!row || !row.external || !row.receiverMaySee) return 'gone';
  return { row, expiresAt: link.expiresAt };
}

export async function readExternal(db: Tx, token: string, traceId: string): Promise<ExternalLookup> {
  return db.transaction(async (tx) => {
    const found = await externalRow(tx, token);
    if (found === 'gone' || found === 'unknown') return { status: found };
    const { row, expiresAt } = found;
    const [view] = await tx.query<Omit<ExternalView, 'expiresAt'>>(
      `select r.id as "referralId", r.state, so.name as "senderOrganizationName", ro.name as "receiverOrganizationName", r.service_name as "serviceName",
         -- A closed referral shows only that it is closed: no first name, no question.
         case when r.state = any($2::text[]) then null else p.given_name end as "givenName",
         case when r.state = any($2::text[]) then null else r.question end as question,
         r.sent_on as "sentOn", r.response_due as "responseDue", r.outcome, r.reason
       from referral r join person p on p.id = r.person_id join organization so on so.id = r.sender_organization_id
       join organization ro on ro.id = r.receiver_organization_id where r.id = $1::uuid`,
      [row.id, finalStates],
    );
    if (view!.givenName !== null) {
      await logProcessing(tx, { accountId: null, organizationId: row.receiverOrganizationId, role: 'systeem', traceId }, 'persoon.lezen', [row.pseudonym]);
    }
    return { status: 'ok', view: { ...view!, expiresAt } };
  });
}

export async function actExternal(db: Tx, token: string, action: ReferralAction, input: ActionInput, traceId: string): Promise<ActResult | { status: 'gone' }> {
  return db.transaction(async (tx) => {
    const found = await externalRow(tx, token);
    if (found === 'unknown') return { status: 'not-found' } as const;
    if (found === 'gone') return { status: 'gone' } as const;
    return applyAction(tx, found.row, 'external', action, input, {
      accountId: null,
      organizationId: found.row.receiverOrganizationId,
      actor: { accountId: null, organizationId: found.row.receiverOrganizationId, role: 'systeem', traceId },
    });
  });
}

// ---------------------------------------------------------------- reading

export interface ReferralEvent {
  action: string;
  fromState: ReferralState | null;
  toState: ReferralState;
  role: ReferralRole;
  accountName: string | null;
  organizationName: string | null;
  reason: Reason | null;
  reasonNote: string | null;
  outcome: Outcome | null;
  occurredAt: string;
}

export interface LinkedReferral {
  id: string;
  receiverName: string;
  serviceName: string | null;
  state: ReferralState;
}

export interface ReferralDetail {
  id: string;
  personId: string;
  role: 'sender' | 'receiver';
  state: ReferralState;
  /** Null when the actor may not see the person (any more). */
  person: { givenName: string; familyName: string; birthYear: number | null; email: string | null; phone: string | null; story: string | null } | null;
  /** The receiving organisation may see the person now. False after consent was withdrawn or ended. */
  consentActive: boolean;
  consentWithdrawnAt: string | null;
  senderOrganizationId: string;
  senderOrganizationName: string;
  senderAccountName: string | null;
  receiverOrganizationId: string;
  receiverOrganizationName: string;
  serviceId: string | null;
  serviceKey: string | null;
  serviceName: string | null;
  question: string;
  parts: RecordPart[];
  external: boolean;
  externalEmail: string | null;
  linkExpiresAt: string | null;
  reason: Reason | null;
  reasonNote: string | null;
  outcome: Outcome | null;
  previous: LinkedReferral | null;
  followUp: LinkedReferral | null;
  createdAt: string;
  sentAt: string | null;
  sentOn: string | null;
  responseDue: string | null;
  escalationDue: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  escalated: boolean;
  events: ReferralEvent[];
}

/** One referral, for the sending or the receiving organisation; null (404) for anyone else. */
export async function readReferral(db: Tx, actor: Actor, id: string, today: string): Promise<ReferralDetail | null> {
  if (!isCaseworker(actor)) return null;
  return db.transaction(async (tx) => {
    const [r] = await tx.query<Omit<ReferralDetail, 'events' | 'previous' | 'followUp' | 'person' | 'role'> & {
      pseudonym: string; previousId: string | null; followUpId: string | null; senderSide: boolean; receiverSide: boolean; personVisible: boolean;
      givenName: string; familyName: string; birthYear: number | null; email: string | null; phone: string | null; story: string | null;
    }>(
      `select r.id, r.person_id as "personId", p.pseudonym, r.state,
         r.sender_organization_id = $2::uuid as "senderSide",
         r.receiver_organization_id = $2::uuid and not r.external as "receiverSide",
         inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3) and p.erased_at is null as "personVisible",
         p.given_name as "givenName", p.family_name as "familyName", p.birth_year as "birthYear", p.email, p.phone,
         case when inbeeld_may_see(p.id, p.owner_organization_id, 'verhaal', $2::uuid, $3) then p.story end as story,
         (p.erased_at is null and ${mayOrg('basis', 'r.receiver_organization_id')}) as "consentActive",
         ${iso('c.withdrawn_at')} as "consentWithdrawnAt",
         r.sender_organization_id as "senderOrganizationId", so.name as "senderOrganizationName", sa.name as "senderAccountName",
         r.receiver_organization_id as "receiverOrganizationId", ro.name as "receiverOrganizationName",
         r.service_id as "serviceId", s.key as "serviceKey", r.service_name as "serviceName", r.question, r.parts, r.external,
         r.external_email as "externalEmail",
         (select ${iso('max(l.expires_at)')} from referral_link l where l.referral_id = r.id and l.revoked_at is null) as "linkExpiresAt",
         r.reason, r.reason_note as "reasonNote", r.outcome, r.previous_referral_id as "previousId", r.follow_up_referral_id as "followUpId",
         ${iso('r.created_at')} as "createdAt", ${iso('r.sent_at')} as "sentAt", r.sent_on as "sentOn", r.response_due as "responseDue",
         r.escalation_due as "escalationDue", ${iso('r.responded_at')} as "respondedAt", ${iso('r.closed_at')} as "closedAt",
         (r.state = 'verstuurd' and r.response_due < $4::date) as overdue,
         (r.state = 'verstuurd' and r.escalation_due < $4::date) as escalated
       from referral r join person p on p.id = r.person_id
       join organization so on so.id = r.sender_organization_id join organization ro on ro.id = r.receiver_organization_id
       left join account sa on sa.id = r.sender_account_id left join service s on s.id = r.service_id
       left join consent c on c.id = r.consent_id
       where r.id = $1::uuid and $3 in ('consulent', 'teamleider')`,
      [id, actor.organizationId, actor.role, today],
    );
    if (!r) return null;
    // The receiver sees the referral only while the person's consent lets it see the record.
    if (!r.senderSide && !(r.receiverSide && r.personVisible)) return null;
    const events = await tx.query<ReferralEvent>(
      `select e.action, e.from_state as "fromState", e.to_state as "toState", e.role, a.name as "accountName", o.name as "organizationName",
         e.reason, e.reason_note as "reasonNote", e.outcome, ${iso('e.occurred_at')} as "occurredAt"
       from referral_event e left join account a on a.id = e.account_id left join organization o on o.id = e.organization_id
       where e.referral_id = $1::uuid order by e.id`,
      [id],
    );
    const linked = async (linkId: string | null): Promise<LinkedReferral | null> => {
      if (!linkId) return null;
      const [l] = await tx.query<LinkedReferral>(
        `select r.id, o.name as "receiverName", r.service_name as "serviceName", r.state from referral r join organization o on o.id = r.receiver_organization_id where r.id = $1::uuid`,
        [linkId],
      );
      return l ?? null;
    };
    if (r.personVisible) await logProcessing(tx, actor, 'persoon.lezen', [r.pseudonym]);
    const { pseudonym: _p, previousId, followUpId, senderSide, receiverSide: _r, personVisible, givenName, familyName, birthYear, email, phone, story, ...rest } = r;
    return {
      ...rest,
      role: senderSide ? 'sender' : 'receiver',
      person: personVisible ? { givenName, familyName, birthYear, email, phone, story } : null,
      previous: await linked(previousId),
      followUp: await linked(followUpId),
      events,
    };
  });
}

export interface ReferralListItem {
  id: string;
  personId: string;
  /** Null when the actor may not see the person (consent withdrawn, or the record moved). */
  givenName: string | null;
  familyName: string | null;
  state: ReferralState;
  senderOrganizationName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  external: boolean;
  sentOn: string | null;
  responseDue: string | null;
  escalationDue: string | null;
  updatedAt: string;
  outcome: Outcome | null;
  reason: Reason | null;
  overdue: boolean;
  escalated: boolean;
  consentActive: boolean;
}

const listColumns = (org: string, role: string, today: string) => `r.id, r.person_id as "personId", p.pseudonym,
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.given_name end as "givenName",
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.family_name end as "familyName",
  r.state, so.name as "senderOrganizationName", ro.name as "receiverOrganizationName", r.service_name as "serviceName", r.external,
  r.sent_on as "sentOn", r.response_due as "responseDue", r.escalation_due as "escalationDue", ${iso('r.updated_at')} as "updatedAt",
  r.outcome, r.reason,
  (r.state = 'verstuurd' and r.response_due < ${today}) as overdue,
  (r.state = 'verstuurd' and r.escalation_due < ${today}) as escalated,
  (p.erased_at is null and ${mayOrg('basis', 'r.receiver_organization_id')}) as "consentActive"`;

const listFrom = `from referral r join person p on p.id = r.person_id
  join organization so on so.id = r.sender_organization_id join organization ro on ro.id = r.receiver_organization_id`;

async function logList(tx: Queryable, actor: Actor, rows: Array<ReferralListItem & { pseudonym: string }>): Promise<ReferralListItem[]> {
  await logProcessing(tx, actor, 'persoon.lijst', [...new Set(rows.filter((r) => r.givenName !== null).map((r) => r.pseudonym))]);
  return rows.map(({ pseudonym: _p, ...r }) => r);
}

/** The sender's overview: every referral the organisation sent or prepared, newest change first. */
export async function sentReferrals(db: Tx, actor: Actor, today: string): Promise<ReferralListItem[]> {
  if (!isCaseworker(actor)) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
      `select ${listColumns('$1::uuid', '$2', '$3::date')} ${listFrom}
       where r.sender_organization_id = $1::uuid
         and (r.closed_at is null or r.closed_at > now() - interval '90 days')
       order by r.updated_at desc limit 500`,
      [actor.organizationId, actor.role, today],
    );
    return logList(tx, actor, rows);
  });
}

/**
 * The receiver's inbox: referrals to the organisation in InBeeld. A referral
 * whose consent was withdrawn stays as a line without any personal data, so
 * the receiver knows why it disappeared.
 */
export async function receivedReferrals(db: Tx, actor: Actor, today: string): Promise<ReferralListItem[]> {
  if (!isCaseworker(actor)) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
      `select ${listColumns('$1::uuid', '$2', '$3::date')} ${listFrom}
       where r.receiver_organization_id = $1::uuid and not r.external and r.state <> 'concept'
         and (r.closed_at is null or r.closed_at > now() - interval '30 days')
       order by r.sent_at desc limit 500`,
      [actor.organizationId, actor.role, today],
    );
    // Without consent the receiver sees no person: not even an id in the list.
    return logList(tx, actor, rows.map((r) => (r.givenName === null ? { ...r, personId: '' } : r)));
  });
}

export interface OverdueReferral {
  /** For a signals list: this kind, since the response date. */
  kind: 'doorverwijzing-onbeantwoord';
  since: string;
  id: string;
  personId: string;
  givenName: string;
  familyName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  sentOn: string;
  responseDue: string;
  escalationDue: string;
  escalated: boolean;
  /** Working days past the response date. */
  workingDaysLate: number;
  /** Dutch (B1): what is late and by how much. */
  detail: string;
  actionPath: string;
  actionLabel: string;
}

/**
 * Referrals the actor's organisation sent that were not answered in time: a
 * signal for the sender. `today` is an ISO date. Sorted oldest response date
 * first. Logs one processing-log line per person (pass log: false when the
 * same request already logged them).
 */
export async function overdueReferrals(db: Tx, actor: Actor, today: string, options: { log?: boolean } = {}): Promise<OverdueReferral[]> {
  if (!isCaseworker(actor)) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<Omit<OverdueReferral, 'kind' | 'since' | 'workingDaysLate' | 'detail' | 'actionPath' | 'actionLabel'> & { pseudonym: string }>(
      `select r.id, r.person_id as "personId", p.pseudonym, p.given_name as "givenName", p.family_name as "familyName",
         ro.name as "receiverOrganizationName", r.service_name as "serviceName", r.sent_on as "sentOn", r.response_due as "responseDue",
         r.escalation_due as "escalationDue", r.escalation_due < $3::date as escalated
       from referral r join person p on p.id = r.person_id join organization ro on ro.id = r.receiver_organization_id
       where r.sender_organization_id = $1::uuid and r.state = 'verstuurd' and r.response_due < $3::date and p.erased_at is null
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
         and ${mayOrg('basis', 'r.receiver_organization_id')}
       order by r.response_due, p.family_name, p.given_name`,
      [actor.organizationId, actor.role, today],
    );
    if (options.log !== false) await logProcessing(tx, actor, 'persoon.lijst', [...new Set(rows.map((r) => r.pseudonym))]);
    return rows.map(({ pseudonym: _p, ...r }) => {
      const late = workingDaysBetween(r.responseDue, today);
      const what = r.serviceName ? `${r.receiverOrganizationName} (${r.serviceName})` : r.receiverOrganizationName;
      const detail = r.escalated
        ? `${what} heeft na ${workingDaysBetween(r.sentOn, today)} werkdagen nog niet geantwoord. De termijn liep af op ${dutchDate(r.responseDue)}. Bel de organisatie of verwijs door naar een ander aanbod.`
        : `${what} heeft nog niet geantwoord. De termijn liep af op ${dutchDate(r.responseDue)}: ${late === 1 ? '1 werkdag' : `${late} werkdagen`} geleden.`;
      return { kind: 'doorverwijzing-onbeantwoord' as const, since: r.responseDue, ...r, workingDaysLate: late, detail, actionPath: `/doorverwijzingen/${r.id}`, actionLabel: r.escalated ? 'Opvolgen (termijn ruim voorbij)' : 'Doorverwijzing bekijken' };
    });
  });
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export function dutchDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${Number(d)} ${monthNames[Number(m) - 1] ?? m} ${y}`;
}

/** The referrals of one person: all for the owner; for another organisation only with consent for "doorverwijzingen". */
export async function personReferrals(tx: Queryable, actor: Actor, personId: string, today: string): Promise<ReferralListItem[] | null> {
  const [visible] = await tx.query<{ ok: boolean }>(
    `select inbeeld_may_see(p.id, p.owner_organization_id, 'doorverwijzingen', $2::uuid, $3) and p.erased_at is null as ok from person p where p.id = $1::uuid`,
    [personId, actor.organizationId, actor.role],
  );
  if (!visible?.ok) return null;
  const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
    `select ${listColumns('$2::uuid', '$3', '$4::date')} ${listFrom} where r.person_id = $1::uuid order by r.created_at desc`,
    [personId, actor.organizationId, actor.role, today],
  );
  return rows.map(({ pseudonym: _p, ...r }) => r);
}

// ---------------------------------------------------------------- report (for the monitor)

export interface ReportRow {
  receiverOrganizationId: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  state: ReferralState;
  outcome: Outcome | null;
  reason: Reason | null;
  count: number;
}

/**
 * Referrals by outcome and by reason of failure, per receiving organisation
 * and offer: every referral the actor's organisation sent or received and
 * that was sent in [from, to]. Counts only; no person data.
 */
export async function referralReport(db: Queryable, actor: Actor, period: { from: string; to: string }): Promise<ReportRow[]> {
  if (!['consulent', 'teamleider', 'beleidsmedewerker'].includes(actor.role) || !actor.organizationId) return [];
  return db.query<ReportRow>(
    `select r.receiver_organization_id as "receiverOrganizationId", o.name as "receiverOrganizationName", r.service_name as "serviceName",
       r.state, r.outcome, case when r.state in ('afgewezen', 'niet_gelukt', 'ingetrokken') then r.reason end as reason, count(*)::int as count
     from referral r join organization o on o.id = r.receiver_organization_id
     where (r.sender_organization_id = $1::uuid or r.receiver_organization_id = $1::uuid)
       and r.sent_on between $2::date and $3::date
     group by 1, 2, 3, 4, 5, 6
     order by o.name, r.service_name nulls first, r.state, r.outcome nulls first, 6 nulls first`,
    [actor.organizationId, period.from, period.to],
  );
}

// ---------------------------------------------------------------- handover of the contact person

export interface HandoverItem {
  id: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  fromOrganizationName: string;
  fromAccountName: string | null;
  toOrganizationId: string;
  toOrganizationName: string;
  toAccountName: string | null;
  betweenOrganizations: boolean;
  note: string | null;
  status: 'voorgesteld' | 'geaccepteerd' | 'afgewezen' | 'ingetrokken';
  proposedByName: string | null;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  declineReason: string | null;
}

const handoverColumns = (org: string, role: string) => `h.id, h.person_id as "personId",
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.given_name end as "givenName",
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.family_name end as "familyName",
  fo.name as "fromOrganizationName", fa.name as "fromAccountName", h.to_organization_id as "toOrganizationId", tor.name as "toOrganizationName",
  ta.name as "toAccountName", h.from_organization_id <> h.to_organization_id as "betweenOrganizations", h.note, h.status,
  pb.name as "proposedByName", ${iso('h.proposed_at')} as "proposedAt", db.name as "decidedByName", ${iso('h.decided_at')} as "decidedAt",
  h.decline_reason as "declineReason"`;

const handoverFrom = `from contact_handover h join person p on p.id = h.person_id
  join organization fo on fo.id = h.from_organization_id join organization tor on tor.id = h.to_organization_id
  left join account fa on fa.id = h.from_account_id left join account ta on ta.id = h.to_account_id
  left join account pb on pb.id = h.proposed_by left join account db on db.id = h.decided_by`;

export interface HandoverInput {
  /** Within the organisation: the colleague who becomes the contact person. */
  toAccountId: string | null;
  /** Between organisations: the organisation that takes over (with consent). */
  toOrganizationId: string | null;
  parts: RecordPart[];
  consentMethod: ConsentMethod | null;
  note: string | null;
}

export type HandoverResult =
  | { status: 'ok'; id: string; notice: { to: string[] } }
  | { status: 'not-found' }
  | { status: 'invalid'; field: string; message: string };

/**
 * Proposes a new fixed contact person. The current one stays until the new
 * one accepts. To another organisation it needs the person's consent (at
 * least the basis), recorded here, so the new organisation can see whom it
 * is asked to take over.
 */
export async function proposeHandover(db: Tx, actor: Actor, personId: string, input: HandoverInput, today: string): Promise<HandoverResult> {
  if (!isCaseworker(actor)) return { status: 'not-found' };
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string; contactPersonId: string | null }>(
      `select p.pseudonym, p.contact_person_id as "contactPersonId" from person p
       where p.id = $1::uuid and p.erased_at is null and p.owner_organization_id = $2::uuid and p.caseload <> 'beeindigd'
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return { status: 'not-found' } as const;
    const [open] = await tx.query(`select 1 from contact_handover where person_id = $1::uuid and status = 'voorgesteld'`, [personId]);
    if (open) return { status: 'invalid', field: 'handover', message: 'Overdracht: er staat al een overdracht open. Wacht op het antwoord, of trek die eerst in.' } as const;
    let toOrg = actor.organizationId!;
    let consentId: string | null = null;
    let to: string[];
    if (input.toAccountId) {
      const [colleague] = await tx.query<{ email: string }>(
        `select email from account where id = $1::uuid and organization_id = $2::uuid and role in ('consulent', 'teamleider')`,
        [input.toAccountId, actor.organizationId],
      );
      if (!colleague) return { status: 'invalid', field: 'toAccountId', message: 'Nieuwe contactpersoon: kies een collega uit de lijst.' } as const;
      if (input.toAccountId === person.contactPersonId) {
        return { status: 'invalid', field: 'toAccountId', message: 'Nieuwe contactpersoon: deze collega is al het vaste aanspreekpunt.' } as const;
      }
      to = [colleague.email];
    } else {
      const [org] = await tx.query<{ id: string; name: string }>(
        `select o.id, o.name from organization o where o.id = $1::uuid and o.id <> $2::uuid
           and exists (select 1 from account a where a.organization_id = o.id and a.role in ('consulent', 'teamleider'))`,
        [input.toOrganizationId, actor.organizationId],
      );
      if (!org) return { status: 'invalid', field: 'toOrganizationId', message: 'Nieuwe organisatie: kies een organisatie uit de lijst. Alleen organisaties die met InBeeld werken kunnen een dossier overnemen.' } as const;
      if (!input.parts.includes('basis')) return { status: 'invalid', field: 'handoverParts', message: 'Gegevens die meegaan: de basisgegevens gaan altijd mee. Vink ze aan.' } as const;
      if (!input.consentMethod) return { status: 'invalid', field: 'handoverConsent', message: 'Toestemming: kies hoe de persoon toestemming gaf voor de overdracht.' } as const;
      toOrg = org.id;
      const [consent] = await tx.query<{ id: string }>(
        `insert into consent (person_id, organization_id, parts, purpose, valid_from, method, recorded_by)
         values ($1::uuid, $2::uuid, $3::text[], $4, $5::date, $6, $7::uuid) returning id`,
        [personId, org.id, input.parts, `Overdracht van het vaste aanspreekpunt naar ${org.name}`.slice(0, 300), today, input.consentMethod, actor.accountId],
      );
      consentId = consent!.id;
      await logProcessing(tx, actor, 'toestemming.vastleggen', [person.pseudonym]);
      to = await caseworkerEmails(tx, org.id);
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into contact_handover (person_id, from_organization_id, from_account_id, to_organization_id, to_account_id, consent_id, note, proposed_by)
       values ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7, $8::uuid) returning id`,
      [personId, actor.organizationId, person.contactPersonId, toOrg, input.toAccountId, consentId, input.note, actor.accountId],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [person.pseudonym]);
    return { status: 'ok', id: row!.id, notice: { to } } as const;
  });
}

export type HandoverDecision = { kind: 'accepteren' } | { kind: 'afwijzen'; reason: string } | { kind: 'intrekken' };

/**
 * The new contact person accepts (then, and only then, the old one is
 * released; between organisations the record moves to the new
 * organisation), declines with a reason, or the proposing organisation
 * withdraws the proposal.
 */
export async function decideHandover(db: Tx, actor: Actor, id: string, decision: HandoverDecision): Promise<{ status: 'ok'; personId: string; notice: { to: string[] } } | { status: 'not-found' }> {
  if (!isCaseworker(actor)) return { status: 'not-found' };
  return db.transaction(async (tx) => {
    const [h] = await tx.query<{ personId: string; pseudonym: string; fromOrg: string; toOrg: string; toAccount: string | null; owner: string; proposedBy: string | null; canSee: boolean }>(
      `select h.person_id as "personId", p.pseudonym, h.from_organization_id as "fromOrg", h.to_organization_id as "toOrg",
         h.to_account_id as "toAccount", p.owner_organization_id as owner, h.proposed_by as "proposedBy",
         inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3) and p.erased_at is null as "canSee"
       from contact_handover h join person p on p.id = h.person_id
       where h.id = $1::uuid and h.status = 'voorgesteld' for update of h`,
      [id, actor.organizationId, actor.role],
    );
    if (!h || !h.canSee) return { status: 'not-found' } as const;
    const proposer = async () => {
      const [a] = await tx.query<{ email: string }>('select email from account where id = $1::uuid', [h.proposedBy]);
      return a ? [a.email] : await caseworkerEmails(tx, h.fromOrg);
    };
    if (decision.kind === 'intrekken') {
      if (actor.organizationId !== h.fromOrg) return { status: 'not-found' } as const;
      await tx.query(`update contact_handover set status = 'ingetrokken', decided_by = $2::uuid, decided_at = now() where id = $1::uuid`, [id, actor.accountId]);
      await logProcessing(tx, actor, 'persoon.wijzigen', [h.pseudonym]);
      const to = h.toAccount ? (await tx.query<{ email: string }>('select email from account where id = $1::uuid', [h.toAccount])).map((a) => a.email) : await caseworkerEmails(tx, h.toOrg);
      return { status: 'ok', personId: h.personId, notice: { to } } as const;
    }
    // Only the named colleague, or (between organisations) a consulent or teamleider of the new organisation.
    const mine = h.toAccount ? h.toAccount === actor.accountId : h.toOrg === actor.organizationId;
    if (!mine || h.owner !== h.fromOrg) return { status: 'not-found' } as const;
    if (decision.kind === 'afwijzen') {
      await tx.query(
        `update contact_handover set status = 'afgewezen', decided_by = $2::uuid, decided_at = now(), decline_reason = $3 where id = $1::uuid`,
        [id, actor.accountId, decision.reason],
      );
      await logProcessing(tx, actor, 'persoon.wijzigen', [h.pseudonym]);
      return { status: 'ok', personId: h.personId, notice: { to: await proposer() } } as const;
    }
    const [before] = await tx.query<{ contactPersonId: string | null }>('select contact_person_id as "contactPersonId" from person where id = $1::uuid', [h.personId]);
    await tx.query(
      `update person set contact_person_id = $2::uuid, owner_organization_id = $3::uuid, updated_at = now() where id = $1::uuid`,
      [h.personId, actor.accountId, h.toOrg],
    );
    await tx.query(
      `insert into contact_person_change (person_id, from_account_id, to_account_id, changed_by, note) values ($1::uuid, $2::uuid, $3::uuid, $3::uuid, $4)`,
      [h.personId, before?.contactPersonId ?? null, actor.accountId, h.toOrg === h.fromOrg ? 'Warme overdracht: de nieuwe contactpersoon heeft geaccepteerd' : 'Warme overdracht naar een andere organisatie: de nieuwe contactpersoon heeft geaccepteerd'],
    );
    await tx.query(`update contact_handover set status = 'geaccepteerd', decided_by = $2::uuid, decided_at = now() where id = $1::uuid`, [id, actor.accountId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [h.pseudonym]);
    return { status: 'ok', personId: h.personId, notice: { to: await proposer() } } as const;
  });
}

/** Open proposals for the actor: as the named colleague, or for the actor's organisation (between organisations). */
export async function handoversForMe(db: Tx, actor: Actor): Promise<HandoverItem[]> {
  if (!isCaseworker(actor)) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<HandoverItem & { pseudonym: string }>(
      `select ${handoverColumns('$1::uuid', '$2')}, p.pseudonym ${handoverFrom}
       where h.status = 'voorgesteld' and p.erased_at is null
         and (h.to_account_id = $3::uuid or (h.to_account_id is null and h.to_organization_id = $1::uuid))
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
       order by h.proposed_at`,
      [actor.organizationId, actor.role, actor.accountId],
    );
    await logProcessing(tx, actor, 'persoon.lijst', rows.map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

/** Open proposals the actor's organisation made, waiting for the other side. */
export async function handoversProposedBy(db: Tx, actor: Actor): Promise<HandoverItem[]> {
  if (!isCaseworker(actor)) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<HandoverItem & { pseudonym: string }>(
      `select ${handoverColumns('$1::uuid', '$2')}, p.pseudonym ${handoverFrom}
       where h.status = 'voorgesteld' and h.from_organization_id = $1::uuid and p.erased_at is null
       order by h.proposed_at`,
      [actor.organizationId, actor.role],
    );
    await logProcessing(tx, actor, 'persoon.lijst', rows.filter((r) => r.givenName !== null).map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

export async function handoversOfPerson(tx: Queryable, actor: Actor, personId: string): Promise<HandoverItem[]> {
  return tx.query<HandoverItem>(
    `select ${handoverColumns('$2::uuid', '$3')} ${handoverFrom}
     where h.person_id = $1::uuid and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)
     order by h.proposed_at desc limit 20`,
    [personId, actor.organizationId, actor.role],
  );
}

// ---------------------------------------------------------------- the person's own link

export interface PersonLinkState {
  active: boolean;
  expiresAt: string | null;
  createdAt: string | null;
}

export async function personLinkState(tx: Queryable, personId: string): Promise<PersonLinkState> {
  const [row] = await tx.query<{ expiresAt: string; createdAt: string }>(
    `select ${iso('expires_at')} as "expiresAt", ${iso('created_at')} as "createdAt" from person_link
     where person_id = $1::uuid and revoked_at is null and expires_at > now() order by created_at desc limit 1`,
    [personId],
  );
  return row ? { active: true, ...row } : { active: false, expiresAt: null, createdAt: null };
}

/** A new personal link (earlier ones stop working). Only the organisation of the record makes one. */
export async function createPersonLink(db: Tx, actor: Actor, personId: string): Promise<{ token: string; expiresAt: string } | null> {
  if (!isCaseworker(actor)) return null;
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string }>(
      `select p.pseudonym from person p where p.id = $1::uuid and p.erased_at is null and p.owner_organization_id = $2::uuid
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return null;
    await tx.query('update person_link set revoked_at = now() where person_id = $1::uuid and revoked_at is null', [personId]);
    const token = newToken();
    const [row] = await tx.query<{ expiresAt: string }>(
      `insert into person_link (token_hash, person_id, created_by, expires_at) values ($1, $2::uuid, $3::uuid, now() + make_interval(days => $4))
       returning ${iso('expires_at')} as "expiresAt"`,
      [tokenHash(token), personId, actor.accountId, PERSON_LINK_DAYS],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [person.pseudonym]);
    return { token, expiresAt: row!.expiresAt };
  });
}

export async function revokePersonLinks(db: Tx, actor: Actor, personId: string): Promise<boolean> {
  if (!isCaseworker(actor)) return false;
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string }>(
      `select p.pseudonym from person p where p.id = $1::uuid and p.owner_organization_id = $2::uuid
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return false;
    await tx.query('update person_link set revoked_at = now() where person_id = $1::uuid and revoked_at is null', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [person.pseudonym]);
    return true;
  });
}

export interface PersonOverview {
  givenName: string;
  ownerOrganizationName: string;
  contactPersonName: string | null;
  contactPersonOrganizationName: string | null;
  expiresAt: string;
  referrals: Array<{ organizationName: string; serviceName: string | null; state: ReferralState; outcome: Outcome | null; sentOn: string | null; updatedAt: string }>;
  /** A proposed new contact person, not yet accepted. */
  pendingHandover: { toOrganizationName: string } | null;
}

/** What the person sees through their own link. Reading it is logged as inzage by the person. */
export async function personOverview(db: Tx, token: string, traceId: string): Promise<PersonOverview | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Omit<PersonOverview, 'referrals' | 'pendingHandover'> & { personId: string; pseudonym: string }>(
      `select p.id as "personId", p.pseudonym, p.given_name as "givenName", o.name as "ownerOrganizationName",
         a.name as "contactPersonName", ao.name as "contactPersonOrganizationName", ${iso('l.expires_at')} as "expiresAt"
       from person_link l join person p on p.id = l.person_id join organization o on o.id = p.owner_organization_id
       left join account a on a.id = p.contact_person_id left join organization ao on ao.id = a.organization_id
       where l.token_hash = $1 and l.revoked_at is null and l.expires_at > now() and p.erased_at is null`,
      [tokenHash(token)],
    );
    if (!row) return null;
    const referrals = await tx.query<PersonOverview['referrals'][number]>(
      `select o.name as "organizationName", r.service_name as "serviceName", r.state, r.outcome, r.sent_on as "sentOn", ${iso('r.updated_at')} as "updatedAt"
       from referral r join organization o on o.id = r.receiver_organization_id
       where r.person_id = $1::uuid and r.state <> 'concept' order by coalesce(r.sent_at, r.created_at) desc`,
      [row.personId],
    );
    const [pending] = await tx.query<{ toOrganizationName: string }>(
      `select o.name as "toOrganizationName" from contact_handover h join organization o on o.id = h.to_organization_id
       where h.person_id = $1::uuid and h.status = 'voorgesteld'`,
      [row.personId],
    );
    await logProcessing(tx, { accountId: null, organizationId: null, role: 'systeem', traceId }, 'persoon.inzage', [row.pseudonym]);
    const { personId: _i, pseudonym: _p, ...rest } = row;
    return { ...rest, referrals, pendingHandover: pending ?? null };
  });
}

/** The person turns their link off. */
export async function revokePersonLinkByToken(db: Queryable, token: string): Promise<boolean> {
  if (!TOKEN_PATTERN.test(token)) return false;
  const rows = await db.query(`update person_link set revoked_at = now() where token_hash = $1 and revoked_at is null returning 1`, [tokenHash(token)]);
  return rows.length > 0;
}

/** Colleagues who can become the contact person (the actor's organisation). */
export async function handoverColleagues(db: Queryable, actor: Actor): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `select id, name from account where organization_id = $1::uuid and role in ('consulent', 'teamleider') order by name`,
    [actor.organizationId],
  );
}

/** Organisations that work with InBeeld (can take over a record). */
export async function handoverOrganizations(db: Queryable, actor: Actor): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `select o.id, o.name from organization o where o.id is distinct from $1::uuid
       and exists (select 1 from account a where a.organization_id = o.id and a.role in ('consulent', 'teamleider')) order by o.name`,
    [actor.organizationId],
  );
}

/** The newest Rechtencheck code the person gave with a request for contact, if any. */
export async function rechtencheckCodeOf(db: Queryable, actor: Actor, personId: string): Promise<string | null> {
  const [row] = await db.query<{ code: string }>(
    `select r.rechtencheck_code as code from self_registration r join person p on p.id = r.person_id
     where r.person_id = $1::uuid and r.rechtencheck_code is not null
       and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)
     order by r.created_at desc limit 1`,
    [personId, actor.organizationId, actor.role],
  );
  return row?.code ?? null;
}

/** How many referrals wait for the organisation's first answer (no person data). */
export async function newReceivedCount(db: Queryable, actor: Actor): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from referral where receiver_organization_id = $1::uuid and state = 'verstuurd' and not external`,
    [actor.organizationId],
  );
  return row?.n ?? 0;
}
