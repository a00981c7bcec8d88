// The monitor reads its figures in two batched statements per page
// (src/db/monitor/batched.ts) instead of one statement per figure. This test
// loads the whole page both ways on the same generated data (the demo
// history, plus rows on the edges of the periods) and fails on any
// difference in a published figure: counts, hidden cells, medians and
// percentiles, for months, quarters, years and free ranges, for a gemeente
// and its region, with and without rounding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventFigures, personFigures } from '../../src/db/monitor/batched.ts';
import { seedMonitorDemo } from '../../src/db/monitor/demo.ts';
import * as q from '../../src/db/monitor/queries.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { loadMonitor, readChoice } from '../../src/features/monitor/service.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

const TODAY = '2026-06-30';
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
let t: TestDb;

const choices: Array<Record<string, string>> = [
  { periode: 'kwartaal', datum: '2026-03-15' },
  { periode: 'kwartaal', datum: '2026-03-15', niveau: 'regio' },
  { periode: 'maand', datum: '2026-04-30', niveau: 'regio', afronden: 'ja' },
  { periode: 'maand', datum: '2025-11-01' },
  { periode: 'jaar', datum: '2025-06-01', niveau: 'regio' },
  { periode: 'vrij', van: '2025-02-14', tot: '2025-09-03', niveau: 'regio' },
  { periode: 'vrij', van: '2026-01-01', tot: '2026-01-01' },
];

describe('monitor: batched statements give the same figures as one statement per figure', () => {
  before(async () => {
    t = await seededDb();
    await seedMonitorDemo(t.db, TODAY);
    // Rows on the edges: at midnight on the first and last day of a period, and without an answer or pick-up.
    const [p] = await t.db.query<{ id: string }>(`select id from person where pseudonym like 'demo-historie-%' and gemeente_code = 'GM0114' order by pseudonym limit 1`);
    const [other] = await t.db.query<{ id: string }>(`select id from organization where id <> $1 order by key limit 1`, [emmen]);
    for (const day of ['2026-01-01', '2026-03-31', '2026-04-01', '2025-12-31']) {
      await t.db.query(`insert into self_registration (person_id, organization_id, reach_by, about, deadline, created_at) values ($1, $2, 'telefoon', 'b', $3::date + 7, ($3::date)::timestamptz)`, [p!.id, emmen, day]);
      await t.db.query(`insert into transition (person_id, organization_id, kind, event_date, source, deadline) values ($1, $2, 'einde-contract', $3::date, 'csv', $3::date + 14)`, [p!.id, emmen, day]);
      await t.db.query(
        `insert into referral (person_id, sender_organization_id, receiver_organization_id, question, parts, state, sent_at, sent_on)
         values ($1, $2, $3, 'b', array['basis'], 'verstuurd', ($4::date)::timestamptz, $4::date)`,
        [p!.id, emmen, other!.id, day],
      );
    }
  });
  after(async () => t.close());

  it('the whole page, every figure', async () => {
    for (const query of choices) {
      const { choice, current, previous } = readChoice(query, TODAY);
      const batched = (await loadMonitor(t.db, emmen, choice, current!, previous!))!;
      const perFigure = (await loadMonitor(t.db, emmen, choice, current!, previous!, undefined, { perFigure: true }))!;
      assert.deepEqual(batched.figures, perFigure.figures, JSON.stringify(query));
      assert.ok(batched.figures.some((f) => f.tables.some((x) => x.rows.some((r) => (r.cur.shown ?? 0) > 0))), `${JSON.stringify(query)}: figures are not empty`);
    }
  });

  it('the statements return the rows of the per-figure queries', async () => {
    const sorted = (rows: q.CountRow[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const query of choices) {
      const { current, previous } = readChoice(query, TODAY);
      const codes = query.niveau === 'regio' ? (await t.db.query<{ code: string }>(`select code from gemeente where arbeidsmarktregio_code = (select arbeidsmarktregio_code from gemeente where code = 'GM0114')`)).map((r) => r.code) : ['GM0114'];
      const p = q.params(codes, current!, previous!);
      const ev = await eventFigures(t.db, p);
      const [c, tr, r, s] = [await q.contactRequests(t.db, p), await q.transitions(t.db, p), await q.referrals(t.db, p), await q.signals(t.db, p)];
      assert.deepEqual([sorted(ev.contactRequests.rows), ev.contactRequests.pickup], [sorted(c.rows), c.pickup]);
      assert.deepEqual([sorted(ev.transitions.rows), ev.transitions.latency], [sorted(tr.rows), tr.latency]);
      assert.deepEqual([sorted(ev.referrals.rows), sorted(ev.referrals.reasons), ev.referrals.response], [sorted(r.rows), sorted(r.reasons), r.response]);
      assert.deepEqual([sorted(ev.signals.rows), ev.signals.resolve], [sorted(s.rows), s.resolve]);
      const pf = await personFigures(t.db, p);
      const [inflow, funnel, coverage] = [await q.inflow(t.db, p), await q.funnel(t.db, p), await q.coverage(t.db, p)];
      assert.deepEqual(sorted(pf.inflow), sorted(inflow));
      assert.deepEqual([sorted(pf.funnel.rows), pf.funnel.toContact, pf.funnel.toPlan], [sorted(funnel.rows), funnel.toContact, funnel.toPlan]);
      assert.deepEqual(sorted(pf.coverage), sorted(coverage));
      assert.ok(ev.referrals.rows.length > 0 && pf.inflow.length > 0, 'the data has rows in this period');
    }
  });
});
