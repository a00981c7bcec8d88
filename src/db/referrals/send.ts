import { transition } from '../../domain/referral.ts';
import { addWorkingDays } from '../../domain/workdays.ts';
import { type Queryable } from '../client.ts';
import { type Actor, type RecordPart, logProcessing } from '../persons.ts';
import { referralPolicy } from './policy.ts';
import { type ConsentMethod, type ReferralRow, type Tx, addEvent, caseworkerEmails, createExternalLink, isCaseworker, lockReferral, usesInBeeld } from './shared.ts';

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
