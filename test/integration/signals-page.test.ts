// The page of a signals list view (computeSignalsPage): the same signals and
// counts as the full list, in the same order, one page at a time, with other
// sources merged in; only the persons on the page are logged.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { processingHistory, type Actor } from '../../src/db/persons.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { computeSignals, countByKind } from '../../src/db/signals.ts';
import { computeSignalsPage, listOrder, type ListSignal } from '../../src/db/signals/page.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

const TODAY = '2026-06-15';
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
let t: TestDb;
let accountId: string;

const consulent = (): Actor => ({ accountId, organizationId: emmen, role: 'consulent', traceId: `signals-page-${randomBytes(6).toString('hex')}` });
const key = (s: ListSignal) => `${s.since} ${s.personId} ${s.kind} ${s.detail}`;

/** Every page of the list, concatenated. */
async function allPages(perPage: number, options: { kind?: string; extra?: ListSignal[] } = {}) {
  const first = await computeSignalsPage(t.db, consulent(), TODAY, { ...options, page: 1, perPage });
  const out = [...first.signals];
  for (let page = 2; page <= first.pages; page++) {
    const next = await computeSignalsPage(t.db, consulent(), TODAY, { ...options, page, perPage });
    assert.equal(next.page, page);
    assert.ok(next.signals.length <= perPage);
    out.push(...next.signals);
  }
  return { first, out };
}

before(async () => {
  t = await seededDb();
  const [row] = await t.db.query<{ id: string }>('select id from account where email = $1', [DEMO_ACCOUNTS.consulentEmmen]);
  accountId = row!.id;
  // Persons of one name and day on both sides of page boundaries: the order must hold on ties.
  for (let i = 0; i < 6; i++) {
    await t.db.query(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, caseload, contact_person_id, created_at)
       values ($1, $2, 'GM0114', 'Gelijk', 'Pagina (test)', 'actief', null, timestamptz '2025-01-01 12:00+01')`,
      [`signals-page-${i}-${randomBytes(4).toString('hex')}`, emmen],
    );
  }
});
after(() => t.close());

describe('computeSignalsPage', () => {
  it('pages through exactly the full list, in order, with the same counts', async () => {
    const full = await computeSignals(t.db, consulent(), TODAY, { log: false });
    assert.ok(full.length > 20, `enough signals to page (${full.length})`);
    const { first, out } = await allPages(7);
    assert.deepEqual(out.map(key), [...full].sort(listOrder).map(key));
    assert.equal(first.total, full.length);
    assert.equal(first.pages, Math.ceil(full.length / 7));
    for (const [kind, n] of Object.entries(countByKind(full))) assert.equal(first.counts[kind], n, kind);
  });

  it('filters one kind on the page while the counts stay over all kinds', async () => {
    const full = await computeSignals(t.db, consulent(), TODAY, { log: false });
    const { first, out } = await allPages(5, { kind: 'geen-contactpersoon' });
    assert.deepEqual(out.map(key), full.filter((s) => s.kind === 'geen-contactpersoon').sort(listOrder).map(key));
    assert.equal(first.matching, out.length);
    assert.equal(first.total, full.length);
  });

  it('merges other sources into the same order on every page', async () => {
    const full = await computeSignals(t.db, consulent(), TODAY, { log: false });
    const sorted = [...full].sort(listOrder);
    // Referral-like signals spread over the list: before the first, between, after the last.
    const at = [0, 3, 11, 12, Math.floor(sorted.length / 2), sorted.length - 1];
    const extra: ListSignal[] = at.map((i, n) => ({
      ...sorted[i]!, kind: 'doorverwijzing-onbeantwoord', since: n === 0 ? '2000-01-01' : n === 5 ? '2099-01-01' : sorted[i]!.since, detail: `extra ${n}`,
    }));
    const { first, out } = await allPages(4, { extra });
    assert.deepEqual(out.map(key), [...full, ...extra].sort(listOrder).map(key));
    assert.equal(first.counts['doorverwijzing-onbeantwoord'], extra.length);
    const only = await allPages(2, { extra, kind: 'doorverwijzing-onbeantwoord' });
    assert.deepEqual(only.out.map(key), [...extra].sort(listOrder).map(key));
  });

  it('clamps a page past the end to the last page', async () => {
    const last = await computeSignalsPage(t.db, consulent(), TODAY, { page: 99_999, perPage: 10 });
    assert.equal(last.page, last.pages);
    assert.ok(last.signals.length > 0);
  });

  it('logs one line naming exactly the persons on the page: inzage shows it for them, not for a person on another page', async () => {
    const who = consulent();
    const page = await computeSignalsPage(t.db, who, TODAY, { page: 1, perPage: 5 });
    const shown = [...new Set(page.signals.map((s) => s.personId))];
    const lines = await t.db.query<{ pseudonyms: string[] }>('select person_pseudonyms as pseudonyms from processing_log where trace_id = $1', [who.traceId]);
    assert.equal(lines.length, 1);
    const expected = await t.db.query<{ pseudonym: string }>('select pseudonym from person where id = any($1::uuid[])', [shown]);
    assert.deepEqual([...lines[0]!.pseudonyms].sort(), expected.map((p) => p.pseudonym).sort());

    const later = (await computeSignalsPage(t.db, consulent(), TODAY, { page: page.pages, perPage: 5 })).signals.map((s) => s.personId).find((id) => !shown.includes(id));
    assert.ok(later, 'a person with a signal on a later page');
    const listed = async (id: string) => ((await processingHistory(t.db, consulent(), id)) ?? []).filter((l) => l.activity === 'persoon.lijst').length;
    const beforeCounts = new Map<string, number>();
    for (const id of [...shown, later]) beforeCounts.set(id, await listed(id));
    await computeSignalsPage(t.db, consulent(), TODAY, { page: 1, perPage: 5 });
    for (const id of shown) assert.equal(await listed(id), beforeCounts.get(id)! + 1, 'the list view shows in the inzage of a person on the page');
    assert.equal(await listed(later), beforeCounts.get(later), 'a person not on the page is not logged');
  });

  it('gives nothing to other roles and logs nothing', async () => {
    const who: Actor = { ...consulent(), role: 'beleidsmedewerker' };
    assert.deepEqual((await computeSignalsPage(t.db, who, TODAY, { page: 1, perPage: 5 })).signals, []);
    const [row] = await t.db.query<{ n: number }>('select count(*) as n from processing_log where trace_id = $1', [who.traceId]);
    assert.equal(row!.n, 0);
  });
});
