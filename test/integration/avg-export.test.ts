// Issue 11: the AVG export is everything. It is generated from one list of
// person tables, and this test compares that list with the schema.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { personTables, notPersonData } from '../../src/db/person-export.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { loginAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => t?.close());

describe('AVG export', () => {
  it('lists every table that refers to a person, directly or through a listed table', async () => {
    const fks = await t.db.query<{ tbl: string; ref: string }>(
      `select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref from pg_constraint c
       where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
    );
    const personColumns = await t.db.query<{ tbl: string }>(
      `select distinct table_name as tbl from information_schema.columns
       where table_schema = 'public' and (column_name in ('person_id', 'person_pseudonym') or (column_name = 'pseudonym' and table_name <> 'person'))`,
    );
    const listed = new Set(personTables.map((p) => p.table));
    const required = new Set<string>(['person', ...personColumns.map((r) => r.tbl)]);
    // Whatever refers to a table with person data holds person data too, unless excluded with a reason.
    for (let grown = true; grown; ) {
      grown = false;
      for (const { tbl, ref } of fks) {
        if ((required.has(ref) || listed.has(ref)) && !required.has(tbl) && !(tbl in notPersonData)) {
          required.add(tbl);
          grown = true;
        }
      }
    }
    const missing = [...required].filter((table) => !listed.has(table) && !(table in notPersonData));
    assert.deepEqual(missing, [], 'add these tables to personTables in src/db/person-export.ts (or to notPersonData with a reason)');
    const tables = new Set((await t.db.query<{ tbl: string }>(`select table_name as tbl from information_schema.tables where table_schema = 'public'`)).map((r) => r.tbl));
    for (const table of listed) assert.ok(tables.has(table), `${table} exists`);
  });

  it('holds every row of every listed table for the person, and nothing of secret link tokens', async () => {
    const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
    const [person] = await t.db.query<{ id: string; pseudonym: string }>(
      `select id, pseudonym from person where owner_organization_id = $1 and erased_at is null order by family_name limit 1`,
      [emmen],
    );
    // A plan with an agreement and a contact moment with a note, as a consulent records them.
    const [plan] = await t.db.query<{ id: string }>(
      `insert into plan (person_id, goal_type, goal, review_date, person_expects) values ($1, 'regulier-werk', 'Werk in de zorg', current_date + 90, 'Hulp bij solliciteren') returning id`,
      [person!.id],
    );
    await t.db.query(`insert into agreement (plan_id, person_id, description, owner, due_date) values ($1, $2, 'Cv bijwerken', 'persoon', current_date + 14)`, [plan!.id, person!.id]);
    await t.db.query(`insert into contact (person_id, contact_date, channel, note) values ($1, current_date, 'gesprek', 'Kennismaking')`, [person!.id]);
    // A self-registration with a shared Rechtencheck, as typed by the person.
    await t.db.query(
      `insert into rechtencheck_share (code_hash, delete_hash, facts, receipt, expires_at) values ($1, 'x', '{"leeftijd": 23}', '{"rechten": ["praktijkroute"]}', now() + interval '1 day')`,
      [createHash('sha256').update('ABCD2345').digest('hex')],
    );
    await t.db.query(
      `insert into self_registration (person_id, organization_id, reach_by, about, rechtencheck_code, deadline) values ($1, $2, 'telefoon', 'Ik zoek werk', 'abcd-2345', current_date + 5)`,
      [person!.id, emmen],
    );
    const cookie = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
    const res = await t.app.inject({ url: `/personen/${person!.id}/export.json`, headers: { cookie } });
    assert.equal(res.statusCode, 200);
    const data = res.json() as { records: Record<string, { label: string; rows: Array<Record<string, unknown>> }> };
    let nonEmpty = 0;
    for (const table of personTables) {
      const params: unknown[] = [person!.id];
      const counted: Array<{ n: number }> = await t.db.query<{ n: number }>(`select count(*) as n from ${table.table} where ${table.where}`, params);
      const row = counted[0];
      const exported = data.records[table.table];
      assert.ok(exported, `${table.table} is in the export`);
      if (table.table !== 'processing_log') assert.equal(exported.rows.length, row!.n, `${table.table}: every row`);
      if (exported.rows.length > 0) nonEmpty++;
      for (const r of exported.rows) for (const c of table.omit ?? []) assert.ok(!(c in r), `${table.table}.${c} is left out`);
    }
    for (const table of ['person', 'plan', 'agreement', 'contact', 'self_registration', 'rechtencheck_share', 'processing_log']) {
      assert.ok(data.records[table]!.rows.length > 0, `${table} has rows for this person`);
    }
    assert.ok(nonEmpty >= 7, `${nonEmpty} tables with data`);
    assert.deepEqual(data.records.rechtencheck_share!.rows[0]!.facts, { leeftijd: 23 });
    const pdf = await t.app.inject({ url: `/personen/${person!.id}/export.pdf`, headers: { cookie } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
  });
});
