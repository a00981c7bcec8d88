// The plan van aanpak with its agreements and the person's confirmation.
// Every query checks access with inbeeld_may_see and writes a processing-log line (src/db/persons.ts).
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible, type GoalType } from './labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

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
