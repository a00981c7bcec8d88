// Writes a generated demo caseload (src/domain/demo-caseload.ts) for one demo
// consulent: persons with contacts, plans, agreements, requests for contact
// and transitions, dated over the past 18 months. One transaction per
// consulent; each person created is logged as created.
import { randomBytes } from 'node:crypto';
import type { DemoPersonSpec } from '../../domain/demo-caseload.ts';
import type { Db, Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';

const at = (iso: string) => `${iso} 10:00:00+01`;

/** The record changed last at its latest contact or plan (retention counts from here). */
function lastActivity(s: DemoPersonSpec): string {
  return [s.createdOn, s.plan?.createdOn ?? '', ...s.contacts.map((c) => c.date)].sort().at(-1)!;
}

async function insertOne(tx: Queryable, actor: Actor, gemeenteCode: string, s: DemoPersonSpec): Promise<string> {
  const pseudonym = randomBytes(12).toString('base64url');
  const [row] = await tx.query<{ id: string }>(
    `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, story, caseload,
       contact_person_id, came_into_view_via, no_benefit_reason, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'inkomen-partner-of-ouders', $11::timestamptz, $12::timestamptz) returning id`,
    [pseudonym, actor.organizationId, gemeenteCode, s.givenName, s.familyName, s.birthYear, 'Verzonnen persoon voor de demo.', s.caseload,
      s.hasContactPerson ? actor.accountId : null, s.cameIntoViewVia, at(s.createdOn), at(lastActivity(s))],
  );
  const id = row!.id;
  if (s.hasContactPerson) {
    await tx.query(`insert into contact_person_change (person_id, to_account_id, changed_by, changed_at, note) values ($1, $2, $2, $3::timestamptz, 'Demo')`, [id, actor.accountId, at(s.createdOn)]);
  }
  // All contacts in one statement: the seed runs on every first start.
  await tx.query(
    `insert into contact (person_id, contact_date, channel, account_id, created_at)
     select $1, x.d, x.ch, $4, (x.d + time '10:00') at time zone 'Europe/Amsterdam' from unnest($2::date[], $3::text[]) as x(d, ch)`,
    [id, s.contacts.map((c) => c.date), s.contacts.map((c) => c.channel), actor.accountId],
  );
  if (s.plan) {
    const [plan] = await tx.query<{ id: string }>(
      `insert into plan (person_id, goal_type, goal, review_date, confirmed_at, confirmed_how, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5::timestamptz, 'in-persoon', $6, $5::timestamptz, $5::timestamptz) returning id`,
      [id, s.plan.goalType, s.plan.goal, s.plan.reviewDate, at(s.plan.createdOn), actor.accountId],
    );
    for (const a of s.agreements) {
      await tx.query(
        `insert into agreement (plan_id, person_id, description, owner, owner_account_id, due_date, done_at, created_at)
         values ($1, $2, $3, $4, $5, $6, case when $7 then $6::date + time '15:00' end, $8::timestamptz)`,
        [plan!.id, id, a.description, a.owner, a.owner === 'professional' ? actor.accountId : null, a.dueDate, a.done, at(s.plan.createdOn)],
      );
    }
  }
  if (s.registration) {
    await tx.query(
      `insert into self_registration (person_id, organization_id, reach_by, preferred_time, about, deadline, created_at)
       values ($1, $2, 'telefoon', 'Ochtend', 'Ik zoek werk en weet niet waar ik moet beginnen. (demo)', $3, $4::timestamptz)`,
      [id, actor.organizationId, s.registration.deadline, at(s.registration.createdOn)],
    );
  }
  if (s.transition) {
    await tx.query(
      `insert into transition (person_id, organization_id, kind, event_date, source, note, deadline, created_at)
       values ($1, $2, $3, $4, 'hand', 'Demo', $5, $4::date + time '09:00')`,
      [id, actor.organizationId, s.transition.kind, s.transition.eventDate, s.transition.deadline],
    );
  }
  await logProcessing(tx, actor, 'persoon.aanmaken', [pseudonym]);
  return id;
}

export async function insertDemoCaseload(db: Db, actor: Actor, gemeenteCode: string, specs: readonly DemoPersonSpec[]): Promise<number> {
  return db.transaction(async (tx) => {
    for (const s of specs) await insertOne(tx, actor, gemeenteCode, s);
    return specs.length;
  });
}
