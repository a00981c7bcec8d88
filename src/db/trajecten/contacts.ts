// Contact moments and transition events (a transition becomes a task with a deadline).
// Every query checks access with inbeeld_may_see and writes a processing-log line (src/db/persons.ts).
import { addWorkingDays } from '../../domain/workdays.ts';
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible, gemeentePolicy, type Channel, type TransitionKind } from './labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

// ---------------------------------------------------------------- contact moments

export interface ContactInput {
  contactDate: string;
  channel: Channel;
  note: string | null;
  nextContactDate: string | null;
}

export interface ContactMoment extends ContactInput {
  id: string;
  accountName: string | null;
}

export async function listContacts(tx: Queryable, actor: Actor, personId: string): Promise<ContactMoment[] | null> {
  const [visible] = await tx.query<{ ok: boolean }>(
    `select inbeeld_may_see(p.id, p.owner_organization_id, 'contacten', $2::uuid, $3) as ok from person p where p.id = $1`,
    [personId, actor.organizationId, actor.role],
  );
  if (!visible?.ok) return null;
  return tx.query<ContactMoment>(
    `select c.id, c.contact_date as "contactDate", c.channel, c.note, c.next_contact_date as "nextContactDate", a.name as "accountName"
     from contact c left join account a on a.id = c.account_id where c.person_id = $1 order by c.contact_date desc, c.created_at desc limit 200`,
    [personId],
  );
}

export async function addContact(db: Tx, actor: Actor, personId: string, input: ContactInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'contacten', true);
    if (!pseudonym) return false;
    await tx.query(
      `insert into contact (person_id, contact_date, channel, account_id, note, next_contact_date) values ($1, $2::date, $3, $4, $5, $6::date)`,
      [personId, input.contactDate, input.channel, actor.accountId, input.note, input.nextContactDate],
    );
    await tx.query('update person set updated_at = now() where id = $1', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

// ---------------------------------------------------------------- transitions

export interface TransitionItem {
  id: string;
  kind: TransitionKind;
  eventDate: string;
  source: string;
  note: string | null;
  deadline: string;
  pickedUpAt: string | null;
}

export async function listTransitions(tx: Queryable, actor: Actor, personId: string): Promise<TransitionItem[]> {
  return tx.query<TransitionItem>(
    `select t.id, t.kind, t.event_date as "eventDate", t.source, t.note, t.deadline,
       to_char(t.picked_up_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "pickedUpAt"
     from transition t join person p on p.id = t.person_id
     where t.person_id = $1 and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)
     order by t.event_date desc`,
    [personId, actor.organizationId, actor.role],
  );
}

/** Records a transition by hand; the deadline counts working days from today. */
export async function addTransition(
  db: Tx,
  actor: Actor,
  personId: string,
  input: { kind: TransitionKind; eventDate: string; note: string | null },
  today: string,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return null;
    const [person] = await tx.query<{ gemeenteCode: string | null }>('select gemeente_code as "gemeenteCode" from person where id = $1', [personId]);
    const policy = await gemeentePolicy(tx, person?.gemeenteCode ?? null);
    const deadline = addWorkingDays(today, policy.transitionWorkingDays);
    await tx.query(
      `insert into transition (person_id, organization_id, kind, event_date, source, note, deadline) values ($1, $2, $3, $4::date, 'hand', $5, $6::date)`,
      [personId, actor.organizationId, input.kind, input.eventDate, input.note, deadline],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return deadline;
  });
}

export async function pickUpTransition(db: Tx, actor: Actor, personId: string, transitionId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return false;
    const rows = await tx.query(
      `update transition set picked_up_at = now(), picked_up_by = $3 where id = $1 and person_id = $2 and picked_up_at is null returning id`,
      [transitionId, personId, actor.accountId],
    );
    if (rows.length === 0) return false;
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}
