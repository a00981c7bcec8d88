import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordSignalEpisodes } from '../../src/db/monitor/signal-history.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { loadMonitor, readChoice } from '../../src/features/monitor/service.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

// Persons owned by Emmen (whose signals the job records) but living in
// Coevorden, so the Coevorden monitor counts only these.
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const coevorden = uuidFromKey('organization', 'demo-gemeente-coevorden'); // GM0109
let t: TestDb;
const ids: string[] = [];

describe('signals over time', () => {
  before(async () => {
    t = await seededDb();
    for (let i = 0; i < 7; i++) {
      const [row] = await t.db.query<{ id: string }>(
        `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, created_at)
         values ($1, $2, 'GM0109', 'Signaal', 'Test', '2021-01-04 10:00+01') returning id`,
        [`signal-test-${i}`, emmen],
      );
      ids.push(row!.id);
    }
  });
  after(async () => t.close());

  it('opens an episode when a signal fires and closes it when it stops; running twice changes nothing', async () => {
    const first = await recordSignalEpisodes(t.db, emmen, '2021-03-01');
    assert.ok(first.opened >= 7);
    const again = await recordSignalEpisodes(t.db, emmen, '2021-03-01');
    assert.deepEqual(again, { opened: 0, closed: 0 });
    const open = await t.db.query<{ kind: string; n: number }>(
      `select kind, count(*)::int as n from signal_episode where person_id = any($1::uuid[]) and resolved_on is null group by kind order by kind`,
      [ids],
    );
    assert.ok(open.find((r) => r.kind === 'geen-doel')?.n === 7, JSON.stringify(open));
    // Six of the seven get a plan with a goal: their "geen plan met een doel" stops.
    for (const id of ids.slice(0, 6)) {
      await t.db.query(`insert into plan (person_id, goal_type, goal, review_date, created_at) values ($1, 'regulier-werk', 'Werk', '2021-09-01', '2021-03-05 10:00+01')`, [id]);
    }
    const later = await recordSignalEpisodes(t.db, emmen, '2021-03-10');
    assert.ok(later.closed >= 6);
    const [closed] = await t.db.query<{ n: number; days: number }>(
      `select count(*)::int as n, min(resolved_on - started_on)::int as days from signal_episode where person_id = any($1::uuid[]) and kind = 'geen-doel' and resolved_on = '2021-03-10'`,
      [ids],
    );
    assert.equal(closed!.n, 6);

    // The monitor for Coevorden, first quarter of 2021: 7 episodes of "geen plan met een doel" began, 6 solved, 1 open.
    const { choice, current, previous } = readChoice({ periode: 'kwartaal', datum: '2021-02-01' }, '2021-03-10');
    const m = (await loadMonitor(t.db, coevorden, choice, current!, previous!))!;
    const f = m.figures.find((x) => x.key === 'signalen')!;
    assert.match(f.definition.text, /dreigt uit beeld te raken/);
    const kind = f.tables.find((x) => x.key === 'soort')!;
    assert.equal(kind.rows.find((r) => r.key === 'geen-doel')!.cur.shown, 7);
    const stand = f.tables.find((x) => x.key === 'stand')!;
    assert.equal(stand.rows.find((r) => r.key === 'opgelost')!.cur.shown, 6);
    // Still open: 1 without a plan, and 7 each without contact and without a contact person.
    assert.equal(stand.rows.find((r) => r.key === 'open')!.cur.shown, 15);
    // Since 4 January (the day they came into view) until 10 March: 27 + 28 + 10 = 65 days for each.
    assert.equal(closed!.days, 65);
    assert.deepEqual(f.stats[0]!.cur, { median: 65, p90: 65 });
    assert.deepEqual(f.stats[0]!.prev, { median: null, p90: null });
  });
});
