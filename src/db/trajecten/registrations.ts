// Self-registration: "neem contact met mij op" from the Wegwijzer, the
// team's queue, and picking a request up.
// Every query checks access with inbeeld_may_see and writes a processing-log line (src/db/persons.ts).
import { randomBytes } from 'node:crypto';
import { addWorkingDays } from '../../domain/workdays.ts';
import { prepared, type Queryable } from '../client.ts';
import { readList, type ListLog } from '../list-log.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { changeContactPerson } from './intake.ts';
import { gemeentePolicy } from './labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

// ---------------------------------------------------------------- self-registration

export interface GemeenteTeam {
  organizationId: string;
  organizationName: string;
  gemeenteCode: string;
  gemeenteName: string;
}

/** Gemeenten whose team works with InBeeld: only they can receive a request. */
export async function gemeenteTeams(db: Queryable): Promise<GemeenteTeam[]> {
  return db.query<GemeenteTeam>(
    `select distinct on (g.code) o.id as "organizationId", o.name as "organizationName", g.code as "gemeenteCode", g.name as "gemeenteName"
     from organization o join gemeente g on g.code = o.gemeente_code where o.type = 'gemeente'
     order by g.code, o.name`,
  );
}

export interface SelfRegistrationInput {
  gemeenteCode: string;
  givenName: string;
  familyName: string;
  reachBy: 'telefoon' | 'e-mail';
  phone: string | null;
  email: string | null;
  preferredTime: string | null;
  about: string;
  helpKinds: string[];
  rechtencheckCode: string | null;
}

export async function selfRegister(
  db: Tx,
  input: SelfRegistrationInput,
  today: string,
  traceId: string,
): Promise<{ deadline: string; team: GemeenteTeam } | null> {
  return db.transaction(async (tx) => {
    const team = (await gemeenteTeams(tx)).find((t) => t.gemeenteCode === input.gemeenteCode);
    if (!team) return null;
    const policy = await gemeentePolicy(tx, input.gemeenteCode);
    const deadline = addWorkingDays(today, policy.responseWorkingDays);
    const pseudonym = randomBytes(12).toString('base64url');
    const [person] = await tx.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, email, phone, came_into_view_via, help_kinds, no_benefit_reason)
       values ($1, $2, $3, $4, $5, $6, $7, 'zelf', $8::text[], 'onbekend') returning id`,
      [pseudonym, team.organizationId, input.gemeenteCode, input.givenName, input.familyName, input.email, input.phone, input.helpKinds],
    );
    await tx.query(
      `insert into self_registration (person_id, organization_id, reach_by, preferred_time, about, rechtencheck_code, deadline)
       values ($1, $2, $3, $4, $5, $6, $7::date)`,
      [person!.id, team.organizationId, input.reachBy, input.preferredTime, input.about, input.rechtencheckCode, deadline],
    );
    await logProcessing(tx, { accountId: null, organizationId: team.organizationId, role: 'systeem', traceId }, 'persoon.aanmaken', [pseudonym]);
    return { deadline, team };
  });
}

export interface RegistrationItem {
  id: string;
  personId: string;
  givenName: string;
  familyName: string;
  reachBy: string;
  phone: string | null;
  email: string | null;
  preferredTime: string | null;
  about: string;
  rechtencheckCode: string | null;
  deadline: string;
  createdAt: string;
  pickedUpAt: string | null;
}

const registrationColumns = `r.id, r.person_id as "personId", p.given_name as "givenName", p.family_name as "familyName",
  r.reach_by as "reachBy", p.phone, p.email, r.preferred_time as "preferredTime", r.about, r.rechtencheck_code as "rechtencheckCode",
  r.deadline as "deadline", to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
  to_char(r.picked_up_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "pickedUpAt"`;

/** The team queue: requests not yet picked up, oldest deadline first. */
// The queue page (/aanmeldingen): prepared, so each connection plans it once.
const QUEUE_SQL = prepared(`select ${registrationColumns}, p.pseudonym from self_registration r join person p on p.id = r.person_id
  where r.organization_id = $1::uuid and r.picked_up_at is null and p.erased_at is null
    and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
  order by r.deadline, r.created_at`);

export async function registrationQueue(db: Tx & Partial<Queryable>, actor: Actor, options: { listLog?: ListLog } = {}): Promise<RegistrationItem[]> {
  return readList(db, async (tx) => {
    const rows = await tx.query<RegistrationItem & { pseudonym: string }>(QUEUE_SQL, [actor.organizationId, actor.role]);
    if (options.listLog) options.listLog.add(rows.map((r) => r.pseudonym));
    else await logProcessing(tx, actor, 'persoon.lijst', rows.map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

export async function registrationsOf(tx: Queryable, actor: Actor, personId: string): Promise<RegistrationItem[]> {
  return tx.query<RegistrationItem>(
    `select ${registrationColumns} from self_registration r join person p on p.id = r.person_id
     where r.person_id = $1 and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)
     order by r.created_at desc`,
    [personId, actor.organizationId, actor.role],
  );
}

/** Picking up a request makes the actor the contact person when there is none yet. */
export async function pickUpRegistration(db: Tx, actor: Actor, registrationId: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ personId: string; pseudonym: string; contactPersonId: string | null }>(
      `update self_registration r set picked_up_at = now(), picked_up_by = $3
       from person p
       where r.id = $1 and p.id = r.person_id and r.picked_up_at is null and r.organization_id = $2::uuid
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $4)
       returning r.person_id as "personId", p.pseudonym, p.contact_person_id as "contactPersonId"`,
      [registrationId, actor.organizationId, actor.accountId, actor.role],
    );
    if (!row) return null;
    if (!row.contactPersonId && actor.accountId) await changeContactPerson(tx, actor, row.personId, actor.accountId, 'Aanmelding opgepakt');
    await logProcessing(tx, actor, 'persoon.wijzigen', [row.pseudonym]);
    return row.personId;
  });
}
