// Rechtencheck share codes: a person makes a code, a professional opens the
// result with it, the code expires or the person deletes it, wrong codes get
// a clear message, and guessing is rate-limited.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { CODE_ALPHABET, normalizeShareCode } from '../../src/db/rechtencheck.ts';
import { draftFromFacts } from '../../src/features/rechtencheck/questionnaire.ts';
import { createDraft } from '../../src/db/rechtencheck.ts';
import { evaluate } from '../../src/domain/rechtencheck/index.ts';
import { personas } from '../../src/features/rechtencheck/personas.ts';
import { CODE_RATE_LIMIT } from '../../src/features/rechtencheck/routes.tsx';
import { cookieHeader, csrfFrom, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

let cookie = '';
async function get(url: string): Promise<LightMyRequestResponse> {
  const res = await t.app.inject({ url, headers: { cookie } });
  cookie = cookieHeader(res.headers['set-cookie'], cookie);
  return res;
}
async function post(url: string, fields: Record<string, string>, csrfPage = '/rechtencheck/code'): Promise<LightMyRequestResponse> {
  const page = await get(csrfPage);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(page.body), ...fields }).toString(),
  });
  cookie = cookieHeader(res.headers['set-cookie'], cookie);
  return res;
}

const elian = personas.find((p) => p.id === 'elian')!;

/** A draft with a persona's answers (as if the person walked the questions). */
async function draftOf(facts = elian.facts): Promise<string> {
  return createDraft(t.db, draftFromFacts(facts));
}

async function share(days?: string): Promise<{ code: string; deleteUrl: string; res: LightMyRequestResponse }> {
  const concept = await draftOf();
  const res = await post('/rechtencheck/delen', { concept, ...(days ? { dagen: days } : {}) });
  assert.equal(res.statusCode, 201, res.body.slice(0, 400));
  const shown = res.body.match(/<strong id="deelcode">([A-Z0-9]{4}-[A-Z0-9]{4})<\/strong>/)?.[1];
  assert.ok(shown, 'code shown');
  const deleteUrl = res.body.match(/href="(http[^"]+verwijderen\?sleutel=[^"]+)" id="verwijderlink"/)?.[1];
  assert.ok(deleteUrl, 'delete link shown once');
  return { code: normalizeShareCode(shown)!, deleteUrl: deleteUrl.replace(/&amp;/g, '&'), res };
}

describe('share codes', () => {
  it('a code has 8 characters from an alphabet without look-alikes, and is stored only as a hash', async () => {
    const { code, res } = await share();
    assert.match(code, new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    assert.doesNotMatch(CODE_ALPHABET, /[01ILO]/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /De code werkt tot \d+ \w+ \d{4}/);
    const rows = await t.db.query<{ code_hash: string; facts: Record<string, unknown>; receipt: { hash: string }; days: number }>(
      `select code_hash, facts, receipt, round(extract(epoch from expires_at - created_at) / 86400) as days from rechtencheck_share`,
    );
    const dump = JSON.stringify(rows);
    assert.ok(!dump.includes(code), 'the code itself is not stored');
    const row = rows.at(-1)!;
    assert.equal(Number(row.days), 30, 'default: 30 days');
    assert.deepEqual(Object.keys(row.facts).sort(), Object.keys(elian.facts).sort(), 'only the answers: no name, no contact data');
    assert.equal(row.receipt.hash, evaluate(elian.facts).receipt.hash);
  });

  it('the person may choose a shorter time; not longer than 30 days', async () => {
    await share('7');
    const [row] = await t.db.query<{ days: number }>(
      `select round(extract(epoch from expires_at - created_at) / 86400) as days from rechtencheck_share order by created_at desc limit 1`,
    );
    assert.equal(Number(row!.days), 7);
    const concept = await draftOf();
    const tooLong = await post('/rechtencheck/delen', { concept, dagen: '90' });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /1 tot en met 30 dagen/);
    const noDraft = await post('/rechtencheck/delen', { concept: 'x'.repeat(22) });
    assert.equal(noDraft.statusCode, 404);
    assert.match(noDraft.body, /niet meer bewaard/);
  });

  it('a professional opens the result with the code, typed any way', async () => {
    const { code } = await share();
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;
    const res = await post('/rechtencheck/code', { code: typed });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/rechtencheck/gedeeld/${code}`);
    const page = await get(String(res.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Gedeelde uitslag van de Rechtencheck/);
    assert.match(page.body, /Het is precies de uitslag die de persoon zag/);
    assert.match(page.body, /De gemeente of UWV beslist/);
    const outcomes = Object.fromEntries([...page.body.matchAll(/<li class="result" id="([a-z-]+)"[^>]*data-outcome="([a-z_]+)"/g)].map((m) => [m[1], m[2]]));
    assert.deepEqual(outcomes, Object.fromEntries(evaluate(elian.facts).results.map((r) => [r.id, r.outcome])));
    assert.match(page.body, /De antwoorden/);
    assert.match(page.body, /Amsterdam/);
    assert.doesNotMatch(page.body, /action="\/rechtencheck\/delen"/, 'a professional cannot share it on');
  });

  it('the shared result is worked out with the stored date, so it stays the same later', async () => {
    const { code } = await share();
    await t.db.query(
      `update rechtencheck_share set receipt = jsonb_set(receipt, '{date}', '"2025-06-01"'), created_at = now() - interval '1 day'
       where deleted_at is null and expires_at > now()`,
    );
    const page = await get(`/rechtencheck/gedeeld/${code}`);
    assert.match(page.body, /Uitgerekend voor 1 juni 2025/);
    // The stored hash was for another date, so the page says the rules changed.
    assert.match(page.body, /regels van de Rechtencheck zijn veranderd/);
  });

  it('an expired code gives 410 with a Dutch message, and the answers are gone', async () => {
    const { code } = await share();
    await t.db.query(`update rechtencheck_share set expires_at = now() - interval '1 minute', created_at = now() - interval '2 days' where facts is not null`);
    const page = await get(`/rechtencheck/gedeeld/${code}`);
    assert.equal(page.statusCode, 410);
    assert.match(page.body, /Deze code is verlopen/);
    const viaForm = await post('/rechtencheck/code', { code });
    assert.equal(viaForm.statusCode, 410);
    assert.match(viaForm.body, /Deze code is verlopen/);
    const [row] = await t.db.query<{ n: number }>(`select count(*) as n from rechtencheck_share where expires_at <= now() and facts is not null`);
    assert.equal(Number(row!.n), 0, 'answers of expired codes are wiped');
  });

  it('the person deletes the code at once with the secret link', async () => {
    const { code, deleteUrl } = await share();
    const path = deleteUrl.replace('http://localhost:3000', '');
    const wrongKey = await get(path.replace(/sleutel=[^&]+/, 'sleutel=verkeerd'));
    assert.equal(wrongKey.statusCode, 404);
    assert.match(wrongKey.body, /Deze link om te verwijderen klopt niet/);
    const confirm = await get(path);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Wil je code [A-Z0-9]{4}-[A-Z0-9]{4} verwijderen\?/);
    const key = new URL(deleteUrl).searchParams.get('sleutel')!;
    const wrongPost = await post(`/rechtencheck/gedeeld/${code}/verwijderen`, { sleutel: 'verkeerd' });
    assert.equal(wrongPost.statusCode, 404);
    assert.equal((await get(`/rechtencheck/gedeeld/${code}`)).statusCode, 200, 'still there after a wrong key');
    const deleted = await post(`/rechtencheck/gedeeld/${code}/verwijderen`, { sleutel: key });
    assert.equal(deleted.statusCode, 200);
    assert.match(deleted.body, /De code is verwijderd en je antwoorden zijn gewist/);
    const gone = await get(`/rechtencheck/gedeeld/${code}`);
    assert.equal(gone.statusCode, 410);
    assert.match(gone.body, /verwijderd door de persoon/);
    const again = await post(`/rechtencheck/gedeeld/${code}/verwijderen`, { sleutel: key });
    assert.equal(again.statusCode, 410);
    const [row] = await t.db.query<{ facts: unknown; receipt: unknown }>(`select facts, receipt from rechtencheck_share where deleted_at is not null`);
    assert.equal(row!.facts, null);
    assert.equal(row!.receipt, null);
  });

  it('the share page itself has a delete button', async () => {
    const { code, res } = await share();
    const key = res.body.match(/name="sleutel" value="([^"]+)"/)![1]!;
    const deleted = await post(`/rechtencheck/gedeeld/${code}/verwijderen`, { sleutel: key });
    assert.equal(deleted.statusCode, 200);
  });

  it('a wrong code gets a clear message, not a 500', async () => {
    // Unknown codes, through the form and the address.
    const unknown = await post('/rechtencheck/code', { code: 'ZZZZ-ZZZZ' });
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /We vinden geen uitslag bij deze code/);
    assert.match(unknown.body, /href="#code"/);
    const malformed = await post('/rechtencheck/code', { code: 'abc' });
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.body, /Een code heeft 8 tekens/);
    const empty = await post('/rechtencheck/code', { code: '' });
    assert.equal(empty.statusCode, 400);
    const byUrl = await get('/rechtencheck/gedeeld/ZZZZZZZZ');
    assert.equal(byUrl.statusCode, 404);
    assert.match(byUrl.body, /We vinden geen uitslag bij deze code/);
    const silly = await get('/rechtencheck/gedeeld/%3Cscript%3E');
    assert.equal(silly.statusCode, 404);
  });

  it('a share code never reaches the request log', async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const logged = await testApp({ logStream: stream });
    try {
      for (const url of ['/rechtencheck/gedeeld/K7MD3QXP', '/rechtencheck/gedeeld/K7MD3QXP/verwijderen?sleutel=geheim', '/rechtencheck/uitslag?concept=abc']) {
        await logged.app.inject({ url });
      }
      await new Promise((resolve) => setImmediate(resolve));
      const text = lines.join('\n');
      assert.match(text, /"path":"\/rechtencheck\/gedeeld\/\(code\)"/);
      assert.match(text, /"path":"\/rechtencheck\/gedeeld\/\(code\)\/verwijderen"/);
      assert.doesNotMatch(text, /K7MD3QXP|geheim|concept=/);
    } finally {
      await logged.close();
    }
  });

  it('guessing codes is rate-limited', async () => {
    let limited: LightMyRequestResponse | undefined;
    for (let i = 0; i < CODE_RATE_LIMIT.max + 2 && !limited; i++) {
      const res = await post('/rechtencheck/code', { code: 'ZZZZ-ZZZ2' });
      if (res.statusCode === 429) limited = res;
    }
    assert.ok(limited, 'a 429 after too many tries');
    assert.match(limited.body, /Te veel verzoeken/);
    let byUrl: LightMyRequestResponse | undefined;
    for (let i = 0; i < CODE_RATE_LIMIT.max + 2 && !byUrl; i++) {
      const res = await get('/rechtencheck/gedeeld/ZZZZZZZ2');
      if (res.statusCode === 429) byUrl = res;
    }
    assert.ok(byUrl, 'the address is limited too');
  });
});
