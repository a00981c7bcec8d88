// The signals read per-person facts from the summary (monitor_person, columns
// of migration 170), kept by triggers in the same transaction as the events.
// This test adds random persons with contacts (some ahead of today), plans,
// agreements, transitions, contact requests and contact-person changes to the
// demo data (which has nazorg placements), with gemeenten that have their own
// limits and grace periods, and compares after the inserts and after each
// round of random updates, deletes and erasures:
// - the summary columns with a recomputation over the events;
// - the signal rows (signalsSql) with the old statement over the events
//   (test/helpers/signals-raw.ts), for several days and scopes;
// - every page of the list view with the full list, nazorg signals included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { anonymiseSql, type Actor } from '../../src/db/persons.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { computeSignals, holidaysAround } from '../../src/db/signals.ts';
import { computeSignalsPage, listOrder, type ListSignal } from '../../src/db/signals/page.ts';
import { signalsSql } from '../../src/db/signals/sql.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { mulberry32, pick, randomDay } from '../../src/domain/random.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';
import { RAW_SIGNALS_SQL } from '../helpers/signals-raw.ts';

const SEEDS = process.env.SIGNALS_SEED ? [Number(process.env.SIGNALS_SEED)] : [1, 2];
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
// GM0114 and GM0106 get their own limits and grace periods below; GM0118 keeps the defaults; null: the organisation's gemeente.
const CODES = ['GM0114', 'GM0106', 'GM0118', null];
const KINDS = ['doelgroepregister-registratie', 'uitkering-afgewezen', 'school-verlaten-vso', 'einde-contract'];

let t: TestDb;
let db: Db;
let accounts: string[];

const day = (r: () => number, from = '2025-06-01', spanDays = 420) => randomDay(r, from, spanDays);

async function generate(r: () => number, prefix: string, persons: number): Promise<void> {
  for (let i = 0; i < persons; i++) {
    const created = day(r, '2025-01-01', 500);
    const [p] = await db.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, caseload, contact_person_id, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, ($8::date + time '23:30') at time zone 'Europe/Amsterdam') returning id`,
      [`${prefix}-${i}`, emmen, pick(r, CODES), pick(r, ['Anna', 'Bram', 'Émile']), pick(r, ['Jansen', 'de Vries', 'Bakker']),
        pick(r, ['actief', 'actief', 'passief', 'beeindigd']), r() < 0.3 ? null : pick(r, accounts), created],
    );
    const id = p!.id;
    for (let k = Math.floor(r() * 4); k > 0; k--) await db.query(`insert into contact (person_id, contact_date, channel) values ($1, $2::date, 'gesprek')`, [id, day(r, created, 560)]);
    for (let k = Math.floor(r() * 3); k > 0; k--) {
      await db.query(`update plan set closed_at = ($2::date + time '23:45') at time zone 'Europe/Amsterdam' where person_id = $1 and closed_at is null`, [id, day(r, created, 300)]);
      const [plan] = await db.query<{ id: string }>(
        `insert into plan (person_id, goal_type, goal, review_date, closed_at) values ($1, 'regulier-werk', 'doel', $2::date, case when $3 then now() end) returning id`,
        [id, day(r, created, 500), r() < 0.2],
      );
      for (let a = Math.floor(r() * 4); a > 0; a--) {
        await db.query(`insert into agreement (plan_id, person_id, description, owner, due_date, done_at) values ($1, $2, 'a', 'persoon', $3::date, case when $4 then now() end)`,
          [plan!.id, id, day(r, created, 500), r() < 0.4]);
      }
    }
    // Distinct deadlines and event dates per person: the oldest transition's kind is then well defined.
    for (let k = Math.floor(r() * 3); k > 0; k--) {
      await db.query(`insert into transition (person_id, organization_id, kind, event_date, source, deadline, picked_up_at)
        values ($1, $2, $3, $4::date - 14, 'hand', $4::date + $5::int, case when $6 then now() end)`, [id, emmen, pick(r, KINDS), day(r, created, 500), k, r() < 0.4]);
    }
    if (r() < 0.4) {
      await db.query(`insert into self_registration (person_id, organization_id, reach_by, about, deadline, picked_up_at) values ($1, $2, 'telefoon', 'b', $3::date, case when $4 then now() end)`,
        [id, emmen, day(r, created, 500), r() < 0.4]);
    }
    if (r() < 0.3) {
      await db.query(`insert into contact_person_change (person_id, to_account_id, changed_at) values ($1, $2, ($3::date + time '23:50') at time zone 'Europe/Amsterdam')`,
        [id, r() < 0.6 ? null : pick(r, accounts), day(r, created, 400)]);
    }
  }
}

/** Random changes of events and persons, including erasure and deletion. */
async function mutate(r: () => number, prefix: string): Promise<void> {
  const ids = (await db.query<{ id: string }>(`select id from person where pseudonym like $1 order by pseudonym`, [`${prefix}-%`])).map((x) => x.id);
  for (const id of ids) {
    const x = r();
    if (x < 0.04) await db.query(`delete from person where id = $1`, [id]);
    else if (x < 0.08) await db.query(`${anonymiseSql} where id = $1`, [id]);
    else if (x < 0.14) await db.query(`delete from contact where id = (select id from contact where person_id = $1 order by contact_date desc limit 1)`, [id]);
    else if (x < 0.2) await db.query(`update contact set contact_date = contact_date + $2::int where person_id = $1`, [id, Math.floor(r() * 120) - 60]);
    else if (x < 0.26) await db.query(`update plan set closed_at = now() where person_id = $1 and closed_at is null`, [id]);
    else if (x < 0.3) await db.query(`update plan set review_date = review_date + 30 where person_id = $1 and closed_at is null`, [id]);
    else if (x < 0.34) await db.query(`delete from plan where id = (select id from plan where person_id = $1 order by created_at limit 1)`, [id]);
    else if (x < 0.42) await db.query(`update agreement set done_at = case when done_at is null then now() end where id = (select id from agreement where person_id = $1 order by due_date limit 1)`, [id]);
    else if (x < 0.46) await db.query(`delete from agreement where person_id = $1 and done_at is null`, [id]);
    else if (x < 0.52) await db.query(`update transition set picked_up_at = now() where id = (select id from transition where person_id = $1 and picked_up_at is null order by deadline limit 1)`, [id]);
    else if (x < 0.56) await db.query(`update self_registration set picked_up_at = case when picked_up_at is null then now() end where person_id = $1`, [id]);
    else if (x < 0.62) {
      await db.query(`update person set contact_person_id = null where id = $1`, [id]);
      await db.query(`insert into contact_person_change (person_id, to_account_id, changed_at) values ($1, null, now() - interval '20 days')`, [id]);
    } else if (x < 0.66) await db.query(`delete from contact_person_change where person_id = $1`, [id]);
    else if (x < 0.72) {
      await db.query(`update person set caseload = $2, gemeente_code = $3, contact_person_id = $4 where id = $1`,
        [id, pick(r, ['actief', 'passief', 'beeindigd']), pick(r, CODES), r() < 0.5 ? null : pick(r, accounts)]);
    } else if (x < 0.78) await db.query(`insert into contact (person_id, contact_date, channel) values ($1, $2::date, 'telefoon')`, [id, day(r)]);
  }
  // Set-based statements over many rows, as an import or a job would do.
  await db.query(`update agreement set due_date = due_date + 7 where person_id in (select id from person where pseudonym like $1) and done_at is null`, [`${prefix}-%`]);
  await db.query(`update contact set contact_date = contact_date - 3 where person_id in (select id from person where pseudonym like $1) and contact_date > '2026-01-01'`, [`${prefix}-%`]);
}

async function compareSummary(label: string): Promise<void> {
  const diff = await db.query(
    `(select person_id, owner_organization_id, erased, contact_person_id, last_contact_on, has_open_plan, review_date, plan_closed_on,
        agreement_due, registration_deadline, transition_deadline, contact_person_lost_on from monitor_person
      except
      select p.id, p.owner_organization_id, p.erased_at is not null, p.contact_person_id,
        (select max(c.contact_date) from contact c where c.person_id = p.id),
        exists (select 1 from plan pl where pl.person_id = p.id and pl.closed_at is null),
        (select pl.review_date from plan pl where pl.person_id = p.id and pl.closed_at is null),
        (select max((pl.closed_at at time zone 'Europe/Amsterdam')::date) from plan pl where pl.person_id = p.id and pl.closed_at is not null),
        (select min(a.due_date) from agreement a where a.person_id = p.id and a.done_at is null),
        (select min(s.deadline) from self_registration s where s.person_id = p.id and s.picked_up_at is null),
        (select min(x.deadline) from transition x where x.person_id = p.id and x.picked_up_at is null),
        (select max((ch.changed_at at time zone 'Europe/Amsterdam')::date) from contact_person_change ch where ch.person_id = p.id and ch.to_account_id is null)
      from person p)
     union all (select id, null, null, null, null, null, null, null, null, null, null, null from person where id not in (select person_id from monitor_person))`,
  );
  assert.deepEqual(diff, [], `monitor_person's signal columns differ from a recomputation (${label})`);
}

type Row = Record<string, unknown> & { person_id: string };
const byPerson = (rows: Row[]) => [...rows].sort((a, b) => (a.person_id < b.person_id ? -1 : 1));
// The old statement counted 0 late rows for a person with other open rows; the
// count is only read when its kind fired (then both count the same rows).
const counted = (r: Row): Row => ({
  ...r,
  agreements: r.agreement_since === null ? null : r.agreements,
  registrations: r.registration_since === null ? null : r.registrations,
  transitions: r.transition_since === null ? null : r.transitions,
});

async function compareSignals(label: string): Promise<void> {
  const someIds = (await db.query<{ id: string }>(`select id from person where owner_organization_id = $1 order by md5(id::text) limit 15`, [emmen])).map((x) => x.id);
  for (const today of ['2025-11-03', '2026-03-31', '2026-06-15', '2027-01-04']) {
    for (const [scope, params] of [
      ['organisation', [null, null, null]],
      ['contact person', [null, accounts[0], null]],
      ['person ids', [null, null, someIds]],
      ['one person', [someIds[0], null, null]],
    ] as const) {
      const args = [emmen, today, params[0], params[1], holidaysAround(today), params[2]];
      const statement = signalsSql({ person: params[0] !== null, contactPerson: params[1] !== null, persons: params[2] !== null });
      const [now, raw] = [await db.query<Row>(statement, args), await db.query<Row>(RAW_SIGNALS_SQL, args)];
      assert.deepEqual(byPerson(now), byPerson(raw.map(counted)), `signal rows differ from the recomputation over the events: ${label}, ${today}, ${scope}`);
    }
  }
}

async function comparePages(label: string): Promise<void> {
  const [a] = await db.query<{ id: string }>('select id from account where email = $1', [DEMO_ACCOUNTS.consulentEmmen]);
  const actor = (): Actor => ({ accountId: a!.id, organizationId: emmen, role: 'consulent', traceId: 'signals-summary' });
  const key = (s: ListSignal) => `${s.since} ${s.personId} ${s.kind} ${s.detail}`;
  const nazorg = new Set<string>();
  // The demo data is dated relative to the real today: its nazorg signals fire around it.
  for (const today of [new Date().toISOString().slice(0, 10), '2026-06-15']) {
    const full = await computeSignals(db, actor(), today, { log: false });
    for (const s of full) if (s.actionPath.endsWith('/nazorg')) nazorg.add(s.kind);
    const out: ListSignal[] = [];
    const first = await computeSignalsPage(db, actor(), today, { page: 1, perPage: 9 });
    out.push(...first.signals);
    for (let page = 2; page <= first.pages; page++) out.push(...(await computeSignalsPage(db, actor(), today, { page, perPage: 9 })).signals);
    assert.deepEqual(out.map(key), [...full].sort(listOrder).map(key), `pages differ from the full list: ${label}, ${today}`);
  }
  assert.ok(nazorg.size > 0, 'nazorg signals in the list');
}

describe('signals from the summary (monitor_person) against a recomputation over the events', () => {
  before(async () => {
    t = await seededDb();
    db = t.db;
    accounts = (await db.query<{ id: string }>(`select id from account where organization_id = $1 and role = 'consulent' order by email`, [emmen])).map((x) => x.id);
    await db.query(`insert into gemeente_policy (gemeente_code, active_no_contact_weeks, passive_no_contact_months, plan_grace_weeks, contact_person_grace_working_days)
      values ('GM0114', 6, 4, 2, 3), ('GM0106', 10, 8, 8, 12)
      on conflict (gemeente_code) do update set active_no_contact_weeks = excluded.active_no_contact_weeks, passive_no_contact_months = excluded.passive_no_contact_months,
        plan_grace_weeks = excluded.plan_grace_weeks, contact_person_grace_working_days = excluded.contact_person_grace_working_days`);
  });
  after(async () => t.close());

  for (const seed of SEEDS) {
    it(`gives the same signals after inserts, updates, deletes and erasure (seed ${seed})`, async () => {
      const r = mulberry32(seed);
      const prefix = `sig-${seed}`;
      await generate(r, prefix, 60);
      await compareSummary(`seed ${seed}, after inserts`);
      await compareSignals(`seed ${seed}, after inserts`);
      await comparePages(`seed ${seed}, after inserts`);
      for (let round = 1; round <= 2; round++) {
        await mutate(r, prefix);
        await compareSummary(`seed ${seed}, after change round ${round}`);
        await compareSignals(`seed ${seed}, after change round ${round}`);
      }
      await comparePages(`seed ${seed}, after the changes`);
    });
  }
});
