// The intake, the fixed contact person and the end of support.
// Every query checks access with inbeeld_may_see and writes a processing-log line (src/db/persons.ts).
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible, type CameIntoView, type EndReason, type NoBenefitReason } from './labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

// ---------------------------------------------------------------- intake and contact person

export interface IntakeInput {
  cameIntoViewVia: CameIntoView | null;
  noBenefitReason: NoBenefitReason | null;
  story: string | null;
  limitationEffect: string | null;
  /** Kinds of limitation as the person describes them (codes of limitationKinds); empty when not asked. */
  limitationKinds: string[];
  helpKinds: string[];
  caseload: 'actief' | 'passief';
}

export interface Intake extends IntakeInput {
  contactPersonId: string | null;
  contactPersonName: string | null;
  endReason: EndReason | null;
  endedAt: string | null;
}

export async function readIntake(tx: Queryable, actor: Actor, personId: string): Promise<Intake | null> {
  const [row] = await tx.query<Intake>(
    `select p.came_into_view_via as "cameIntoViewVia", p.no_benefit_reason as "noBenefitReason",
       case when inbeeld_may_see(p.id, p.owner_organization_id, 'verhaal', $2::uuid, $3) then p.story end as story,
       case when inbeeld_may_see(p.id, p.owner_organization_id, 'verhaal', $2::uuid, $3) then p.limitation_effect end as "limitationEffect",
       case when inbeeld_may_see(p.id, p.owner_organization_id, 'verhaal', $2::uuid, $3) then p.limitation_kinds else '{}'::text[] end as "limitationKinds",
       p.help_kinds as "helpKinds", p.caseload, p.contact_person_id as "contactPersonId", a.name as "contactPersonName",
       p.end_reason as "endReason", to_char(p.ended_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endedAt"
     from person p left join account a on a.id = p.contact_person_id
     where p.id = $1 and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)`,
    [personId, actor.organizationId, actor.role],
  );
  return row ?? null;
}

export async function saveIntake(db: Tx, actor: Actor, personId: string, input: IntakeInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'verhaal', true);
    if (!pseudonym) return false;
    await tx.query(
      `update person set came_into_view_via = $2, no_benefit_reason = $3, story = $4, limitation_effect = $5,
         help_kinds = $6::text[], caseload = case when caseload = 'beeindigd' then caseload else $7 end, limitation_kinds = $8::text[], updated_at = now()
       where id = $1`,
      [personId, input.cameIntoViewVia, input.noBenefitReason, input.story, input.limitationEffect, input.helpKinds, input.caseload, input.limitationKinds],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

export async function changeContactPerson(tx: Queryable, actor: Actor, personId: string, toAccountId: string | null, note: string | null): Promise<void> {
  const [before] = await tx.query<{ contactPersonId: string | null }>('select contact_person_id as "contactPersonId" from person where id = $1', [personId]);
  await tx.query('update person set contact_person_id = $2, updated_at = now() where id = $1', [personId, toAccountId]);
  await tx.query(
    `insert into contact_person_change (person_id, from_account_id, to_account_id, changed_by, note) values ($1, $2, $3, $4, $5)`,
    [personId, before?.contactPersonId ?? null, toAccountId, actor.accountId, note],
  );
}

/** Colleagues of the actor's organisation who can be contact person. */
export async function colleagues(db: Queryable, actor: Actor): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `select id, name from account where organization_id = $1::uuid and role in ('consulent', 'teamleider') order by name`,
    [actor.organizationId],
  );
}

/**
 * The first contact person is set at once. A change goes through a handover
 * that the new contact person accepts (src/db/referrals/handover.ts), so there is never
 * a moment without one.
 */
export async function setContactPerson(db: Tx, actor: Actor, personId: string, accountId: string, note: string | null): Promise<'ok' | 'not-found' | 'not-colleague' | 'has-contact-person'> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return 'not-found';
    const [current] = await tx.query<{ id: string | null }>('select contact_person_id as id from person where id = $1', [personId]);
    if (current?.id) return 'has-contact-person';
    if (!(await colleagues(tx, actor)).some((c) => c.id === accountId)) return 'not-colleague';
    await changeContactPerson(tx, actor, personId, accountId, note);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return 'ok';
  });
}

export interface ContactPersonChange {
  fromName: string | null;
  toName: string | null;
  byName: string | null;
  changedAt: string;
  note: string | null;
}

export async function contactPersonHistory(tx: Queryable, personId: string): Promise<ContactPersonChange[]> {
  return tx.query<ContactPersonChange>(
    `select f.name as "fromName", t.name as "toName", b.name as "byName",
       to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "changedAt", c.note
     from contact_person_change c left join account f on f.id = c.from_account_id left join account t on t.id = c.to_account_id
     left join account b on b.id = c.changed_by where c.person_id = $1 order by c.changed_at desc`,
    [personId],
  );
}

export async function endSupport(db: Tx, actor: Actor, personId: string, reason: EndReason): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return false;
    await tx.query(`update person set caseload = 'beeindigd', end_reason = $2, ended_at = now(), updated_at = now() where id = $1`, [personId, reason]);
    await tx.query('update plan set closed_at = now() where person_id = $1 and closed_at is null', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}
