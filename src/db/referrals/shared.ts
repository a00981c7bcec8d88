// Helpers shared by the referral queries: tokens, access checks in SQL,
// locking a referral and recording its events.
import { createHash, randomBytes } from 'node:crypto';
import { type Outcome, type Reason, type ReferralRole, type ReferralState } from '../../domain/referral.ts';
import { type Queryable } from '../client.ts';
import { type Actor, type RecordPart } from '../persons.ts';

export type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export type ConsentMethod = 'in-persoon' | 'telefonisch' | 'schriftelijk' | 'online';

export const DEFAULT_RESPONSE_WORKING_DAYS = 5;
export const DEFAULT_ESCALATION_WORKING_DAYS = 10;
/** Days the e-mailed link for an external receiver works. */
export const EXTERNAL_LINK_DAYS = 14;
/** Days the person's own link works. */
export const PERSON_LINK_DAYS = 90;
/** Days the receiver keeps access after a referral is closed (to finish its own records). */
export const ACCESS_AFTER_CLOSE_DAYS = 30;

export function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isCaseworker(actor: Actor): boolean {
  return (actor.role === 'consulent' || actor.role === 'teamleider') && actor.organizationId !== null;
}

/** SQL: may organisation `org` (as a consulent) see `part` of person p? */
export const mayOrg = (part: RecordPart, org: string) => `inbeeld_may_see(p.id, p.owner_organization_id, '${part}', ${org}, 'consulent')`;


export async function caseworkerEmails(tx: Queryable, organizationId: string): Promise<string[]> {
  const rows = await tx.query<{ email: string }>(
    `select email from account where organization_id = $1::uuid and role in ('consulent', 'teamleider') order by email`,
    [organizationId],
  );
  return rows.map((r) => r.email);
}

export async function usesInBeeld(tx: Queryable, organizationId: string): Promise<boolean> {
  return (await caseworkerEmails(tx, organizationId)).length > 0;
}

export interface ReferralRow {
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

export async function lockReferral(tx: Queryable, id: string): Promise<ReferralRow | null> {
  const [row] = await tx.query<ReferralRow>(`${referralRowSql} where r.id = $1::uuid for update of r`, [id]);
  return row ?? null;
}

export async function addEvent(tx: Queryable, referralId: string, e: { action: string; from: ReferralState | null; to: ReferralState; role: ReferralRole; accountId: string | null; organizationId: string | null; reason?: Reason | null; note?: string | null; outcome?: Outcome | null; followUp?: string | null }) {
  await tx.query(
    `insert into referral_event (referral_id, action, from_state, to_state, role, account_id, organization_id, reason, reason_note, outcome, follow_up_referral_id)
     values ($1::uuid, $2, $3, $4, $5, $6::uuid, $7::uuid, $8, $9, $10, $11::uuid)`,
    [referralId, e.action, e.from, e.to, e.role, e.accountId, e.organizationId, e.reason ?? null, e.note ?? null, e.outcome ?? null, e.followUp ?? null],
  );
}

export async function createExternalLink(tx: Queryable, referralId: string, email: string): Promise<string> {
  const token = newToken();
  await tx.query('update referral_link set revoked_at = now() where referral_id = $1::uuid and revoked_at is null', [referralId]);
  await tx.query(
    `insert into referral_link (token_hash, referral_id, email, expires_at) values ($1, $2::uuid, $3, now() + make_interval(days => $4))`,
    [tokenHash(token), referralId, email, EXTERNAL_LINK_DAYS],
  );
  return token;
}
