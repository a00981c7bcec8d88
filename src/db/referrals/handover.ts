import { type Queryable } from '../client.ts';
import { type Actor, type RecordPart, logProcessing } from '../persons.ts';
import { type ConsentMethod, type Tx, caseworkerEmails, isCaseworker, iso } from './shared.ts';

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
