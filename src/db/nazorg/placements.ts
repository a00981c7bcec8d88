// Placements (plaatsingen), check-ins, ends and follow-up tasks. A placement
// is part of the "plan" part of a person's record: every query checks access
// with inbeeld_may_see for that part, writes need the owning organisation,
// and every read and write adds a processing-log line in the same transaction.
import { addWorkingDays } from '../../domain/workdays.ts';
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible, gemeentePolicy } from '../trajecten/labels.ts';
import type { CameAbout, ChecklistItem, ContractKind, Instrument, PlacementEndReason, WithWhom } from './labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export interface PlacementInput {
  /** An employer from the organisation's own list … */
  employerId: string | null;
  /** … or a new one by name (added to the list, or matched by name). */
  employerName: string | null;
  employerContact: string | null;
  employerContactPhone: string | null;
  jobTitle: string;
  occupationCode: string | null;
  startDate: string;
  hoursPerWeek: number | null;
  contractKind: ContractKind;
  contractEnd: string | null;
  instruments: Instrument[];
  loonwaarde: number | null;
  loonwaardeRemeasure: string | null;
  lksDecisionEnd: string | null;
  jobcoachProvider: string | null;
  jobcoachEnd: string | null;
  banenafspraak: boolean;
  cameAbout: CameAbout;
  agreementCheckins: string | null;
  agreementEmployer: string | null;
  agreementJobcoach: string | null;
  checklist: ChecklistItem[];
  previousPlacementId: string | null;
}

export interface Placement extends Omit<PlacementInput, 'employerName' | 'employerContactPhone'> {
  id: string;
  personId: string;
  employerName: string;
  employerContactPhone: string | null;
  endDate: string | null;
  endReason: PlacementEndReason | null;
  endNote: string | null;
  nextPlacementId: string | null;
  contractFollowupAt: string | null;
  contractFollowupNote: string | null;
  source: string;
}

export interface CheckinInput {
  momentKey: string | null;
  checkinDate: string;
  withWhom: WithWhom[];
  rating: number;
  note: string | null;
  risks: string | null;
  actions: string | null;
}

export interface Checkin extends CheckinInput {
  id: string;
  placementId: string;
  accountName: string | null;
}

export interface Followup {
  id: string;
  placementId: string;
  deadline: string;
  pickedUpAt: string | null;
  note: string | null;
}

export const placementColumns = `pl.id, pl.person_id as "personId", pl.employer_id as "employerId", e.name as "employerName",
  coalesce(pl.employer_contact, e.contact_name) as "employerContact", e.contact_phone as "employerContactPhone",
  pl.job_title as "jobTitle", pl.occupation_code as "occupationCode", pl.start_date as "startDate",
  pl.hours_per_week::float8 as "hoursPerWeek", pl.contract_kind as "contractKind", pl.contract_end as "contractEnd", pl.instruments,
  pl.loonwaarde::float8 as loonwaarde, pl.loonwaarde_remeasure as "loonwaardeRemeasure", pl.lks_decision_end as "lksDecisionEnd",
  pl.jobcoach_provider as "jobcoachProvider", pl.jobcoach_end as "jobcoachEnd", pl.banenafspraak, pl.came_about as "cameAbout",
  pl.agreement_checkins as "agreementCheckins", pl.agreement_employer as "agreementEmployer", pl.agreement_jobcoach as "agreementJobcoach",
  pl.checklist, pl.previous_placement_id as "previousPlacementId",
  (select n.id from placement n where n.previous_placement_id = pl.id order by n.start_date limit 1) as "nextPlacementId",
  pl.end_date as "endDate", pl.end_reason as "endReason", pl.end_note as "endNote",
  to_char(pl.contract_followup_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "contractFollowupAt",
  pl.contract_followup_note as "contractFollowupNote", pl.source`;

export type CreateResult = { ok: true; id: string } | { ok: false; reason: 'not-found' | 'employer-unknown' | 'previous-unknown' };

/** The employer of the actor's own list: by id (another organisation's id is refused), or by name (added when new). */
async function resolveEmployer(tx: Queryable, actor: Actor, input: Pick<PlacementInput, 'employerId' | 'employerName' | 'employerContact' | 'employerContactPhone'>): Promise<string | null> {
  if (input.employerId) {
    const [row] = await tx.query<{ id: string }>('select id from employer where id = $1::uuid and organization_id = $2::uuid', [input.employerId, actor.organizationId]);
    return row?.id ?? null;
  }
  if (!input.employerName) return null;
  const [row] = await tx.query<{ id: string }>(
    `insert into employer (organization_id, name, contact_name, contact_phone) values ($1, $2, $3, $4)
     on conflict (organization_id, lower(name)) do update set contact_name = coalesce(excluded.contact_name, employer.contact_name),
       contact_phone = coalesce(excluded.contact_phone, employer.contact_phone)
     returning id`,
    [actor.organizationId, input.employerName, input.employerContact, input.employerContactPhone],
  );
  return row!.id;
}

/** Inserts a placement inside a transaction whose access check was done; used by the form and by imports. */
export async function insertPlacement(
  tx: Queryable,
  actor: Actor,
  personId: string,
  input: PlacementInput,
  source: 'hand' | 'csv' | 'api' | 'demo' = 'hand',
  externalId: string | null = null,
): Promise<CreateResult> {
  const employerId = await resolveEmployer(tx, actor, input);
  if (!employerId) return { ok: false, reason: 'employer-unknown' };
  if (input.previousPlacementId) {
    const [prev] = await tx.query('select 1 from placement where id = $1::uuid and person_id = $2', [input.previousPlacementId, personId]);
    if (!prev) return { ok: false, reason: 'previous-unknown' };
  }
  const [row] = await tx.query<{ id: string }>(
    `insert into placement (person_id, organization_id, employer_id, employer_contact, job_title, occupation_code, start_date, hours_per_week,
       contract_kind, contract_end, instruments, loonwaarde, loonwaarde_remeasure, lks_decision_end, jobcoach_provider, jobcoach_end,
       banenafspraak, came_about, agreement_checkins, agreement_employer, agreement_jobcoach, checklist, previous_placement_id,
       source, external_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10::date, $11::text[], $12, $13::date, $14::date, $15, $16::date,
       $17, $18, $19, $20, $21, $22::text[], $23::uuid, $24, $25, $26)
     returning id`,
    [personId, actor.organizationId, employerId, input.employerContact, input.jobTitle, input.occupationCode, input.startDate, input.hoursPerWeek,
      input.contractKind, input.contractEnd, input.instruments, input.loonwaarde, input.loonwaardeRemeasure, input.lksDecisionEnd,
      input.jobcoachProvider, input.jobcoachEnd, input.banenafspraak, input.cameAbout, input.agreementCheckins, input.agreementEmployer,
      input.agreementJobcoach, input.checklist, input.previousPlacementId, source, externalId, actor.accountId],
  );
  // The next job is the follow-up of the previous end: that task is done.
  if (input.previousPlacementId) {
    await tx.query(
      `update nazorg_followup set picked_up_at = now(), picked_up_by = $2, note = coalesce(note, 'Volgende baan vastgelegd')
       where placement_id = $1::uuid and picked_up_at is null`,
      [input.previousPlacementId, actor.accountId],
    );
  }
  await tx.query('update person set updated_at = now() where id = $1', [personId]);
  return { ok: true, id: row!.id };
}

export async function createPlacement(db: Tx, actor: Actor, personId: string, input: PlacementInput): Promise<CreateResult> {
  return db
    .transaction(async (tx) => {
      const pseudonym = await accessible(tx, actor, personId, 'plan', true);
      if (!pseudonym) return { ok: false, reason: 'not-found' } as const;
      const result = await insertPlacement(tx, actor, personId, input);
      // Refused input stores nothing: roll back a new employer too.
      if (!result.ok) throw new Refused(result);
      await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
      return result;
    })
    .catch((e: unknown) => {
      if (e instanceof Refused) return e.result;
      throw e;
    });
}

class Refused extends Error {
  constructor(readonly result: CreateResult) {
    super('refused');
  }
}

export interface PersonNazorg {
  personId: string;
  givenName: string;
  familyName: string;
  owned: boolean;
  placements: Placement[];
  checkins: Checkin[];
  followups: Followup[];
}

/** Everything about a person's work: placements (oldest first), check-ins and follow-up tasks. Logged as a read. */
export async function readPersonNazorg(db: Tx, actor: Actor, personId: string): Promise<PersonNazorg | null> {
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string; givenName: string; familyName: string; owned: boolean }>(
      `select p.pseudonym, p.given_name as "givenName", p.family_name as "familyName", p.owner_organization_id = $2::uuid as owned
       from person p where p.id = $1 and p.erased_at is null and inbeeld_may_see(p.id, p.owner_organization_id, 'plan', $2::uuid, $3)`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return null;
    const placements = await tx.query<Placement>(
      `select ${placementColumns} from placement pl join employer e on e.id = pl.employer_id where pl.person_id = $1 order by pl.start_date, pl.created_at`,
      [personId],
    );
    const checkins = await tx.query<Checkin>(
      `select c.id, c.placement_id as "placementId", c.moment_key as "momentKey", c.checkin_date as "checkinDate", c.with_whom as "withWhom",
         c.rating, c.note, c.risks, c.actions, a.name as "accountName"
       from checkin c left join account a on a.id = c.account_id where c.person_id = $1 order by c.checkin_date desc, c.created_at desc`,
      [personId],
    );
    const followups = await tx.query<Followup>(
      `select f.id, f.placement_id as "placementId", f.deadline, f.note,
         to_char(f.picked_up_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "pickedUpAt"
       from nazorg_followup f where f.person_id = $1 order by f.deadline`,
      [personId],
    );
    await logProcessing(tx, actor, 'persoon.lezen', [person.pseudonym]);
    return { personId, givenName: person.givenName, familyName: person.familyName, owned: person.owned, placements, checkins, followups };
  });
}

/** The placement of an owned person, for writes; null when not found or not allowed. */
async function ownedPlacement(tx: Queryable, actor: Actor, personId: string, placementId: string): Promise<{ pseudonym: string; startDate: string; endDate: string | null } | null> {
  const pseudonym = await accessible(tx, actor, personId, 'plan', true);
  if (!pseudonym) return null;
  const [row] = await tx.query<{ startDate: string; endDate: string | null }>(
    'select start_date as "startDate", end_date as "endDate" from placement where id = $1::uuid and person_id = $2',
    [placementId, personId],
  );
  return row ? { pseudonym, ...row } : null;
}

export async function placementStart(db: Queryable, personId: string, placementId: string): Promise<string | null> {
  const [row] = await db.query<{ startDate: string }>('select start_date as "startDate" from placement where id = $1::uuid and person_id = $2', [placementId, personId]);
  return row?.startDate ?? null;
}

export async function addCheckin(db: Tx, actor: Actor, personId: string, placementId: string, input: CheckinInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const p = await ownedPlacement(tx, actor, personId, placementId);
    if (!p) return false;
    await tx.query(
      `insert into checkin (placement_id, person_id, moment_key, checkin_date, with_whom, rating, note, risks, actions, account_id)
       values ($1, $2, $3, $4::date, $5::text[], $6, $7, $8, $9, $10)`,
      [placementId, personId, input.momentKey, input.checkinDate, input.withWhom, input.rating, input.note, input.risks, input.actions, actor.accountId],
    );
    // A check-in is a contact moment too, so the contact history and its signals see it.
    await tx.query(`insert into contact (person_id, contact_date, channel, account_id, note) values ($1, $2::date, 'gesprek', $3, 'Nazorggesprek')`, [personId, input.checkinDate, actor.accountId]);
    await tx.query('update person set updated_at = now() where id = $1', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [p.pseudonym]);
    return true;
  });
}

/** Ends a placement and makes the follow-up task, with a deadline in working days from `today`. Returns the deadline. */
export async function endPlacementIn(
  tx: Queryable,
  actor: Actor,
  personId: string,
  placementId: string,
  input: { endDate: string; reason: PlacementEndReason; note: string | null },
  today: string,
): Promise<string | null> {
  const [person] = await tx.query<{ gemeenteCode: string | null }>(
    `select coalesce(p.gemeente_code, o.gemeente_code) as "gemeenteCode" from person p join organization o on o.id = p.owner_organization_id where p.id = $1`,
    [personId],
  );
  const policy = await gemeentePolicy(tx, person?.gemeenteCode ?? null);
  const deadline = addWorkingDays(today, policy.transitionWorkingDays);
  const rows = await tx.query(
    `update placement set end_date = $3::date, end_reason = $4, end_note = $5, updated_at = now()
     where id = $1::uuid and person_id = $2 and end_date is null returning id`,
    [placementId, personId, input.endDate, input.reason, input.note],
  );
  if (rows.length === 0) return null;
  await tx.query(
    `insert into nazorg_followup (placement_id, person_id, organization_id, deadline) values ($1, $2, $3, $4::date)`,
    [placementId, personId, actor.organizationId, deadline],
  );
  await tx.query('update person set updated_at = now() where id = $1', [personId]);
  return deadline;
}

export type EndResult = { ok: true; deadline: string } | { ok: false; reason: 'not-found' | 'already-ended' | 'before-start' };

export async function endPlacement(
  db: Tx,
  actor: Actor,
  personId: string,
  placementId: string,
  input: { endDate: string; reason: PlacementEndReason; note: string | null },
  today: string,
): Promise<EndResult> {
  return db.transaction(async (tx) => {
    const p = await ownedPlacement(tx, actor, personId, placementId);
    if (!p) return { ok: false, reason: 'not-found' };
    if (p.endDate) return { ok: false, reason: 'already-ended' };
    if (input.endDate < p.startDate) return { ok: false, reason: 'before-start' };
    const deadline = await endPlacementIn(tx, actor, personId, placementId, input, today);
    if (!deadline) return { ok: false, reason: 'already-ended' };
    await logProcessing(tx, actor, 'persoon.wijzigen', [p.pseudonym]);
    return { ok: true, deadline };
  });
}

/** Records what follows the contract end: a new end date (extension), or a note (permanent contract, next job search). */
export async function recordContractFollowup(
  db: Tx,
  actor: Actor,
  personId: string,
  placementId: string,
  input: { newEnd: string | null; note: string | null },
): Promise<'ok' | 'not-found' | 'before-start'> {
  return db.transaction(async (tx) => {
    const p = await ownedPlacement(tx, actor, personId, placementId);
    if (!p) return 'not-found';
    if (input.newEnd && input.newEnd < p.startDate) return 'before-start';
    await tx.query(
      `update placement set contract_end = coalesce($3::date, contract_end), contract_followup_at = now(), contract_followup_note = $4, updated_at = now()
       where id = $1::uuid and person_id = $2`,
      [placementId, personId, input.newEnd, input.note],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [p.pseudonym]);
    return 'ok';
  });
}

export async function pickUpFollowup(db: Tx, actor: Actor, personId: string, followupId: string, note: string | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'plan', true);
    if (!pseudonym) return false;
    const rows = await tx.query(
      `update nazorg_followup set picked_up_at = now(), picked_up_by = $3, note = $4 where id = $1::uuid and person_id = $2 and picked_up_at is null returning id`,
      [followupId, personId, actor.accountId, note],
    );
    if (rows.length === 0) return false;
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

export interface Employer {
  id: string;
  name: string;
  contactName: string | null;
}

/** The organisation's own employer list. */
export async function employersOf(db: Queryable, actor: Actor): Promise<Employer[]> {
  return db.query<Employer>(
    'select id, name, contact_name as "contactName" from employer where organization_id = $1::uuid order by lower(name) limit 1000',
    [actor.organizationId],
  );
}
