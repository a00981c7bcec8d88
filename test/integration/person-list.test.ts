// The person list (/personen): pages of PERSON_PAGE_SIZE in Dutch name order, a search on
// name or birth year, a page past the end showing the last page, and one
// processing-log line per view naming exactly the persons shown.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PERSON_PAGE_SIZE } from '../../src/db/person-list.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { familyNameSortKey, familyNameSortSql } from '../../src/domain/names.ts';
import { loginAs, testApp, type TestApp } from '../helpers/app.ts';

const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
let t: TestApp;
let cookie: string;

before(async () => {
  t = await testApp();
  ({ cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen));
});
after(async () => t?.close());

async function view(query = '') {
  const res = await t.app.inject({ url: `/personen${query}`, headers: { cookie } });
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  const ids = [...res.body.matchAll(/<a href="\/personen\/([0-9a-f-]{36})">/g)].map((m) => m[1]!);
  const status = /<p role="status">([^<]*)<\/p>/.exec(res.body)?.[1] ?? '';
  return { body: res.body, ids, status };
}

/** The pseudonyms of the last list line in the processing log, and the ids they belong to. */
async function lastListLine(): Promise<string[]> {
  const [line] = await t.db.query<{ ids: string[] | null }>(
    `select array(select p.id::text from person p where p.pseudonym = any(l.person_pseudonyms) order by p.id) as ids
     from processing_log l where l.activity = 'persoon.lijst' order by l.id desc limit 1`,
  );
  return line?.ids ?? [];
}

/** Every person the consulent may see, the same rule as the list (owned or with consent, not erased). */
async function visibleIds(): Promise<string[]> {
  const rows = await t.db.query<{ id: string }>(
    `select p.id from person p
     where p.erased_at is null and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, 'consulent')`,
    [emmen],
  );
  return rows.map((r) => r.id);
}

describe('person list', () => {
  it('shows everyone the consulent may see over pages of PERSON_PAGE_SIZE, each once, in name order', async () => {
    const expected = await visibleIds();
    assert.ok(expected.length > PERSON_PAGE_SIZE * 2, `the demo region fills several pages (${expected.length} persons)`);
    const pages = Math.ceil(expected.length / PERSON_PAGE_SIZE);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const v = await view(page === 1 ? '' : `?pagina=${page}`);
      assert.equal(v.status, `${expected.length} personen, pagina ${page} van ${pages}.`);
      assert.ok(v.ids.length <= PERSON_PAGE_SIZE);
      assert.equal(v.ids.length, page < pages ? PERSON_PAGE_SIZE : expected.length - PERSON_PAGE_SIZE * (pages - 1));
      seen.push(...v.ids);
      // The pager links to the pages next to this one.
      if (page < pages) assert.match(v.body, new RegExp(`rel="next" href="/personen\\?pagina=${page + 1}"`));
      if (page > 1) assert.match(v.body, /rel="prev"/);
    }
    assert.equal(new Set(seen).size, seen.length, 'nobody on two pages');
    assert.deepEqual([...seen].sort(), [...expected].sort(), 'everyone on some page');
    const names = await t.db.query<{ id: string; family_name: string; given_name: string }>('select id, family_name, given_name from person where id = any($1::uuid[])', [seen]);
    const byId = new Map(names.map((n) => [n.id, n]));
    const ordered = await t.db.query<{ ok: boolean }>(
      `select bool_and(ok) as ok from (
         select (k, lower(given_name), id) >= lag((k, lower(given_name), id)) over (order by ord) or lag(id) over (order by ord) is null as ok
         from (select ${familyNameSortSql('family_name')} as k, * from unnest($1::text[], $2::text[], $3::uuid[]) with ordinality as x(family_name, given_name, id, ord)) y) s`,
      [seen.map((id) => byId.get(id)!.family_name), seen.map((id) => byId.get(id)!.given_name), seen],
    );
    assert.equal(ordered[0]!.ok, true, 'sorted by surname without its prefix, then given name, over the pages');
    // The Dutch way: "de Boer" between "Benali" and "Bos", not under D.
    const at = (family: string) => seen.findIndex((id) => byId.get(id)!.family_name === family);
    assert.ok(at('Benali (demo)') >= 0 && at('de Boer (demo)') >= 0 && at('Bos (demo)') >= 0);
    assert.ok(at('Benali (demo)') < at('de Boer (demo)') && at('de Boer (demo)') < at('Bos (demo)'), 'de Boer sorts under B');
  });

  it('builds the same sort key in SQL as in JavaScript', async () => {
    const names = ['de Boer', 'van der Meer', 'Van Dijk', "in 't Veld", 'Ter Horst', 'op de Beeck', '  de  Vries ', 'Jansen', 'Deelen', 'Vandermeer', 'van', 'De'];
    const rows = await t.db.query<{ n: string; k: string }>(`select n, ${familyNameSortSql('n')} as k from unnest($1::text[]) as n`, [names]);
    assert.equal(rows.length, names.length);
    for (const r of rows) assert.equal(r.k, familyNameSortKey(r.n), r.n);
  });

  it('writes one list line per view, naming exactly the persons on that page', async () => {
    const count = async () => Number((await t.db.query<{ n: number }>(`select count(*)::int as n from processing_log`))[0]!.n);
    const before = await count();
    const second = await view('?pagina=2');
    assert.equal(await count(), before + 1);
    assert.deepEqual(await lastListLine(), [...second.ids].sort());
  });

  it('a page past the end shows the last page, and logs only that page', async () => {
    const all = await visibleIds();
    const pages = Math.ceil(all.length / PERSON_PAGE_SIZE);
    const last = await view(`?pagina=${pages}`);
    const beyond = await view('?pagina=9999');
    assert.equal(beyond.status, `${all.length} personen, pagina ${pages} van ${pages}.`);
    assert.deepEqual(beyond.ids, last.ids);
    assert.deepEqual(await lastListLine(), [...last.ids].sort());
  });

  it('finds persons by part of the name or by birth year, and takes wildcards literally', async () => {
    const [someone] = await t.db.query<{ family_name: string; birth_year: number }>(
      `select family_name, birth_year from person where owner_organization_id = $1::uuid and erased_at is null and birth_year is not null order by family_name limit 1`,
      [emmen],
    );
    const part = someone!.family_name.slice(0, 4);
    const byName = await view(`?zoek=${encodeURIComponent(part)}`);
    assert.ok(byName.ids.length >= 1);
    const names = await t.db.query<{ name: string }>(`select given_name || ' ' || family_name as name from person where id = any($1::uuid[])`, [byName.ids]);
    assert.ok(names.every((n) => n.name.toLowerCase().includes(part.toLowerCase())), `every match contains "${part}"`);
    assert.match(byName.body, new RegExp(`value="${part}"`), 'the search stays in the field');

    const byYear = await view(`?zoek=${someone!.birth_year}`);
    const years = await t.db.query<{ y: number }>(`select birth_year as y from person where id = any($1::uuid[])`, [byYear.ids]);
    assert.ok(byYear.ids.length >= 1 && years.every((r) => r.y === someone!.birth_year));

    const wildcard = await view(`?zoek=${encodeURIComponent('%')}`);
    assert.deepEqual(wildcard.ids, [], '% is a character, not "anything"');
    assert.match(wildcard.body, /Niemand gevonden/);
    assert.match(wildcard.body, /href="\/personen">toon iedereen<\/a>/);
  });

  it('answers odd addresses with the first page instead of an error', async () => {
    const first = await view();
    for (const q of ['?pagina=abc', '?pagina=-3', '?pagina=1e400', '?pagina=0', '?melding=constructor', '?zoek[]=x']) {
      const v = await view(q);
      if (q !== '?zoek[]=x') assert.deepEqual(v.ids, first.ids, q);
      assert.doesNotMatch(v.body, /function Object/, q);
    }
  });
});
