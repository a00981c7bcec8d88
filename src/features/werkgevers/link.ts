// The employer's own link: an expiring secret with which the employer's
// contact person keeps that employer's vacancies up to date and answers
// proposals, without an account (like the links of external referral
// partners). Only the sha256 of the secret is stored; a new link ends the old.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';

export const LINK_DAYS = 30;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function newEmployerLink(db: Queryable, employerId: string, email: string | null, accountId: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('update employer_link set revoked_at = now() where employer_id = $1 and revoked_at is null', [employerId]);
  await db.query(
    `insert into employer_link (token_hash, employer_id, email, expires_at, created_by) values ($1, $2, $3, now() + make_interval(days => $4), $5)`,
    [hash(token), employerId, email, LINK_DAYS, accountId],
  );
  return token;
}

export interface LinkedEmployer {
  employerId: string;
  employerName: string;
  organizationId: string;
  organizationName: string;
  expiresAt: string;
}

/** The employer a link belongs to, while it has not expired and was not replaced; null otherwise. */
export async function employerByLink(db: Queryable, token: string): Promise<LinkedEmployer | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db.query<LinkedEmployer>(
    `select e.id as "employerId", e.name as "employerName", e.organization_id as "organizationId", o.name as "organizationName",
       to_char(l.expires_at at time zone 'UTC', 'YYYY-MM-DD') as "expiresAt"
     from employer_link l join employer e on e.id = l.employer_id join organization o on o.id = e.organization_id
     where l.token_hash = $1 and l.revoked_at is null and l.expires_at > now()`,
    [hash(token)],
  );
  return row ?? null;
}
