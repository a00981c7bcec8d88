// The demo's caseload sizes (issue 11): every demo consulent starts with 30
// to 40 persons. The generated caseloads (src/domain/demo-caseload.ts) give
// each login consulent 30 to 40 of their own; the nazorg demo and the monitor
// history add hundreds more to the same gemeenten. Those extra persons are
// spread here: a login consulent keeps a few (nazorg persons first, so their
// Vandaag and nazorg list show check-ins) up to DEMO_CASELOAD_MAX, the rest go
// to invented colleagues in the same team, COLLEAGUE_LOAD each, and what is
// left over waits without a contact person (the team's "zonder contactpersoon"
// list). Runs at the end of the demo seed; deterministic and repeatable.
import { uuidFromKey } from '../../domain/ids.ts';
import { createAccount } from '../../web/auth/accounts.ts';
import type { Db } from '../client.ts';
import { logProcessing } from '../persons.ts';

export const DEMO_CASELOAD_MAX = 40;
const COLLEAGUE_LOAD = 35;
/** How many persons the nazorg demo creates (src/db/nazorg/demo.ts). */
const NAZORG_DEMO_PEOPLE = 60;
const COLLEAGUE_NAMES = ['Ruben Hoving', 'Mirjam Zuidema', 'Kees Lanting', 'Naima Bouzid', 'Gerrit Boelens', 'Anouk Tuin', 'Samir Haddou', 'Wendy Drenth', 'Jan Pieter Oving', 'Esmee Kruize'];

/** On a worklist: not erased, and not ended unless a job is still running (then the status is nazorg). */
const onWorklist = `p.erased_at is null and (p.caseload <> 'beeindigd' or exists (select 1 from placement x where x.person_id = p.id and x.end_date is null))`;

export async function balanceDemoCaseloads(db: Db, password: string): Promise<void> {
  const nazorgIds = Array.from({ length: NAZORG_DEMO_PEOPLE }, (_, i) => uuidFromKey('demo-nazorg-person', String(i)));
  const orgs = await db.query<{ id: string; key: string }>(
    `select distinct o.id, o.key from organization o join account a on a.organization_id = o.id
     where a.role = 'consulent' and a.email like '%@inbeeld.demo' and a.email not like 'collega-%' order by o.key`,
  );
  for (const org of orgs) {
    const extras = await db.query<{ id: string; pseudonym: string }>(
      `select p.id, p.pseudonym from person p
       where p.owner_organization_id = $1 and ${onWorklist} and (p.pseudonym like 'demo-historie-%' or p.id = any($2::uuid[]))
       order by (p.pseudonym like 'demo-historie-%'), p.id`,
      [org.id, nazorgIds],
    );
    if (extras.length === 0) continue;
    const extraIds = extras.map((e) => e.id);
    const consulents = await db.query<{ id: string; own: number }>(
      `select a.id, (select count(*)::int from person p where p.contact_person_id = a.id and ${onWorklist} and not (p.id = any($2::uuid[]))) as own
       from account a where a.organization_id = $1 and a.role = 'consulent' and a.email like '%@inbeeld.demo' and a.email not like 'collega-%' order by a.email`,
      [org.id, extraIds],
    );
    const assignment = new Map<string, string | null>(extraIds.map((id) => [id, null]));
    let next = 0;
    for (const c of consulents) {
      const room = Math.max(0, DEMO_CASELOAD_MAX - 2 - c.own);
      for (let i = 0; i < room && next < extras.length; i++) assignment.set(extras[next++]!.id, c.id);
    }
    // History persons first to the colleagues, so the persons left without a contact person are nazorg ones, still on the team's nazorg list.
    const rest = extras.slice(next).reverse();
    const colleagues = Math.min(COLLEAGUE_NAMES.length, Math.floor(rest.length / COLLEAGUE_LOAD));
    for (let k = 0; k < colleagues; k++) {
      const id = await colleague(db, org, k, password);
      for (const e of rest.slice(k * COLLEAGUE_LOAD, (k + 1) * COLLEAGUE_LOAD)) assignment.set(e.id, id);
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `update person p set contact_person_id = x.contact from unnest($1::uuid[], $2::uuid[]) as x(id, contact) where p.id = x.id`,
        [[...assignment.keys()], [...assignment.values()]],
      );
      await logProcessing(tx, { accountId: consulents[0]!.id, organizationId: org.id, role: 'systeem', traceId: 'demo-seed' }, 'persoon.wijzigen', extras.map((e) => e.pseudonym));
    });
  }
}

/** The k-th invented colleague of a demo team, created once. */
async function colleague(db: Db, org: { id: string; key: string }, k: number, password: string): Promise<string> {
  const email = `collega-${k + 1}.${org.key.replace(/^demo-/, '')}@inbeeld.demo`;
  const [found] = await db.query<{ id: string }>('select id from account where email = $1', [email]);
  if (found) return found.id;
  return createAccount(db, { email, name: `${COLLEAGUE_NAMES[k]} (demo)`, password, role: 'consulent', organizationId: org.id });
}
