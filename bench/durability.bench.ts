// Durability figures (src/db/nazorg/durability.ts) for a whole organisation:
// placements of persons over 5 years, generated set-based with
// generate_series, then VACUUM ANALYZE. Times durabilityFigures (careers by
// the job-to-job rule, counts per breakdown, Kaplan–Meier) against a baseline
// in the same run: a plain count(*) over the same rows. Also checks the
// set-based careers against the pure mergeCareers on the same data.
//
//   npx tsx bench/durability.bench.ts
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/durability.bench.ts
//
// PGlite always runs, with BENCH_PLACEMENTS placements (default 10,000).
// PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, with
// BENCH_PG_PLACEMENTS (default 100,000) placements of 60% as many persons.
// Target: under 500 ms on PostgreSQL for 100,000 placements. With CI=true the
// defaults are 2,000 and 20,000 (the whole bench stays under 30 seconds).
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { durabilityFigures } from '../src/db/nazorg/durability.ts';
import { seedReference } from '../src/db/seed.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { careerObservation, mergeCareers } from '../src/domain/nazorg/careers.ts';
import { emptyDb } from '../test/helpers/db.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? (process.env.CI === 'true' ? 3 : 5));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function generate(db: Db, placements: number): Promise<string> {
  const orgId = uuidFromKey('organization', 'bench-durability-gemeente');
  const persons = Math.round(placements * 0.6);
  await db.transaction(async (tx) => {
    await tx.query('select setseed(0.14)');
    await tx.query(`insert into organization (id, key, name, type, description, gemeente_code) values ($1, 'bench-durability-gemeente', 'Gemeente (benchmark)', 'gemeente', 'Gegenereerd', 'GM0114')`, [orgId]);
    await tx.query(
      `insert into person (id, pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year)
       select md5('bench-dur-person-' || g)::uuid, 'bench-dur-' || g, $1, 'GM0114', 'Voornaam', 'Achternaam' || g, 1960 + (g % 45)
       from generate_series(0, $2 - 1) g`,
      [orgId, persons],
    );
    const [employer] = await tx.query<{ id: string }>(`insert into employer (organization_id, name) values ($1, 'Werkgever (benchmark)') returning id`, [orgId]);
    // Starts spread over 5 years; 55% end after a duration that is often around half a year; follow-on jobs start 0-60 days later.
    await tx.query(
      `insert into placement (id, person_id, organization_id, employer_id, job_title, start_date, contract_kind, came_about, instruments, end_date, end_reason, source)
       select md5('bench-dur-pl-' || g)::uuid, md5('bench-dur-person-' || (g % $3))::uuid, $1, $4, 'Functie', s.start,
         (array['tijdelijk','vast','uitzend','proefplaatsing','beschut-werk','detachering'])[1 + g % 6],
         (array['gecreeerd','jobcarving','bestaande-vacature','zelf-gevonden'])[1 + (g / 7) % 4],
         case g % 5 when 0 then '{loonkostensubsidie,jobcoach}'::text[] when 1 then '{jobcoach}' when 2 then '{loonkostensubsidie}' else '{}' end,
         e.end_date, case when e.end_date is not null then 'anders' end, 'demo'
       from generate_series(0, $2 - 1) g
       cross join lateral (select (current_date - (random() * 1825 + g * 0)::int) as start) s
       cross join lateral (select case when random() < 0.55 then least(s.start + (30 + random() * 700)::int, current_date) end as end_date) e`,
      [orgId, placements, persons, employer!.id],
    );
    await tx.query(
      `insert into checkin (placement_id, person_id, moment_key, checkin_date, with_whom, rating)
       select id, person_id, 'w4', start_date + 30, '{persoon}', 4 from placement where organization_id = $1 and random() < 0.7`,
      [orgId],
    );
  });
  await db.query('vacuum analyze');
  return orgId;
}

export async function benchDurability(label: string, placements: number, databaseUrl?: string): Promise<void> {
  if (databaseUrl) process.env.TEST_DATABASE_URL = databaseUrl;
  else delete process.env.TEST_DATABASE_URL;
  const t = await emptyDb();
  try {
    const db = t.db;
    await migrate(db);
    await seedReference(db);
    const today = new Date().toISOString().slice(0, 10);
    const g0 = performance.now();
    const orgId = await generate(db, placements);
    const [counts] = await db.query<{ placements: number; persons: number; checkins: number }>(
      `select (select count(*) from placement) as placements, (select count(distinct person_id) from placement) as persons, (select count(*) from checkin) as checkins`,
    );
    console.log(`[${label}] generated ${counts!.placements} placements of ${counts!.persons} persons, ${counts!.checkins} check-ins, in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    const baselineSql = `select (select count(*) from placement where organization_id = $1) + (select count(*) from checkin) as n`;
    const options = { gapWeeks: 4, firstCheckinWeeks: 6 };
    await db.query(baselineSql, [orgId]);
    const rows = await durabilityFigures(db, orgId, today, options);
    const base: number[] = [];
    const figures: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await time(() => db.query(baselineSql, [orgId])));
      figures.push(await time(() => durabilityFigures(db, orgId, today, options)));
    }
    // The same careers by the pure rule.
    const spans = await db.query<{ id: string; personId: string; start: string; end: string | null }>(
      `select id, person_id as "personId", start_date as start, end_date as "end" from placement where organization_id = $1`,
      [orgId],
    );
    const careers = mergeCareers(spans, options.gapWeeks);
    const total = rows.find((r) => r.dimension === 'totaal')!;
    const ended = careers.map((c) => careerObservation(c, today, options.gapWeeks)).filter((o) => o.ended).length;
    const b = median(base);
    const f = median(figures);
    console.log(`[${label}] careers: ${total.careers} by the query, ${careers.length} by mergeCareers (${ended} ended)${total.careers === careers.length ? ': the same' : ': DIFFERENT'}`);
    console.log(`[${label}] still in work: ${total.points!.map((p) => `${p.months} mnd ${p.survival === null ? '–' : `${(p.survival * 100).toFixed(1)}%`} (at risk ${p.atRisk})`).join(', ')}`);
    console.log(`[${label}] baseline count(*) over the same rows: median ${b.toFixed(0)} ms of ${RUNS} runs`);
    const target = databaseUrl && placements >= 100_000 ? `; target < 500 ms: ${f < 500 ? 'met' : 'NOT met'}` : '';
    console.log(`[${label}] durabilityFigures, all breakdowns: median ${f.toFixed(0)} ms (runs: ${figures.map((x) => x.toFixed(0)).join(', ')}); ratio ${(f / b).toFixed(1)}${target}`);
  } finally {
    await t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ci = process.env.CI === 'true';
  const pgliteSize = Number(process.env.BENCH_PLACEMENTS ?? (ci ? 1_000 : 10_000));
  const pgSize = Number(process.env.BENCH_PG_PLACEMENTS ?? (ci ? 10_000 : 100_000));
  console.log(`durability bench sizes${ci ? ' (CI)' : ''}: PGlite ${pgliteSize}, PostgreSQL ${pgSize} placements`);
  await benchDurability('PGlite', pgliteSize);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await benchDurability('PostgreSQL', pgSize, pgUrl);
  else console.log('[PostgreSQL] skipped: set BENCH_DATABASE_URL to a PostgreSQL server');
}
