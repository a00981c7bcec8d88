// Signals for a small scope (one person, a page's rows, a consulent's persons)
// run without a transaction, their reads side by side; the whole organisation
// runs in one transaction with the report settings. Both give the same signals.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Queryable, TransactionOptions } from '../../src/db/client.ts';
import type { Actor } from '../../src/db/persons.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { SMALL_SCOPE, computeSignals, type Signal } from '../../src/db/signals.ts';
import { computeSignalsPage } from '../../src/db/signals/page.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

const TODAY = '2026-06-15';
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
let t: TestDb;
let accountId: string;
let owned: string[];

const consulent = (): Actor => ({ accountId, organizationId: emmen, role: 'consulent', traceId: `signals-scope-${randomBytes(6).toString('hex')}` });
const key = (s: Pick<Signal, 'since' | 'personId' | 'detail'> & { kind: string }) => `${s.since} ${s.personId} ${s.kind} ${s.detail}`;

/** t.db, counting its transactions and the settings they asked for. */
function counting() {
  const seen: Array<TransactionOptions | undefined> = [];
  const db = {
    query: (sql: Parameters<Queryable['query']>[0], params?: unknown[]) => t.db.query(sql, params),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions) => {
      seen.push(options);
      return t.db.transaction(fn, options);
    },
  } as Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T> };
  return { db, seen };
}

before(async () => {
  t = await seededDb();
  const [row] = await t.db.query<{ id: string }>('select id from account where email = $1', [DEMO_ACCOUNTS.consulentEmmen]);
  accountId = row!.id;
  owned = (await t.db.query<{ id: string }>('select id from person where owner_organization_id = $1::uuid and erased_at is null', [emmen])).map((r) => r.id);
});
after(async () => t?.close());

describe('signals by scope', () => {
  it('a small scope gives the same signals as the whole organisation, without a transaction', async () => {
    assert.ok(owned.length > 0 && owned.length <= SMALL_SCOPE);
    const whole = counting();
    const all = await computeSignals(whole.db, consulent(), TODAY);
    assert.ok(all.length >= 8, `the demo region has signals (${all.length})`);
    assert.equal(whole.seen.length, 1, 'the whole organisation: one transaction');
    assert.deepEqual(whole.seen[0]?.settings, { jit: 'off', work_mem: '32MB' });

    const scoped = counting();
    const inScope = await computeSignals(scoped.db, consulent(), TODAY, { personIds: owned });
    assert.equal(scoped.seen.length, 0, 'a small scope: no transaction');
    assert.deepEqual(inScope.map(key).sort(), all.map(key).sort());

    const one = all[0]!.personId;
    const single = counting();
    const forOne = await computeSignals(single.db, consulent(), TODAY, { personId: one });
    assert.equal(single.seen.length, 0);
    assert.deepEqual(forOne.map(key).sort(), all.filter((s) => s.personId === one).map(key).sort());
  });

  it('a small scope still writes one log line naming everyone returned', async () => {
    const before = Number((await t.db.query<{ n: number }>('select count(*)::int as n from processing_log'))[0]!.n);
    const signals = await computeSignals(t.db, consulent(), TODAY, { personIds: owned });
    assert.equal(Number((await t.db.query<{ n: number }>('select count(*)::int as n from processing_log'))[0]!.n), before + 1);
    const [line] = await t.db.query<{ n: number; audit: number }>(
      `select cardinality(l.person_pseudonyms) as n, (select count(*)::int from audit_log a where a.processing_log_id = l.id) as audit
       from processing_log l order by l.id desc limit 1`,
    );
    assert.equal(line!.n, new Set(signals.map((s) => s.personId)).size);
    assert.equal(line!.audit, 1, 'with its audit record');
  });

  it('a page of a small scope equals the page of the whole organisation, without a transaction', async () => {
    for (const page of [1, 2, 3]) {
      const whole = counting();
      const scoped = counting();
      const a = await computeSignalsPage(whole.db, consulent(), TODAY, { page, perPage: 7 });
      const b = await computeSignalsPage(scoped.db, consulent(), TODAY, { page, perPage: 7, personIds: owned });
      assert.equal(whole.seen.length, 1);
      assert.equal(scoped.seen.length, 0);
      assert.deepEqual(b.counts, a.counts);
      assert.deepEqual({ page: b.page, pages: b.pages }, { page: a.page, pages: a.pages });
      assert.deepEqual(b.signals.map(key), a.signals.map(key), `page ${page}`);
    }
  });

  it('a scope larger than SMALL_SCOPE gets the report settings again', async () => {
    const large = [...owned, ...Array.from({ length: SMALL_SCOPE + 1 - owned.length }, () => randomUUID())];
    const c = counting();
    const signals = await computeSignals(c.db, consulent(), TODAY, { personIds: large });
    assert.equal(c.seen.length, 1);
    assert.deepEqual(c.seen[0]?.settings, { jit: 'off', work_mem: '32MB' });
    assert.deepEqual(signals.map(key).sort(), (await computeSignals(t.db, consulent(), TODAY)).map(key).sort());
    const p = counting();
    await computeSignalsPage(p.db, consulent(), TODAY, { page: 1, perPage: 10, personIds: large });
    assert.equal(p.seen.length, 1);
  });
});
