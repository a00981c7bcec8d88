// The whole monitor (every section's queries, with disclosure control) for
// one arbeidsmarktregio, against a plain count(*) over the same rows in the
// same run. Data: persons over five years in the region's gemeenten with
// about 20 rows each (12 contacts, a contact request for half, a plan, a
// transition, 2 referrals, 3.5 more contacts, a signal episode for a third), generated set-based, then
// VACUUM ANALYZE. Timed: the page's queries for one quarter and the previous
// one (median of BENCH_RUNS runs).
//
//   npx tsx bench/monitor.bench.ts                                   # PGlite, 10,000 persons (200,000 rows)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/monitor.bench.ts # also PostgreSQL, 100,000 persons (2,000,000 rows)
//
// Target: under 300 ms on PostgreSQL for 2,000,000 rows.
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedReference } from '../src/db/seed.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { sections } from '../src/features/monitor/sections.ts';
import { loadMonitor, readChoice } from '../src/features/monitor/service.ts';
import { emptyDb } from '../test/helpers/db.ts';

// CI: small sizes so the whole bench stays well under 30 seconds; the sizes are printed.
const CI = process.env.CI === 'true';
const RUNS = Number(process.env.BENCH_RUNS ?? (CI ? 3 : 5));
const TODAY = '2026-06-30';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function generate(db: Db, persons: number): Promise<{ orgId: string; rows: number }> {
  const orgId = uuidFromKey('organization', 'bench-monitor-gemeente');
  const receiver = uuidFromKey('organization', 'bench-monitor-aanbieder');
  await db.query(
    `insert into organization (id, key, name, type, description, gemeente_code) values
       ($1, 'bench-monitor-gemeente', 'Bench gemeente', 'gemeente', 'bench', 'GM0114'),
       ($2, 'bench-monitor-aanbieder', 'Bench aanbieder', 'aanbieder', 'bench', null)`,
    [orgId, receiver],
  );
  const codes = (await db.query<{ code: string }>(`select code from gemeente where arbeidsmarktregio_code = (select arbeidsmarktregio_code from gemeente where code = 'GM0114') order by code`)).map((r) => r.code);
  const r = (salt: string) => `((('x' || substr(md5(g::text || '${salt}'), 1, 8))::bit(32)::bigint & 2147483647) / 2147483648.0)`;
  await db.query(
    `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, came_into_view_via, no_benefit_reason, caseload, contact_person_id, created_at, ended_at)
     select 'bench-' || g, $1::uuid, ($2::text[])[1 + g % cardinality($2::text[])], 'B', 'B', 1960 + g % 45,
       (array['zelf','uwv','school','wijkteam','werkgever','anders'])[1 + (${r('v')} * 6)::int % 6],
       (array['inkomen-partner-of-ouders','eigen-vermogen','zelfstandige','onbekend'])[1 + (${r('n')} * 4)::int % 4],
       case when ${r('e')} < 0.3 then 'beeindigd' when ${r('e')} < 0.45 then 'passief' else 'actief' end, null,
       $3::date - (${r('d')} * 1826)::int + time '10:00',
       case when ${r('e')} < 0.3 then $3::date - (${r('d')} * 1826)::int + 200 end
     from generate_series(1, $4::int) g`,
    [orgId, codes, TODAY, persons],
  );
  const mine = `from (select p.id, p.created_at, substring(p.pseudonym from 7)::int as g from person p where p.pseudonym like 'bench-%') p`;
  await db.query(`insert into contact (person_id, contact_date, channel) select p.id, p.created_at::date + k * 20, 'gesprek' ${mine}, generate_series(0, 14) k where k < 15.5 - (g % 2)`);
  await db.query(`insert into self_registration (person_id, organization_id, reach_by, about, deadline, created_at, picked_up_at) select p.id, $1::uuid, 'telefoon', 'b', p.created_at::date + 7, p.created_at, p.created_at + interval '3 days' * (g % 5) ${mine} where g % 2 = 0`, [orgId]);
  await db.query(`insert into plan (person_id, goal_type, goal, review_date, created_at, confirmed_at) select p.id, 'regulier-werk', 'b', p.created_at::date + 200, p.created_at + interval '30 days', case when g % 3 = 0 then p.created_at + interval '40 days' end ${mine}`);
  await db.query(`insert into transition (person_id, organization_id, kind, event_date, source, deadline, picked_up_at) select p.id, $1::uuid, 'einde-contract', p.created_at::date, 'csv', p.created_at::date + 14, p.created_at + interval '1 day' * (g % 20) ${mine}`, [orgId]);
  await db.query(
    `insert into referral (person_id, sender_organization_id, receiver_organization_id, question, parts, state, outcome, reason, sent_at, sent_on, responded_at)
     select p.id, $1::uuid, $2::uuid, 'b', array['basis'], case when k = 0 then 'afgerond' else 'afgewezen' end, case when k = 0 then 'geholpen' end, case when k = 1 then 'geen-plek' end,
       p.created_at + interval '40 days', (p.created_at + interval '40 days')::date, p.created_at + interval '45 days' ${mine}, generate_series(0, 1) k`,
    [orgId, receiver],
  );
  await db.query(`insert into signal_episode (person_id, kind, started_on, resolved_on) select p.id, 'geen-contact', p.created_at::date + 30, case when g % 4 > 0 then p.created_at::date + 30 + g % 40 end ${mine} where g % 3 = 0`);
  await db.exec('vacuum analyze');
  const [n] = await db.query<{ n: number }>(
    `select (select count(*) from person) + (select count(*) from contact) + (select count(*) from self_registration) + (select count(*) from plan) + (select count(*) from transition) + (select count(*) from referral) + (select count(*) from signal_episode) as n`,
  );
  return { orgId, rows: Number(n!.n) };
}

async function run(label: string, db: Db, persons: number) {
  await migrate(db);
  await seedReference(db);
  const t0 = performance.now();
  const { orgId, rows } = await generate(db, persons);
  process.stdout.write(`${label}: ${persons} persons, ${rows} rows generated in ${Math.round(performance.now() - t0)} ms\n`);
  const { choice, current, previous } = readChoice({ periode: 'kwartaal', datum: '2026-03-15', niveau: 'regio' }, TODAY);
  const monitor: number[] = [];
  const baseline: number[] = [];
  let figures = 0;
  await loadMonitor(db, orgId, choice, current!, previous!); // warm-up
  for (let i = 0; i < RUNS; i++) {
    monitor.push(await time(async () => { figures = (await loadMonitor(db, orgId, choice, current!, previous!))!.figures.length; }));
    baseline.push(await time(() => db.query('select (select count(*) from person) + (select count(*) from contact) + (select count(*) from self_registration) + (select count(*) from plan) + (select count(*) from transition) + (select count(*) from referral) + (select count(*) from signal_episode)')));
  }
  process.stdout.write(`${label}: whole monitor (${figures} figures, region) median ${median(monitor).toFixed(1)} ms; count(*) over the same rows ${median(baseline).toFixed(1)} ms; ratio ${(median(monitor) / median(baseline)).toFixed(2)}${CI ? ' (CI sizes)' : ''}\n`);
  // Where the time goes: each section (queries and disclosure control
  // together), alone in its own monitor session. A section that reads a
  // batched statement (src/db/monitor/batched.ts) runs it here by itself; on
  // the page the sections of a lane share it, so these do not add up to the page.
  const { params } = await import('../src/db/monitor/queries.ts');
  const { scopeFor } = await import('../src/db/monitor/scope.ts');
  const { monitorSession } = await import('../src/features/monitor/service.ts');
  const scope = (await scopeFor(db, orgId, 'regio'))!;
  for (const s of sections) {
    const ts: number[] = [];
    for (let i = 0; i < RUNS; i++) ts.push(await time(() => monitorSession(db, (tx) => s.load({ db: tx, params: params(scope.codes, current!, previous!), sdc: { minimum: 5 }, on: current!.to }))));
    process.stdout.write(`  ${s.key} (lane ${s.lane}): ${median(ts).toFixed(1)} ms\n`);
  }
}

const pgliteDb = await emptyDb();
try {
  await run('PGlite', pgliteDb.db, Number(process.env.BENCH_PERSONS ?? (CI ? 500 : 10_000)));
} finally {
  await pgliteDb.close();
}
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  process.env.TEST_DATABASE_URL = url;
  const pgDb = await emptyDb();
  try {
    await run('PostgreSQL', pgDb.db, Number(process.env.BENCH_PG_PERSONS ?? (CI ? 2_000 : 100_000)));
  } finally {
    await pgDb.close();
  }
}
