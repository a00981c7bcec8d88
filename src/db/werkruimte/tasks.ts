// Tasks due today or earlier, derived from due dates (never stored): open
// agreements, transitions not picked up, and plan reviews. For the "Vandaag"
// page: the overdue ones also show up as signals, the ones due today do not
// yet. Owner branch of the access rule (as in signals.ts); one processing-log
// line per person returned.
import type { Queryable } from '../client.ts';
import { readList, type ListLog } from '../list-log.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { transitionKinds } from '../trajecten/labels.ts';

export type TaskKind = 'afspraak' | 'overgang' | 'evaluatie';

export interface Task {
  personId: string;
  givenName: string;
  familyName: string;
  kind: TaskKind;
  /** What to do, in Dutch. */
  what: string;
  due: string;
  late: boolean;
  actionPath: string;
  actionLabel: string;
}

const actions: Record<TaskKind, { label: string; anchor: string }> = {
  afspraak: { label: 'Afspraak afronden', anchor: 'afspraken' },
  overgang: { label: 'Overgang oppakken', anchor: 'transities' },
  evaluatie: { label: 'Plan bespreken', anchor: 'plan' },
};

// $1 organisation, $2 today, $3 contact person or null (null: the whole organisation).
const TASKS_SQL = `
with scope as (
  select p.id, p.pseudonym, p.given_name, p.family_name from person p
  where p.owner_organization_id = $1::uuid and p.erased_at is null and p.caseload <> 'beeindigd'
    and ($3::uuid is null or p.contact_person_id = $3::uuid)
)
select s.id as "personId", s.pseudonym, s.given_name as "givenName", s.family_name as "familyName",
  'afspraak' as kind, a.description as what, a.due_date::text as due
from agreement a join scope s on s.id = a.person_id
where a.done_at is null and a.due_date <= $2::date
union all
select s.id, s.pseudonym, s.given_name, s.family_name, 'overgang', t.kind, t.deadline::text
from transition t join scope s on s.id = t.person_id
where t.picked_up_at is null and t.deadline <= $2::date
union all
select s.id, s.pseudonym, s.given_name, s.family_name, 'evaluatie', pl.goal, pl.review_date::text
from plan pl join scope s on s.id = pl.person_id
where pl.closed_at is null and pl.review_date <= $2::date
order by due, "familyName", "givenName"
limit 500`;

export async function dueTasks(
  db: Partial<Queryable> & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  today: string,
  options: { contactPersonId?: string; listLog?: ListLog } = {},
): Promise<Task[]> {
  if (!['consulent', 'teamleider'].includes(actor.role) || !actor.organizationId) return [];
  return readList(db, async (tx) => {
    const rows = await tx.query<{ personId: string; pseudonym: string; givenName: string; familyName: string; kind: TaskKind; what: string; due: string }>(
      TASKS_SQL,
      [actor.organizationId, today, options.contactPersonId ?? null],
    );
    if (options.listLog) options.listLog.add(rows.map((r) => r.pseudonym));
    else await logProcessing(tx, actor, 'persoon.lijst', [...new Set(rows.map((r) => r.pseudonym))]);
    return rows.map(({ pseudonym: _p, ...r }) => ({
      ...r,
      what: r.kind === 'overgang' ? (transitionKinds[r.what as keyof typeof transitionKinds] ?? r.what) : r.kind === 'evaluatie' ? `Plan evalueren: ${r.what}` : r.what,
      late: r.due < today,
      actionPath: `/personen/${r.personId}#${actions[r.kind].anchor}`,
      actionLabel: actions[r.kind].label,
    }));
  });
}

export interface ConsulentLoad {
  accountId: string | null;
  name: string;
  active: number;
  passive: number;
}

/** Persons per contact person in the organisation (aggregates, no personal data), "Zonder contactpersoon" as null. */
export async function loadPerConsulent(db: Queryable, actor: Actor): Promise<ConsulentLoad[]> {
  if (actor.role !== 'teamleider' || !actor.organizationId) return [];
  return db.query<ConsulentLoad>(
    `select a.id as "accountId", coalesce(a.name, 'Zonder contactpersoon') as name,
       count(*) filter (where p.caseload = 'actief')::int as active,
       count(*) filter (where p.caseload = 'passief')::int as passive
     from person p left join account a on a.id = p.contact_person_id
     where p.owner_organization_id = $1::uuid and p.erased_at is null and p.caseload <> 'beeindigd'
     group by a.id, a.name
     order by a.name nulls first`,
    [actor.organizationId],
  );
}
