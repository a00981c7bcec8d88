// The plans of the prepared statements (src/db/client.ts `prepared`) at
// 100,000 persons: per usage pattern, whether PostgreSQL picks the generic
// plan after its five custom plans, which scans the generic plan uses (the
// person-scoped variants must use an index, not scan the organisation), and
// the execution time of the generic plan against a custom one.
//
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/explain-prepared.ts
//   EXPLAIN_KEEP=1 …   keeps the database (inbeeld_explain_prepared) for the next run
//
// The data is bench/signals.bench.ts's generator (40 contact persons, 2,000,000 rows).
import pg from 'pg';
import { connect, prepared, type Statement } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedReference } from '../src/db/seed.ts';
import { holidaysAround } from '../src/db/signals.ts';
import { signalsPageSql, signalsSql } from '../src/db/signals/sql.ts';
import { nazorgSignalsSql } from '../src/db/nazorg/signals.ts';
import { caseloadSql } from '../src/db/trajecten/caseload.ts';
import { generate } from './signals.bench.ts';

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error('set BENCH_DATABASE_URL');
const PERSONS = Number(process.env.BENCH_PG_PERSONS ?? 100_000);
const name = 'inbeeld_explain_prepared';
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
const today = new Date().toISOString().slice(0, 10);
if (!exists) {
  await admin.query(`create database ${name}`);
  const db = await connect({ databaseUrl: url.toString() });
  await migrate(db);
  await seedReference(db);
  const { orgId } = await generate(db, PERSONS, today);
  // The signals generator makes no placements: one person in ten gets one (open, started 1 to 400 days ago), so the nazorg statement has rows.
  await db.query(`insert into employer (id, organization_id, name) values (md5('bench-employer')::uuid, $1, 'Werkgever (benchmark)')`, [orgId]);
  await db.query(
    `insert into placement (person_id, organization_id, employer_id, job_title, start_date, contract_kind, came_about)
     select md5('bench-person-' || g)::uuid, $1, md5('bench-employer')::uuid, 'Medewerker', $2::date - 1 - g % 400, case when g % 3 = 0 then 'vast' else 'tijdelijk' end, 'bestaande-vacature'
     from generate_series(1, $3 - 1, 10) g`,
    [orgId, today, PERSONS],
  );
  await db.query('vacuum (analyze)');
  await db.close();
}

const c = new pg.Client({ connectionString: url.toString() });
await c.connect();
const one = async <T>(sql: string, values: unknown[] = []) => (await c.query(sql, values)).rows[0] as T;
const { org, account } = await one<{ org: string; account: string }>(
  `select o.id as org, a.id as account from organization o join account a on a.organization_id = o.id where o.key = 'bench-signals-gemeente' and a.email = 'consulent2@bench.invalid'`,
);
const { person } = await one<{ person: string }>(
  `select p.id as person from person p where p.contact_person_id = $1 and p.erased_at is null and p.caseload <> 'beeindigd' and exists (select 1 from placement x where x.person_id = p.id) limit 1`,
  [account],
);
const page = (await c.query(`select id from person where contact_person_id = $1 order by family_name limit 50`, [account])).rows.map((r) => r.id as string);
const scope = (await c.query(`select id from person where owner_organization_id = $1 and erased_at is null and (contact_person_id = $2 or contact_person_id is null)`, [org, account])).rows.map((r) => r.id as string);
const holidays = holidaysAround(today);
console.log(`${PERSONS} persons; one contact person has ${scope.length} persons in their scope (theirs and those without one); a worklist page 50`);

const literal = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? c.escapeLiteral(`{${v.join(',')}}`) : c.escapeLiteral(String(v));

async function check(label: string, statement: Statement, values: unknown[]): Promise<void> {
  await c.query('set plan_cache_mode = auto');
  await c.query('set jit = off');
  // Eight runs as the app makes them: five custom plans, then PostgreSQL compares the generic plan's cost.
  for (let i = 0; i < 8; i++) await c.query({ name: statement.name, text: statement.text, values });
  const use = await one<{ generic_plans: number; custom_plans: number }>('select generic_plans, custom_plans from pg_prepared_statements where name = $1', [statement.name]);
  const exec = `execute ${statement.name}(${values.map(literal).join(', ')})`;
  const timed = async (mode: string) => {
    await c.query(`set plan_cache_mode = ${mode}`);
    const times: number[] = [];
    let plan: string[] = [];
    for (let i = 0; i < 3; i++) {
      plan = (await c.query(`explain (analyze, timing off, summary on) ${exec}`)).rows.map((r) => r['QUERY PLAN'] as string);
      times.push(Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1]));
    }
    return { ms: times.sort((a, b) => a - b)[1]!, plan };
  };
  const generic = await timed('force_generic_plan');
  const custom = await timed('force_custom_plan');
  await c.query('set plan_cache_mode = auto');
  // The scans of the generic plan on the person tables: an index scan for a person-scoped variant.
  const scans = [...new Set(generic.plan.map((l) => /((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan) (?:using \S+ )?on (?:monitor_person|person|placement|nazorg_followup)\b)/.exec(l)?.[1]).filter(Boolean))];
  console.log(`\n${label}\n  after 8 runs: ${use.custom_plans} custom, ${use.generic_plans} generic plans (${use.generic_plans > 0 ? 'generic plan in use' : 'custom plans'})`);
  console.log(`  generic plan: ${generic.ms.toFixed(1)} ms execution; custom plan: ${custom.ms.toFixed(1)} ms`);
  console.log(`  generic plan's scans of person tables: ${scans.join('; ')}`);
  if (process.env.EXPLAIN_FULL) console.log(generic.plan.map((l) => `    ${l}`).join('\n'));
}

const none = { person: false, contactPerson: false, persons: false };
// Before this change one text served every usage pattern, with optional filters written `($3 is null or …)`.
const shared = prepared(signalsSql(none).text.replace('$3::uuid is null', '($3::uuid is null or m.person_id = $3::uuid)')
  .replace('$4::uuid is null', '($4::uuid is null or m.contact_person_id = $4::uuid)').replace('$6::uuid[] is null', '($6::uuid[] is null or m.person_id = any($6::uuid[]))'));
await check('signals, one person, with ONE shared text for all usage patterns (as before; for comparison)', shared, [org, today, person, null, holidays, null]);
await check('signals, one person (dossier)', signalsSql({ ...none, person: true }), [org, today, person, null, holidays, null]);
await check('signals, a worklist page (50 persons)', signalsSql({ ...none, persons: true }), [org, today, null, null, holidays, page]);
await check('signals, whole organisation (monitor job)', signalsSql(none), [org, today, null, null, holidays, null]);
await check(`signals list view, a consulent's scope (${scope.length} persons)`, signalsPageSql({ ...none, persons: true }), [org, today, null, null, holidays, scope, null, 0, 50]);
await check('signals list view, whole organisation (teamleider)', signalsPageSql(none), [org, today, null, null, holidays, null, null, 0, 50]);
await check('nazorg signals, one person (dossier)', nazorgSignalsSql({ ...none, person: true }), [org, today, person, null, null]);
await check('nazorg signals, a worklist page (50 persons)', nazorgSignalsSql({ ...none, persons: true }), [org, today, null, null, page]);
await check(`nazorg signals, a consulent's scope (${scope.length} persons)`, nazorgSignalsSql({ ...none, persons: true }), [org, today, null, null, scope]);
await check('nazorg signals, whole organisation', nazorgSignalsSql(none), [org, today, null, null, null]);
const caseloadNone = { mine: false, withoutContactPerson: false, oneStatus: false, colleague: false, search: false };
await check('caseload, mine (all statuses)', caseloadSql({ ...caseloadNone, mine: true }), [org, 'consulent', null, account, null, null]);
await check('caseload, team view, one colleague', caseloadSql({ ...caseloadNone, colleague: true }), [org, 'teamleider', null, null, account, null]);
await check('caseload, without contact person', caseloadSql({ ...caseloadNone, withoutContactPerson: true }), [org, 'consulent', null, null, null, null]);
await c.end();
if (!process.env.EXPLAIN_KEEP) await admin.query(`drop database ${name} with (force)`);
await admin.end();
