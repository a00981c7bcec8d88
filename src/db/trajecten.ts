// Trajecten: intake, contact person, self-registration, plan with agreements,
// contact moments, transition events and caseload views. Every query checks
// access with inbeeld_may_see for the record part it touches and writes a
// processing-log line, like src/db/persons.ts.
import { randomBytes } from 'node:crypto';
import { addWorkingDays } from '../domain/workdays.ts';
import type { Queryable } from './client.ts';
import { logProcessing, type Actor, type RecordPart } from './persons.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export const cameIntoViewOptions = {
  zelf: 'Heeft zich zelf gemeld',
  uwv: 'Via UWV',
  school: 'Via school',
  wijkteam: 'Via het wijkteam',
  werkgever: 'Via een werkgever',
  anders: 'Anders',
} as const;

export const noBenefitReasons = {
  'inkomen-partner-of-ouders': 'Inkomen van partner of ouders is te hoog',
  'eigen-vermogen': 'Eigen spaargeld of vermogen',
  'medische-urenbeperking': 'Kan door de beperking maar weinig uren werken',
  'ww-of-ziektewet-gestopt': 'WW of Ziektewet is gestopt',
  'uitkering-of-wajong-afgewezen': 'Uitkering of Wajong afgewezen',
  zelfstandige: 'Is zelfstandige (zzp)',
  'jaren-buitenland': 'Heeft jaren in het buitenland gewoond',
  anders: 'Anders',
  onbekend: 'Nog niet bekend',
} as const;

export const goalTypes = {
  'regulier-werk': 'Gewoon betaald werk',
  'werk-met-loonkostensubsidie': 'Werk met loonkostensubsidie',
  'beschut-werk': 'Beschut werk',
  scholing: 'Scholing of opleiding',
  proefplaatsing: 'Proefplaatsing',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  'andere-participatie': 'Een andere vorm van meedoen',
} as const;

export const channels = {
  gesprek: 'Gesprek',
  telefoon: 'Telefoon',
  'e-mail': 'E-mail',
  video: 'Videobellen',
  huisbezoek: 'Huisbezoek',
  anders: 'Anders',
} as const;

export const transitionKinds = {
  'doelgroepregister-registratie': 'Opgenomen in het doelgroepregister',
  'uitkering-afgewezen': 'Uitkering afgewezen',
  'wajong-afgewezen': 'Wajong afgewezen',
  'school-verlaten-vso': 'Van school af (vso)',
  'school-verlaten-pro': 'Van school af (praktijkonderwijs)',
  'einde-jobcoaching': 'Jobcoaching gestopt',
  'einde-contract': 'Contract loopt af',
} as const;

export const endReasons = {
  'werk-gevonden': 'Heeft werk gevonden',
  'scholing-gestart': 'Is met een opleiding begonnen',
  'ondersteuning-elders': 'Krijgt ondersteuning ergens anders',
  'geen-hulpvraag-meer': 'Heeft geen hulpvraag meer',
  verhuisd: 'Verhuisd naar een andere gemeente',
  'geen-contact-meer': 'Geen contact meer mogelijk',
  'gemeente-stopt-ondersteuning': 'De gemeente stopt de ondersteuning',
  overleden: 'Overleden',
  anders: 'Anders',
} as const;

export type CameIntoView = keyof typeof cameIntoViewOptions;
export type NoBenefitReason = keyof typeof noBenefitReasons;
export type GoalType = keyof typeof goalTypes;
export type Channel = keyof typeof channels;
export type TransitionKind = keyof typeof transitionKinds;
export type EndReason = keyof typeof endReasons;

export interface GemeentePolicy {
  responseWorkingDays: number;
  transitionWorkingDays: number;
  activeNoContactWeeks: number;
  passiveNoContactMonths: number;
}

export const defaultGemeentePolicy: GemeentePolicy = {
  responseWorkingDays: 5,
  transitionWorkingDays: 10,
  activeNoContactWeeks: 8,
  passiveNoContactMonths: 6,
};

export async function gemeentePolicy(db: Queryable, gemeenteCode: string | null): Promise<GemeentePolicy> {
  if (!gemeenteCode) return defaultGemeentePolicy;
  const [row] = await db.query<GemeentePolicy>(
    `select response_working_days as "responseWorkingDays", transition_working_days as "transitionWorkingDays",
       active_no_contact_weeks as "activeNoContactWeeks", passive_no_contact_months as "passiveNoContactMonths"
     from gemeente_policy where gemeente_code = $1`,
    [gemeenteCode],
  );
  return row ?? defaultGemeentePolicy;
}

/** The pseudonym of a person the actor may see `part` of; null otherwise. `owner` demands the actor's own record. */
export async function accessible(tx: Queryable, actor: Actor, personId: string, part: RecordPart, owner = false): Promise<string | null> {
  const [row] = await tx.query<{ pseudonym: string }>(
    `select p.pseudonym from person p
     where p.id = $1 and p.erased_at is null
       and inbeeld_may_see(p.id, p.owner_organization_id, $4, $2::uuid, $3)
       and (not $5 or p.owner_organization_id = $2::uuid)`,
    [personId, actor.organizationId, actor.role, part, owner],
  );
  return row?.pseudonym ?? null;
}

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
export async function registrationQueue(db: Tx, actor: Actor): Promise<RegistrationItem[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<RegistrationItem & { pseudonym: string }>(
      `select ${registrationColumns}, p.pseudonym from self_registration r join person p on p.id = r.person_id
       where r.organization_id = $1::uuid and r.picked_up_at is null and p.erased_at is null
         and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
       order by r.deadline, r.created_at`,
      [actor.organizationId, actor.role],
    );
    await logProcessing(tx, actor, 'persoon.lijst', rows.map((r) => r.pseudonym));
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

// ---------------------------------------------------------------- intake and contact person

export interface IntakeInput {
  cameIntoViewVia: CameIntoView | null;
  noBenefitReason: NoBenefitReason | null;
  story: string | null;
  limitationEffect: string | null;
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
         help_kinds = $6::text[], caseload = case when caseload = 'beeindigd' then caseload else $7 end, updated_at = now()
       where id = $1`,
      [personId, input.cameIntoViewVia, input.noBenefitReason, input.story, input.limitationEffect, input.helpKinds, input.caseload],
    );
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

async function changeContactPerson(tx: Queryable, actor: Actor, personId: string, toAccountId: string | null, note: string | null): Promise<void> {
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
 * that the new contact person accepts (src/db/referrals.ts), so there is never
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

// ---------------------------------------------------------------- plan and agreements

export interface PlanInput {
  goalType: GoalType;
  goal: string;
  reviewDate: string;
  personExpects: string | null;
  professionalExpects: string | null;
}

export interface Agreement {
  id: string;
  description: string;
  owner: 'persoon' | 'professional';
  ownerName: string | null;
  dueDate: string;
  doneAt: string | null;
}

export interface Plan extends PlanInput {
  id: string;
  confirmedAt: string | null;
  confirmedHow: string | null;
  agreements: Agreement[];
}

export async function readPlan(tx: Queryable, actor: Actor, personId: string): Promise<Plan | null> {
  const [plan] = await tx.query<Omit<Plan, 'agreements'>>(
    `select pl.id, pl.goal_type as "goalType", pl.goal, pl.review_date as "reviewDate", pl.person_expects as "personExpects",
       pl.professional_expects as "professionalExpects",
       to_char(pl.confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "confirmedAt", pl.confirmed_how as "confirmedHow"
     from plan pl join person p on p.id = pl.person_id
     where pl.person_id = $1 and pl.closed_at is null and inbeeld_may_see(p.id, p.owner_organization_id, 'plan', $2::uuid, $3)`,
    [personId, actor.organizationId, actor.role],
  );
  if (!plan) return null;
  const agreements = await tx.query<Agreement>(
    `select a.id, a.description, a.owner, acc.name as "ownerName", a.due_date as "dueDate",
       to_char(a.done_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "doneAt"
     from agreement a left join account acc on acc.id = a.owner_account_id where a.plan_id = $1 order by a.due_date, a.created_at`,
    [plan.id],
  );
  return { ...plan, agreements };
}

/** Creates the current plan or updates it. A changed plan needs the person's confirmation again. */
export async function savePlan(db: Tx, actor: Actor, personId: string, input: PlanInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'plan', true);
    if (!pseudonym) return false;
    const updated = await tx.query(
      `update plan set goal_type = $2, goal = $3, review_date = $4::date, person_expects = $5, professional_expects = $6,
         confirmed_at = null, confirmed_how = null, updated_at = now()
       where person_id = $1 and closed_at is null returning id`,
      [personId, input.goalType, input.goal, input.reviewDate, input.personExpects, input.professionalExpects],
    );
    if (updated.length === 0) {
      await tx.query(
        `insert into plan (person_id, goal_type, goal, review_date, person_expects, professional_expects, created_by)
         values ($1, $2, $3, $4::date, $5, $6, $7)`,
        [personId, input.goalType, input.goal, input.reviewDate, input.personExpects, input.professionalExpects, actor.accountId],
      );
    }
    await tx.query('update person set updated_at = now() where id = $1', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

export async function addAgreement(
  db: Tx,
  actor: Actor,
  personId: string,
  input: { description: string; owner: 'persoon' | 'professional'; dueDate: string },
): Promise<'ok' | 'not-found' | 'no-plan'> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'plan', true);
    if (!pseudonym) return 'not-found';
    const rows = await tx.query(
      `insert into agreement (plan_id, person_id, description, owner, owner_account_id, due_date)
       select pl.id, pl.person_id, $2, $3, case when $3 = 'professional' then $4::uuid end, $5::date
       from plan pl where pl.person_id = $1 and pl.closed_at is null returning id`,
      [personId, input.description, input.owner, actor.accountId, input.dueDate],
    );
    if (rows.length === 0) return 'no-plan';
    // New agreements change the plan: the person confirms it again.
    await tx.query('update plan set confirmed_at = null, confirmed_how = null, updated_at = now() where person_id = $1 and closed_at is null', [personId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return 'ok';
  });
}

export async function completeAgreement(db: Tx, actor: Actor, personId: string, agreementId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'plan', true);
    if (!pseudonym) return false;
    const rows = await tx.query(`update agreement set done_at = now() where id = $1 and person_id = $2 and done_at is null returning id`, [agreementId, personId]);
    if (rows.length === 0) return false;
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

export async function confirmPlan(db: Tx, actor: Actor, personId: string, how: 'in-persoon' | 'telefonisch' | 'schriftelijk' | 'online'): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'plan', true);
    if (!pseudonym) return false;
    const rows = await tx.query(
      `update plan set confirmed_at = now(), confirmed_how = $2 where person_id = $1 and closed_at is null returning id`,
      [personId, how],
    );
    if (rows.length === 0) return false;
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return true;
  });
}

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

// ---------------------------------------------------------------- caseload

export type CaseloadView = 'mijn' | 'team' | 'zonder-contactpersoon';

export interface CaseloadRow {
  id: string;
  givenName: string;
  familyName: string;
  caseload: string;
  contactPersonName: string | null;
  lastContact: string | null;
  nextAction: string | null;
  nextActionLabel: string | null;
  contactPersonId?: string | null;
  birthYear?: number | null;
}

/**
 * The caseload views, with the next action per person: the earliest of the
 * next contact date, an open agreement, the plan's review date, and open
 * request or transition deadlines. Sorted by next action (none last).
 */
export async function caseload(db: Tx, actor: Actor, view: CaseloadView, active: 'actief' | 'passief' | 'nazorg' | 'alle'): Promise<CaseloadRow[]> {
  return db.transaction(async (tx) => {
    const rows = await caseloadRows(tx, actor, view, active);
    await logProcessing(tx, actor, 'persoon.lijst', rows.map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

export interface CaseloadFilter {
  /** Only persons with this contact person. */
  consulentId?: string | null;
  /** Part of the name, or a birth year. */
  search?: string | null;
}

/** The caseload rows with pseudonyms, not logged: the caller logs what it shows. */
export async function caseloadRows(
  tx: Queryable,
  actor: Actor,
  view: CaseloadView,
  active: 'actief' | 'passief' | 'nazorg' | 'alle',
  filter: CaseloadFilter = {},
): Promise<Array<CaseloadRow & { pseudonym: string }>> {
    return tx.query<CaseloadRow & { pseudonym: string }>(
      `with people as (
         select p.* from (
           -- Nazorg (issue 14): a person with an open placement has status 'nazorg' and stays on the list.
           select p0.*, case when exists (select 1 from placement x where x.person_id = p0.id and x.end_date is null) then 'nazorg' else p0.caseload end as status
           from person p0
         ) p
         where p.owner_organization_id = $1::uuid and p.erased_at is null and p.status <> 'beeindigd'
           and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
           and ($4 = 'alle' or p.status = $4)
           and case $3 when 'mijn' then p.contact_person_id = $5::uuid
                       when 'zonder-contactpersoon' then p.contact_person_id is null else true end
           and ($6::uuid is null or p.contact_person_id = $6::uuid)
           and ($7::text is null or p.birth_year::text = $7 or (p.given_name || ' ' || p.family_name) ilike '%' || $7 || '%')
       ), last_contact as (
         select distinct on (c.person_id) c.person_id, c.contact_date, c.next_contact_date
         from contact c join people p on p.id = c.person_id order by c.person_id, c.contact_date desc, c.created_at desc
       ), actions as (
         select person_id, next_contact_date as due, 'Volgend contact' as label from last_contact where next_contact_date is not null
         union all select a.person_id, a.due_date, 'Afspraak' from agreement a join people p on p.id = a.person_id where a.done_at is null
         union all select pl.person_id, pl.review_date, 'Plan bespreken' from plan pl join people p on p.id = pl.person_id where pl.closed_at is null
         union all select r.person_id, r.deadline, 'Aanmelding oppakken' from self_registration r join people p on p.id = r.person_id where r.picked_up_at is null
         union all select t.person_id, t.deadline, 'Overgang opvolgen' from transition t join people p on p.id = t.person_id where t.picked_up_at is null
         union all select r.person_id, r.response_due, 'Antwoord op doorverwijzing' from referral r join people p on p.id = r.person_id
           where r.state = 'verstuurd' and r.sender_organization_id = $1::uuid
       ), next_action as (
         select distinct on (person_id) person_id, due, label from actions order by person_id, due
       )
       select p.id, p.pseudonym, p.given_name as "givenName", p.family_name as "familyName", p.status as caseload,
         p.contact_person_id as "contactPersonId", p.birth_year as "birthYear",
         a.name as "contactPersonName", lc.contact_date as "lastContact", na.due as "nextAction", na.label as "nextActionLabel"
       from people p left join account a on a.id = p.contact_person_id
       left join last_contact lc on lc.person_id = p.id left join next_action na on na.person_id = p.id
       order by na.due nulls last, p.family_name, p.given_name limit 500`,
      [actor.organizationId, actor.role, view, active, actor.accountId, filter.consulentId ?? null, filter.search?.trim() || null],
    );
}


