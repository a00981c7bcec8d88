// The careers table (career, migration 155) is kept by triggers on placement
// and person in the same transaction. This test generates varied placements
// with a seeded generator (overlapping jobs, back-to-back jobs, gaps just
// under, at and over the 4-week threshold, open jobs, jobs recorded ahead of
// today), then computes the durability figures from the table and from the
// raw rows with the pure domain functions (mergeCareers, careerObservation,
// kaplanMeier), and fails on any difference: after the inserts and after every
// round of random updates, deletes, check-ins and erasures. The live path
// (another gap) is compared the same way.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { dimensions, durabilityFigures, MIN_CELL, type Dimension, type DurabilityRow } from '../../src/db/nazorg/durability.ts';
import { anonymiseSql } from '../../src/db/persons.ts';
import { seedReference } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { careerObservation, mergeCareers } from '../../src/domain/nazorg/careers.ts';
import { addDays } from '../../src/domain/nazorg/dates.ts';
import { DURABILITY_POINTS, kaplanMeier } from '../../src/domain/nazorg/survival.ts';
import { mulberry32, pick } from '../../src/domain/random.ts';
import { emptyDb, type TestDb } from '../helpers/db.ts';

const SEEDS = process.env.CAREER_SEED ? [Number(process.env.CAREER_SEED)] : [1, 2, 3];
const CONTRACTS = ['tijdelijk', 'vast', 'uitzend', 'proefplaatsing', 'beschut-werk', 'detachering'];
const CAME_ABOUT = ['gecreeerd', 'jobcarving', 'bestaande-vacature', 'zelf-gevonden'];
const INSTRUMENTS = [[], [], ['jobcoach'], ['loonkostensubsidie', 'jobcoach'], ['no-riskpolis'], ['werkplekvoorziening', 'vervoersvoorziening']];
// Gaps between jobs in days: overlap, back-to-back, just under, at and just over 4 weeks, and well over it.
const GAPS = [-40, -1, 0, 1, 27, 28, 29, 35, 90];
const TODAYS = ['2025-03-31', '2026-06-15', '2026-12-01'];

let t: TestDb;
let db: Db;
let orgs: string[];
let employers: string[];


async function addPlacement(r: () => number, org: string, employer: string, personId: string, start: string, end: string | null): Promise<void> {
  await db.query(
    `insert into placement (person_id, organization_id, employer_id, job_title, start_date, contract_kind, came_about, instruments, end_date, end_reason)
     values ($1, $2, $3, 'Functie', $4, $5, $6, $7::text[], $8, case when $8::date is not null then 'anders' end)`,
    [personId, org, employer, start, pick(r, CONTRACTS), pick(r, CAME_ABOUT), pick(r, INSTRUMENTS), end],
  );
}

/** Persons with a run of jobs each, in one of two organisations; some in both. */
async function generate(r: () => number, prefix: string, persons: number): Promise<void> {
  // Around each "today": a job that ended 10 days before it, and a next job recorded ahead that starts
  // 10 days after it (within the gap) or 40 days after it (beyond the gap). Only the jobs up to today count.
  for (const [k, today] of TODAYS.entries()) {
    for (const after of [10, 40]) {
      const [p] = await db.query<{ id: string }>(
        `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year) values ($1, $2, 'GM0114', 'T', 'T', 1990) returning id`,
        [`${prefix}-ahead-${k}-${after}`, orgs[0]],
      );
      await addPlacement(r, orgs[0]!, employers[0]!, p!.id, addDays(today, -100), addDays(today, -10));
      await addPlacement(r, orgs[0]!, employers[0]!, p!.id, addDays(today, after), null);
    }
  }
  for (let i = 0; i < persons; i++) {
    const [p] = await db.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year)
       values ($1, $2, 'GM0114', 'T', 'T', $3) returning id`,
      [`${prefix}-${i}`, orgs[0], r() < 0.1 ? null : 1955 + Math.floor(r() * 50)],
    );
    const k = r() < 0.85 ? 0 : 1;
    let start = addDays('2022-01-01', Math.floor(r() * 1700));
    for (let j = 1 + Math.floor(r() * 4); j > 0; j--) {
      const open = r() < 0.15;
      const end = open ? null : addDays(start, Math.floor(r() * 400));
      await addPlacement(r, orgs[k]!, employers[k]!, p!.id, start, end);
      if (open) start = addDays(start, 20 + Math.floor(r() * 200));
      else start = addDays(end!, pick(r, GAPS));
    }
    // Check-ins on some first jobs: on time, late, or none.
    if (r() < 0.6) {
      await db.query(
        `insert into checkin (placement_id, person_id, checkin_date, with_whom, rating)
         select id, person_id, start_date + $2::int, '{persoon}', 4 from placement where person_id = $1 order by start_date limit 1`,
        [p!.id, pick(r, [10, 41, 42, 43, 80])],
      );
    }
  }
}

/** Random changes of placements, check-ins and persons, including erasure and deletion. */
async function mutate(r: () => number, prefix: string): Promise<void> {
  const ids = (await db.query<{ id: string }>(`select id from person where pseudonym like $1 order by pseudonym`, [`${prefix}-%`])).map((x) => x.id);
  for (const id of ids) {
    const x = r();
    const first = `(select id from placement where person_id = $1 order by start_date, id limit 1)`;
    if (x < 0.04) await db.query(`delete from person where id = $1`, [id]);
    else if (x < 0.08) await db.query(`${anonymiseSql} where id = $1`, [id]);
    else if (x < 0.16) await db.query(`delete from placement where id = ${first}`, [id]);
    else if (x < 0.24) await db.query(`update placement set end_date = null, end_reason = null where id = ${first}`, [id]);
    else if (x < 0.32) {
      // Close or move the end: the gap to the next job lands just under, at or just over the threshold.
      await db.query(
        `update placement x set end_date = greatest(x.start_date, coalesce(n.start_date, x.start_date + 100) - $2::int), end_reason = 'anders'
         from (select id, lead(start_date) over (order by start_date, id) as start_date from placement where person_id = $1) n
         where x.id = n.id and x.id = ${first}`,
        [id, pick(r, GAPS.map((g) => -g).filter((g) => g >= 0).concat([27, 28, 29]))],
      );
    } else if (x < 0.4) await db.query(`update placement set start_date = start_date + $2::int where id = ${first} and (end_date is null or end_date >= start_date + $2::int)`, [id, Math.floor(r() * 60) - 30]);
    else if (x < 0.46) {
      const [last] = await db.query<{ reach: string | null; org: string }>(
        `select max(coalesce(end_date, 'infinity'::date))::text as reach, (array_agg(organization_id::text))[1] as org from placement where person_id = $1`,
        [id],
      );
      if (last?.reach && last.reach !== 'infinity') {
        const k = orgs.indexOf(last.org);
        await addPlacement(r, orgs[k]!, employers[k]!, id, addDays(last.reach, pick(r, [27, 28, 29])), r() < 0.5 ? null : addDays(last.reach, 200));
      }
    } else if (x < 0.52) await db.query(`update person set birth_year = case when birth_year is null or birth_year < 1960 then 1998 else birth_year - 30 end where id = $1`, [id]);
    else if (x < 0.58) {
      await db.query(`insert into checkin (placement_id, person_id, checkin_date, with_whom, rating) select id, person_id, start_date + 5, '{persoon}', 3 from placement where id = ${first}`, [id]);
    } else if (x < 0.62) await db.query(`delete from checkin where person_id = $1`, [id]);
    else if (x < 0.65) {
      // A job moved to another person of the same run.
      await db.query(`update placement set person_id = $2 where id = ${first}`, [id, pick(r, ids)]);
    }
  }
  // One set-based statement over many rows, as an import would do.
  await db.query(
    `update placement set end_date = end_date + 1 where end_date is not null and person_id in (select id from person where pseudonym like $1) and start_date > '2024-01-01'`,
    [`${prefix}-%`],
  );
}

/** The figures from the raw rows by the pure domain functions, in the shape of durabilityFigures. */
async function expected(org: string, today: string, gapWeeks: number, firstCheckinWeeks: number): Promise<DurabilityRow[]> {
  const rows = await db.query<{ id: string; personId: string; start: string; end: string | null; contract: string; cameAbout: string; instruments: string[]; birthYear: number | null; firstCheckin: string | null }>(
    `select x.id, x.person_id as "personId", x.start_date::text as start, x.end_date::text as "end", x.contract_kind as contract, x.came_about as "cameAbout",
       x.instruments, p.birth_year as "birthYear", (select min(k.checkin_date)::text from checkin k where k.placement_id = x.id) as "firstCheckin"
     from placement x join person p on p.id = x.person_id
     where x.organization_id = $1 and p.erased_at is null and x.start_date <= $2`,
    [org, today],
  );
  const byId = new Map(rows.map((x) => [x.id, x]));
  const groups = new Map<string, { dimension: Dimension; value: string; obs: Array<{ days: number; ended: boolean }> }>();
  const add = (dimension: Dimension, value: string, o: { days: number; ended: boolean }) => {
    const key = `${dimension}\u0000${value}`;
    if (!groups.has(key)) groups.set(key, { dimension, value, obs: [] });
    groups.get(key)!.obs.push(o);
  };
  for (const c of mergeCareers(rows, gapWeeks)) {
    const o = careerObservation(c, today, gapWeeks);
    const obs = { days: Math.min(o.days, 731), ended: o.ended && o.days <= 730 };
    const f = byId.get(c.placementIds[0]!)!;
    const year = Number(f.start.slice(0, 4));
    const age = f.birthYear === null ? null : year - f.birthYear;
    add('totaal', 'alle', obs);
    add('kwartaal', `${year}-K${Math.floor((Number(f.start.slice(5, 7)) - 1) / 3) + 1}`, obs);
    add('contract', f.contract, obs);
    add('ontstaan', f.cameAbout, obs);
    add('leeftijd', age === null ? 'onbekend' : age < 27 ? 'onder 27' : age < 50 ? '27 tot 50' : '50 en ouder', obs);
    add('nazorg', f.firstCheckin !== null && f.firstCheckin <= addDays(f.start, firstCheckinWeeks * 7) ? 'ja' : 'nee', obs);
    for (const i of f.instruments.length === 0 ? ['geen'] : f.instruments) add('instrument', i, obs);
  }
  const order = Object.keys(dimensions);
  return [...groups.values()]
    .map((g) => {
      const careers = g.obs.length;
      if (careers < MIN_CELL) return { dimension: g.dimension, value: g.value, careers, points: null };
      const curve = kaplanMeier(g.obs, DURABILITY_POINTS.map((p) => p.day));
      return { dimension: g.dimension, value: g.value, careers, points: curve.map((c, i) => ({ months: DURABILITY_POINTS[i]!.months, survival: c.atRisk >= MIN_CELL ? c.survival : null, atRisk: c.atRisk })) };
    })
    .sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Survival rounded, so a different order of the same multiplications cannot fail the comparison. */
const rounded = (rows: DurabilityRow[]) => rows.map((r) => ({ ...r, points: r.points?.map((p) => ({ ...p, survival: p.survival === null ? null : Math.round(p.survival * 1e9) })) ?? null }));

async function compare(label: string): Promise<void> {
  for (const org of orgs) {
    for (const today of TODAYS) {
      const where = `${label}, organisation ${orgs.indexOf(org)}, today ${today}`;
      assert.deepEqual(rounded(await durabilityFigures(db, org, today, { gapWeeks: 4, firstCheckinWeeks: 6 })), rounded(await expected(org, today, 4, 6)), `stored careers: ${where}`);
      assert.deepEqual(rounded(await durabilityFigures(db, org, today, { gapWeeks: 4, firstCheckinWeeks: 6, live: true })), rounded(await expected(org, today, 4, 6)), `live, 4 weeks: ${where}`);
      assert.deepEqual(rounded(await durabilityFigures(db, org, today, { gapWeeks: 2, firstCheckinWeeks: 5 })), rounded(await expected(org, today, 2, 5)), `live, 2 weeks: ${where}`);
    }
  }
  // The whole table against the same derivation as its first fill.
  const cols = 'organization_id, person_id, first_placement_id, start_date, reach, last_start, contract_kind, came_about, instruments, first_checkin, birth_year, erased';
  const diff = await db.query(`(select ${cols} from career except select ${cols} from career_source) union all (select ${cols} from career_source except select ${cols} from career)`);
  assert.deepEqual(diff, [], `career differs from a recomputation (${label})`);
}

describe('careers table (career) against the domain functions over the raw placements', () => {
  before(async () => {
    t = await emptyDb();
    db = t.db;
    await migrate(db);
    await seedReference(db);
    orgs = [];
    employers = [];
    for (const key of ['career-test-a', 'career-test-b']) {
      const id = uuidFromKey('organization', key);
      await db.query(`insert into organization (id, key, name, type, description, gemeente_code) values ($1, $2, 'Test', 'gemeente', 't', 'GM0114')`, [id, key]);
      const [e] = await db.query<{ id: string }>(`insert into employer (organization_id, name) values ($1, 'Werkgever') returning id`, [id]);
      orgs.push(id);
      employers.push(e!.id);
    }
  });
  after(async () => t.close());

  for (const seed of SEEDS) {
    it(`gives the same figures after inserts, updates, deletes and erasure (seed ${seed})`, async () => {
      const r = mulberry32(seed);
      const prefix = `career-${seed}`;
      await generate(r, prefix, 60);
      await compare(`seed ${seed}, after inserts`);
      for (let round = 1; round <= 3; round++) {
        await mutate(r, prefix);
        await compare(`seed ${seed}, after change round ${round}`);
      }
      await db.query(`delete from person where pseudonym like $1`, [`${prefix}-%`]);
      assert.equal((await db.query(`select 1 from career c left join person p on p.id = c.person_id where p.id is null`)).length, 0);
      assert.equal((await db.query(`select 1 from career`)).length, 0, 'no careers left without placements');
    });
  }
});
