// person.last_contact_on (115_person_last_contact.sql) is a copy of
// max(contact.contact_date) kept by trigger, for the signals. It must equal
// the aggregate after inserts (one and many at once), updates and deletes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => {
  await t?.close();
});

const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');

async function newPerson(n: number): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into person (pseudonym, owner_organization_id, given_name, family_name) values ($1, $2, 'Test', 'Laatste contact') returning id`,
    [`last-contact-${n}-${Date.now()}`, emmen],
  );
  return row!.id;
}

async function mismatches(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    `select count(*)::int as n from person p
     where p.last_contact_on is distinct from (select max(c.contact_date) from contact c where c.person_id = p.id)`,
  );
  return row!.n;
}

const lastOn = async (id: string) => (await t.db.query<{ d: string | null }>(`select last_contact_on::text as d from person where id = $1`, [id]))[0]!.d;

describe('person.last_contact_on', () => {
  it('equals the latest contact for every person of the demo data', async () => {
    assert.equal(await mismatches(), 0);
  });

  it('follows inserts, a bulk insert, updates and deletes', async () => {
    const a = await newPerson(1);
    const b = await newPerson(2);
    assert.equal(await lastOn(a), null, 'no contact yet');
    await t.db.query(`insert into contact (person_id, contact_date, channel) values ($1, '2026-03-01', 'gesprek')`, [a]);
    assert.equal(await lastOn(a), '2026-03-01');
    await t.db.query(`insert into contact (person_id, contact_date, channel) values ($1, '2026-02-01', 'telefoon')`, [a]);
    assert.equal(await lastOn(a), '2026-03-01', 'an older contact does not lower it');
    // Many rows for two persons in one statement.
    await t.db.query(
      `insert into contact (person_id, contact_date, channel)
       select case when g % 2 = 0 then $1::uuid else $2::uuid end, date '2026-01-01' + g, 'gesprek' from generate_series(1, 100) g`,
      [a, b],
    );
    assert.equal(await lastOn(a), '2026-04-11');
    assert.equal(await lastOn(b), '2026-04-10');
    await t.db.query(`update contact set contact_date = '2026-05-20' where person_id = $1 and contact_date = '2026-02-01'`, [a]);
    assert.equal(await lastOn(a), '2026-05-20', 'an update can raise it');
    await t.db.query(`update contact set contact_date = '2025-12-01' where person_id = $1 and contact_date = '2026-05-20'`, [a]);
    assert.equal(await lastOn(a), '2026-04-11', 'and lower it');
    await t.db.query(`delete from contact where person_id = $1 and contact_date > '2026-04-01'`, [b]);
    assert.equal(await lastOn(b), '2026-03-31', 'a delete lowers it to the latest left');
    await t.db.query(`delete from contact where person_id = $1`, [b]);
    assert.equal(await lastOn(b), null, 'no contacts left');
    assert.equal(await mismatches(), 0);
    // Deleting the person takes its contacts along without an error.
    await t.db.query(`delete from person where id = $1`, [a]);
    assert.equal(await mismatches(), 0);
  });
});
