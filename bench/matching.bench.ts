// The matching workbench (src/db/werkgevers/ranking.ts) at the size of a
// region: rank N candidate profiles against one vacancy, and M vacancies
// against one candidate, on the database. Profiles, consents and vacancies are
// generated set-based (generate_series), then VACUUM ANALYZE. Each ranking is
// timed against baselines doing the same reading in the same run, with the
// windows alternated:
//   - a plain scan: count(*) over the same rows with the same visibility rule;
//   - the naive way: fetch every row and judge it in the process (judgeMatch).
// It also checks that both ways give the same top candidates.
//
//   npx tsx bench/matching.bench.ts
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/matching.bench.ts
//
// PGlite always runs (5,000 profiles, 2,000 vacancies; with CI=true 2,000 and 1,000). PostgreSQL runs when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set: BENCH_PROFILES (default
// 50,000) and BENCH_VACANCIES (default 20,000); with CI=true 10,000 and 4,000,
// so it stays well under 30 seconds. Target: under 200 ms each on PostgreSQL.
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Actor } from '../src/db/persons.ts';
import { seedReference } from '../src/db/seed.ts';
import { readVacancy } from '../src/db/werkgevers/employers.ts';
import { listProfiles, profileVisible, conditionsOf, type ProfileListItem } from '../src/db/werkgevers/profiles.ts';
import { rankCandidatesFor, rankVacanciesFor, scanCandidatesFor, vacancyConditions } from '../src/db/werkgevers/ranking.ts';
import { vacancyColumns, type VacancyRow } from '../src/db/werkgevers/employers.ts';
import { compareMatches, judgeMatch, mayPropose } from '../src/domain/matching/rank.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { emptyDb } from '../test/helpers/db.ts';

const CI = process.env.CI === 'true';
const RUNS = Number(process.env.BENCH_RUNS ?? (CI ? 3 : 7));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const GEMEENTEN = "array['GM0106','GM0109','GM0114','GM0118','GM0119','GM1680','GM1681','GM1690','GM1699','GM1701','GM1730','GM1731']";
const lvl = (salt: number) => `case when (g * ${salt}) % 5 = 0 then null else 1 + (g * ${salt}) % 3 end`;

export async function generate(db: Db, profiles: number, vacancies: number): Promise<{ owner: string; wsp: string }> {
  const owner = uuidFromKey('organization', 'bench-matching-gemeente');
  const wsp = uuidFromKey('organization', 'bench-matching-wsp');
  await db.transaction(async (tx) => {
    await tx.query(`insert into organization (id, key, name, type, description, gemeente_code) values
      ($1, 'bench-matching-gemeente', 'Gemeente (benchmark)', 'gemeente', 'Gegenereerd', 'GM0114'),
      ($2, 'bench-matching-wsp', 'Werkgeversservicepunt (benchmark)', 'werkcentrum', 'Gegenereerd', null)`, [owner, wsp]);
    await tx.query(
      `insert into person (id, pseudonym, owner_organization_id, gemeente_code, given_name, family_name)
       select md5('bench-m-person-' || g)::uuid, 'bench-m-' || g, $1, 'GM0114', 'Voornaam', 'Achternaam' || g from generate_series(0, $2 - 1) g`,
      [owner, profiles],
    );
    // Nine in ten agreed to share with the WSP; every profile is shared with the owner.
    await tx.query(
      `insert into consent (person_id, organization_id, parts, purpose, valid_from, method)
       select md5('bench-m-person-' || g)::uuid, o, array['werkprofiel'], 'bemiddeling', current_date - 10, 'in-persoon'
       from generate_series(0, $3 - 1) g, unnest(array[$1::uuid, $2::uuid]) o where o = $1 or g % 10 <> 0`,
      [owner, wsp, profiles],
    );
    await tx.query(
      `insert into candidate_profile (person_id, organization_id, code, occupation_codes, hours_min, hours_max, roster_need, pace_max, structure_need,
         client_contact_max, physical_max, stimuli_max, needs_ov, reach_gemeenten, needs_adaptations, hard)
       select md5('bench-m-person-' || g)::uuid, $1, 'B-' || g,
         case when g % 3 = 0 then '{}'::text[] else array[(array['41','43','51','52','91','93','96'])[1 + g % 7], (array['44','92','94'])[1 + g % 3]] end,
         case when g % 4 = 0 then null else 4 + g % 12 end, 16 + g % 25,
         case g % 3 when 0 then null when 1 then 'vast' else 'flexibel' end,
         ${lvl(7)}, ${lvl(11)}, ${lvl(13)}, ${lvl(17)}, ${lvl(19)}, g % 2 = 0,
         array[(${GEMEENTEN})[1 + g % 12], (${GEMEENTEN})[1 + (g / 12) % 12]], g % 6 = 0,
         (array['{}', '{klantcontact}', '{prikkels,tempo}', '{reizen}', '{}', '{fysiek}'])[1 + g % 6]::text[]
       from generate_series(0, $2 - 1) g`,
      [owner, profiles],
    );
    const [employer] = await tx.query<{ id: string }>(`insert into employer (organization_id, name) values ($1, 'Werkgever (benchmark)') returning id`, [wsp]);
    await tx.query(
      `insert into vacancy (employer_id, organization_id, title, occupation_code, gemeente_code, hours_min, hours_max, roster, pace, structure, client_contact,
         physical, stimuli, ov_reachable, adaptations_possible, origin, status)
       select $1, $2, 'Vacature ' || g, (array['41','43','51','52','91','93','96','44','92'])[1 + g % 9], (${GEMEENTEN})[1 + g % 12],
         4 + g % 20, 4 + g % 20 + g % 13, case g % 3 when 0 then null when 1 then 'vast' else 'flexibel' end,
         ${lvl(3)}, ${lvl(5)}, ${lvl(7)}, ${lvl(11)}, ${lvl(13)}, case g % 4 when 0 then null else g % 4 <> 3 end, case g % 5 when 0 then null else g % 2 = 0 end,
         (array['bestaande-vacature','jobcarving','gecreeerd'])[1 + g % 3], case when g % 10 = 0 then 'vervuld' else 'open' end
       from generate_series(0, $3 - 1) g`,
      [employer!.id, wsp, vacancies],
    );
  });
  await db.query('vacuum analyze');
  return { owner, wsp };
}

export async function benchMatching(label: string, profiles: number, vacancies: number, databaseUrl?: string): Promise<void> {
  if (databaseUrl) process.env.TEST_DATABASE_URL = databaseUrl;
  else delete process.env.TEST_DATABASE_URL;
  const t = await emptyDb();
  try {
    const db = t.db;
    await migrate(db);
    await seedReference(db);
    const g0 = performance.now();
    const { wsp } = await generate(db, profiles, vacancies);
    const [counts] = await db.query<{ p: number; v: number }>(`select (select count(*) from candidate_profile)::int as p, (select count(*) from vacancy)::int as v`);
    console.log(`[${label}] sizes: ${counts!.p} profiles, ${counts!.v} vacancies (generated in ${((performance.now() - g0) / 1000).toFixed(1)} s)${CI ? ' (CI sizes)' : ''}`);
    const actor: Actor = { accountId: null, organizationId: wsp, role: 'werkgeversadviseur', traceId: 'bench' };
    const [vid] = await db.query<{ id: string }>(`select id from vacancy where status = 'open' and hours_min <= 16 and client_contact = 1 order by id limit 1`);
    const vacancy = (await readVacancy(db, wsp, vid!.id))!;
    const [pid] = await db.query<{ id: string }>(`select p.id from candidate_profile p where ${profileVisible('$1::uuid')} order by p.id limit 1`, [wsp]);
    const [profile] = await listProfiles(db, actor, pid!.id) as ProfileListItem[];

    // 1. Candidates for one vacancy.
    const scanSql = `select count(*) from candidate_profile p where ${profileVisible('$1::uuid')}`;
    const naiveCandidates = async () => {
      const all = await scanCandidatesFor(db, actor, vacancy);
      return all.filter(mayPropose).sort((a, b) => compareMatches(a, b, 'candidate')).slice(0, 25);
    };
    const top = await rankCandidatesFor(db, actor, vacancy);
    const naiveTop = await naiveCandidates();
    const same = top.map((r) => r.profile.id).join() === naiveTop.map((r) => r.candidateId).join();
    const w = { scan: [] as number[], naive: [] as number[], rank: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      w.scan.push(await time(() => db.query(scanSql, [wsp])));
      w.rank.push(await time(() => rankCandidatesFor(db, actor, vacancy)));
      w.naive.push(await time(naiveCandidates));
    }
    const r1 = median(w.rank);
    console.log(`[${label}] candidates for one vacancy: top ${top.length} of ${counts!.p}, the same as judging every row: ${same ? 'yes' : 'NO'}`);
    console.log(`[${label}]   plain scan count(*) median ${median(w.scan).toFixed(1)} ms; fetch-all-and-judge median ${median(w.naive).toFixed(1)} ms`);
    console.log(`[${label}]   ranked in SQL median ${r1.toFixed(1)} ms (runs ${w.rank.map((x) => x.toFixed(0)).join(', ')}); ratio to plain scan ${(r1 / median(w.scan)).toFixed(1)}, to fetch-all ${(r1 / median(w.naive)).toFixed(2)}${databaseUrl ? `; target < 200 ms: ${r1 < 200 ? 'met' : 'NOT met'}` : ''}`);

    // 2. Vacancies for one candidate.
    const vScanSql = `select count(*) from vacancy v where v.organization_id = $1 and v.status = 'open'`;
    const naiveVacancies = async () => {
      const rows = await db.query<VacancyRow>(`select ${vacancyColumns} from vacancy v join employer e on e.id = v.employer_id where v.organization_id = $1 and v.status = 'open'`, [wsp]);
      const c = conditionsOf(profile!);
      return rows.map((v) => judgeMatch(vacancyConditions(v), c)).filter(mayPropose).sort((a, b) => compareMatches(a, b, 'vacancy')).slice(0, 25);
    };
    const vTop = await rankVacanciesFor(db, actor, profile!);
    const vNaive = await naiveVacancies();
    const vSame = vTop.map((r) => r.vacancy.id).join() === vNaive.map((r) => r.vacancyId).join();
    const x = { scan: [] as number[], naive: [] as number[], rank: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      x.scan.push(await time(() => db.query(vScanSql, [wsp])));
      x.rank.push(await time(() => rankVacanciesFor(db, actor, profile!)));
      x.naive.push(await time(naiveVacancies));
    }
    const r2 = median(x.rank);
    console.log(`[${label}] vacancies for one candidate: top ${vTop.length} of ${counts!.v}, the same as judging every row: ${vSame ? 'yes' : 'NO'}`);
    console.log(`[${label}]   plain scan count(*) median ${median(x.scan).toFixed(1)} ms; fetch-all-and-judge median ${median(x.naive).toFixed(1)} ms`);
    console.log(`[${label}]   ranked in SQL median ${r2.toFixed(1)} ms (runs ${x.rank.map((v) => v.toFixed(0)).join(', ')}); ratio to plain scan ${(r2 / median(x.scan)).toFixed(1)}, to fetch-all ${(r2 / median(x.naive)).toFixed(2)}${databaseUrl ? `; target < 200 ms: ${r2 < 200 ? 'met' : 'NOT met'}` : ''}`);
  } finally {
    await t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchMatching('PGlite', CI ? 2_000 : 5_000, CI ? 1_000 : 2_000);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const profiles = Number(process.env.BENCH_PROFILES ?? (CI ? 10_000 : 50_000));
  const vacancies = Number(process.env.BENCH_VACANCIES ?? (CI ? 4_000 : 20_000));
  if (pgUrl) await benchMatching('PostgreSQL', profiles, vacancies, pgUrl);
  else console.log('[PostgreSQL] skipped: set BENCH_DATABASE_URL to a PostgreSQL server');
}
