// The demo as on first start (demo content plus the monitor history): every
// demo consulent opens /caseload on 30 to 40 persons, counted with the
// caseload query itself, while nazorg, durability and the monitor still have
// real content.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Actor } from '../../src/db/persons.ts';
import { seed } from '../../src/db/seed.ts';
import { caseloadRows } from '../../src/db/trajecten/caseload.ts';
import { DEMO_PASSWORD, emptyDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
let db: Db;

before(async () => {
  t = await emptyDb();
  db = t.db as Db;
  await migrate(db);
  await seed(db, { demo: true, demoHistory: true, demoPassword: DEMO_PASSWORD });
});
after(async () => t?.close());

describe('demo caseload size on first start', () => {
  it('every demo consulent has 30 to 40 persons on their own worklist, in varied states', async () => {
    const consulents = await db.query<{ id: string; email: string; organizationId: string }>(
      `select id, email, organization_id as "organizationId" from account where role = 'consulent' and email like '%.demo' order by email`,
    );
    assert.ok(consulents.length >= 3, 'the demo has several consulents');
    for (const c of consulents) {
      const actor: Actor = { accountId: c.id, organizationId: c.organizationId, role: 'consulent', traceId: 'test' };
      const rows = await caseloadRows(db, actor, 'mijn', 'alle');
      assert.ok(rows.length >= 30 && rows.length <= 40, `${c.email}: ${rows.length} persons on /caseload`);
      const states = new Set(rows.map((r) => r.caseload));
      assert.ok(states.size >= 2, `${c.email}: varied states (${[...states].join(', ')})`);
    }
  });

  it('the nazorg list, durability and the monitor still show real content', async () => {
    const [n] = await db.query<{ running: number; ended: number; history: number; withContact: number }>(
      `select (select count(*)::int from placement where source = 'demo' and end_date is null) as running,
              (select count(*)::int from placement where source = 'demo' and end_date is not null) as ended,
              (select count(*)::int from person where pseudonym like 'demo-historie-%') as history,
              (select count(*)::int from person where pseudonym like 'demo-historie-%' and contact_person_id is not null) as "withContact"`,
    );
    assert.ok(n!.running >= 20, `${n!.running} running placements for nazorg`);
    assert.ok(n!.ended >= 20, `${n!.ended} ended placements for durability`);
    assert.ok(n!.history >= 500, `${n!.history} persons in the monitor history`);
    assert.ok(n!.withContact > 0, 'part of the history has a contact person');
  });
});
