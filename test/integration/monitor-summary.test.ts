// The monitor's summary table (monitor_person, migration 146) is kept by
// triggers in the same transaction as the events. This test generates random
// persons, contacts, plans and contact requests with a seeded generator,
// computes the person figures (inflow, stock, funnel, coverage) from the
// summary and from a recomputation over the events (test/helpers/monitor-raw.ts),
// and fails on any difference: after the inserts and after every round of
// random updates, deletes and erasures of events and persons.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import * as q from '../../src/db/monitor/queries.ts';
import { anonymiseSql } from '../../src/db/persons.ts';
import { seedReference } from '../../src/db/seed.ts';
import { limitationKinds } from '../../src/db/trajecten/index.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { emptyDb, type TestDb } from '../helpers/db.ts';
import * as raw from '../helpers/monitor-raw.ts';
import { mulberry32, pick, randomDay } from '../../src/domain/random.ts';

/** A seeded generator, so a failure can be replayed with MONITOR_SEED. */
const rng = mulberry32;

const SEEDS = process.env.MONITOR_SEED ? [Number(process.env.MONITOR_SEED)] : [1, 2, 3];
const CODES = ['GM0114', 'GM0118', 'GM0106'];
const kinds = Object.keys(limitationKinds);

let t: TestDb;
let db: Db;
let org: string;
let account: string;

const day = (r: () => number, from = '2023-01-01', spanDays = 730) => randomDay(r, from, spanDays);

async function generate(r: () => number, prefix: string, persons: number): Promise<void> {
  for (let i = 0; i < persons; i++) {
    const created = day(r);
    const ended = r() < 0.25;
    const lim = r() < 0.4 ? [] : r() < 0.7 ? [pick(r, kinds)] : [...new Set([pick(r, kinds), pick(r, kinds)])];
    const [p] = await db.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, came_into_view_via, no_benefit_reason,
         caseload, contact_person_id, limitation_kinds, created_at, ended_at)
       values ($1, $2, $3, 'T', 'T', $4, $5, $6, $7, $8, $9::text[], ($10::date + time '09:30') at time zone 'Europe/Amsterdam',
         case when $11 then ($10::date + 40 + time '11:00') at time zone 'Europe/Amsterdam' end) returning id`,
      [`${prefix}-${i}`, org, pick(r, CODES), r() < 0.1 ? null : 1960 + Math.floor(r() * 45), r() < 0.2 ? null : pick(r, ['zelf', 'uwv', 'school', 'wijkteam', 'werkgever', 'anders']),
        r() < 0.2 ? null : pick(r, ['inkomen-partner-of-ouders', 'eigen-vermogen', 'zelfstandige', 'onbekend']), ended ? 'beeindigd' : pick(r, ['actief', 'passief']),
        r() < 0.5 ? account : null, lim, created, ended],
    );
    const id = p!.id;
    for (let k = Math.floor(r() * 4); k > 0; k--) await db.query(`insert into contact (person_id, contact_date, channel) values ($1, $2::date, 'gesprek')`, [id, day(r, created, 120)]);
    for (let k = Math.floor(r() * 3); k > 0; k--) {
      // At most one current plan per person (unique index plan_current): earlier ones are closed.
      await db.query(`update plan set closed_at = now() where person_id = $1 and closed_at is null`, [id]);
      await db.query(
        `insert into plan (person_id, goal_type, goal, review_date, created_at, confirmed_at, closed_at)
         values ($1, 'regulier-werk', 'doel', $2::date + 100, ($2::date + time '14:15') at time zone 'Europe/Amsterdam',
           case when $3 then ($2::date + 5 + time '10:00') at time zone 'Europe/Amsterdam' end, case when $4 then now() end)`,
        [id, day(r, created, 200), r() < 0.4, r() < 0.3],
      );
    }
    if (r() < 0.5) {
      await db.query(
        `insert into self_registration (person_id, organization_id, reach_by, about, rechtencheck_code, deadline, created_at)
         values ($1, $2, 'telefoon', 'b', $3, $4::date + 7, ($4::date + time '08:00') at time zone 'Europe/Amsterdam')`,
        [id, org, r() < 0.5 ? 'ABCD-1234' : null, created],
      );
    }
  }
}

/** Random changes of events and persons, including erasure and deletion. */
async function mutate(r: () => number, prefix: string): Promise<void> {
  const ids = (await db.query<{ id: string }>(`select id from person where pseudonym like $1 order by pseudonym`, [`${prefix}-%`])).map((x) => x.id);
  for (const id of ids) {
    const x = r();
    if (x < 0.06) await db.query(`delete from person where id = $1`, [id]);
    else if (x < 0.12) await db.query(`${anonymiseSql} where id = $1`, [id]);
    else if (x < 0.2) await db.query(`delete from contact where id = (select id from contact where person_id = $1 order by contact_date limit 1)`, [id]);
    else if (x < 0.26) await db.query(`update contact set contact_date = contact_date + $2::int where person_id = $1`, [id, Math.floor(r() * 60) - 30]);
    else if (x < 0.32) await db.query(`delete from plan where id = (select id from plan where person_id = $1 order by created_at limit 1)`, [id]);
    else if (x < 0.38) await db.query(`update plan set confirmed_at = case when confirmed_at is null then created_at + interval '2 days' end where person_id = $1`, [id]);
    else if (x < 0.44) await db.query(`update plan set closed_at = now() where person_id = $1 and closed_at is null`, [id]);
    else if (x < 0.5) await db.query(`update self_registration set rechtencheck_code = case when rechtencheck_code is null then 'XY' end where person_id = $1`, [id]);
    else if (x < 0.54) await db.query(`delete from self_registration where person_id = $1`, [id]);
    else if (x < 0.6) {
      await db.query(`update person set gemeente_code = $2, caseload = 'beeindigd', ended_at = created_at + interval '3 days', contact_person_id = null,
        limitation_kinds = $3::text[], no_benefit_reason = 'zelfstandige', birth_year = birth_year - 1 where id = $1`, [id, pick(r, CODES), r() < 0.5 ? [] : [pick(r, kinds)]]);
    } else if (x < 0.64) await db.query(`update person set created_at = created_at - interval '45 days', came_into_view_via = null where id = $1`, [id]);
    else if (x < 0.68) await db.query(`insert into contact (person_id, contact_date, channel) values ($1, $2::date, 'telefoon')`, [id, day(r)]);
  }
  // One set-based statement over many rows, as an import would do.
  await db.query(`update contact set contact_date = contact_date - 1 where person_id in (select id from person where pseudonym like $1) and contact_date > '2024-06-01'`, [`${prefix}-%`]);
}

const sorted = (rows: q.CountRow[]) => [...rows].map((x) => ({ ...x })).sort((a, b) => `${a.a}\u0000${a.b}`.localeCompare(`${b.a}\u0000${b.b}`));

async function compare(r: () => number, label: string): Promise<void> {
  for (let k = 0; k < 6; k++) {
    const from = day(r, '2023-01-01', 800);
    const to = day(r, from, 120);
    const prevTo = new Date(`${from}T00:00:00Z`);
    prevTo.setUTCDate(prevTo.getUTCDate() - 1);
    const prevFrom = new Date(prevTo);
    prevFrom.setUTCDate(prevFrom.getUTCDate() - Math.floor(r() * 120));
    const codes = r() < 0.5 ? CODES : [pick(r, CODES)];
    const p: q.Params = [codes, from, to, prevFrom.toISOString().slice(0, 10), prevTo.toISOString().slice(0, 10)];
    const where = `${label}, period ${p.slice(1).join(' ')}, gemeenten ${codes.join(',')}`;
    assert.deepEqual(sorted(await q.inflow(db, p)), sorted(await raw.inflow(db, p)), `inflow: ${where}`);
    assert.deepEqual(sorted(await q.stock(db, p)), sorted(await raw.stock(db, p)), `stock: ${where}`);
    assert.deepEqual(sorted(await q.coverage(db, p)), sorted(await raw.coverage(db, p)), `coverage: ${where}`);
    const [f, g] = [await q.funnel(db, p), await raw.funnel(db, p)];
    assert.deepEqual(sorted(f.rows), sorted(g.rows), `funnel: ${where}`);
    assert.deepEqual([f.toContact, f.toPlan], [g.toContact, g.toPlan], `funnel durations: ${where}`);
  }
  // The whole table against the same derivation as its backfill.
  const diff = await db.query(
    `(select person_id, gemeente_code, created_at, ended_at, caseload, has_contact_person, came_into_view_via, no_benefit_reason, birth_year, limitation_kinds,
        via_rechtencheck, first_contact, first_plan_at, plan_confirmed, has_open_plan from monitor_person
      except
      select p.id, p.gemeente_code, p.created_at, p.ended_at, p.caseload, p.contact_person_id is not null, p.came_into_view_via, p.no_benefit_reason, p.birth_year, p.limitation_kinds,
        exists (select 1 from self_registration s where s.person_id = p.id and s.rechtencheck_code is not null),
        (select min(c.contact_date) from contact c where c.person_id = p.id), (select min(pl.created_at) from plan pl where pl.person_id = p.id),
        coalesce((select bool_or(pl.confirmed_at is not null) from plan pl where pl.person_id = p.id), false),
        exists (select 1 from plan pl where pl.person_id = p.id and pl.closed_at is null) from person p)
     union all (select id, null, null, null, null, null, null, null, null, null, null, null, null, null, null from person where id not in (select person_id from monitor_person))`,
  );
  assert.deepEqual(diff, [], `monitor_person differs from a recomputation (${label})`);
}

describe('monitor summary table (monitor_person) against a recomputation over the events', () => {
  before(async () => {
    t = await emptyDb();
    db = t.db;
    await migrate(db);
    await seedReference(db);
    org = uuidFromKey('organization', 'monitor-summary-test');
    await db.query(`insert into organization (id, key, name, type, description, gemeente_code) values ($1, 'monitor-summary-test', 'Test', 'gemeente', 't', 'GM0114')`, [org]);
    const [a] = await db.query<{ id: string }>(`insert into account (organization_id, email, name, role, password_hash) values ($1, 'summary@example.org', 'S', 'consulent', 'x') returning id`, [org]);
    account = a!.id;
  });
  after(async () => t.close());

  for (const seed of SEEDS) {
    it(`gives the same figures after inserts, updates, deletes and erasure (seed ${seed})`, async () => {
      const r = rng(seed);
      const prefix = `sum-${seed}`;
      await generate(r, prefix, 70);
      await compare(r, `seed ${seed}, after inserts`);
      for (let round = 1; round <= 3; round++) {
        await mutate(r, prefix);
        await compare(r, `seed ${seed}, after change round ${round}`);
      }
      await db.query(`delete from person where pseudonym like $1`, [`${prefix}-%`]);
      assert.equal((await db.query(`select 1 from monitor_person m left join person p on p.id = m.person_id where p.id is null`)).length, 0);
    });
  }
});
