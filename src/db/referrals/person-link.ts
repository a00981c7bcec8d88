import { type Outcome, type ReferralState } from '../../domain/referral.ts';
import { type Queryable } from '../client.ts';
import { type Actor, logProcessing } from '../persons.ts';
import { PERSON_LINK_DAYS, TOKEN_PATTERN, type Tx, isCaseworker, iso, newToken, tokenHash } from './shared.ts';

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
