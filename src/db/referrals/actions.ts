import { type Outcome, type Reason, type ReferralAction, type ReferralRole, type ReferralState, type TransitionInput, finalStates, transition } from '../../domain/referral.ts';
import { type Queryable } from '../client.ts';
import { type Actor, logProcessing } from '../persons.ts';
import { type Notice } from './send.ts';
import { ACCESS_AFTER_CLOSE_DAYS, type ReferralRow, TOKEN_PATTERN, type Tx, addEvent, caseworkerEmails, createExternalLink, isCaseworker, iso, lockReferral, tokenHash } from './shared.ts';

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
