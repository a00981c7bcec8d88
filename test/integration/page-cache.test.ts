// The page cache for anonymous visitors (src/web/page-cache.ts, issue 17): a
// public page is rendered once and then served from memory, but never to a
// logged-in user, never after a change made here, never longer than its time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { allServices } from '../../src/content/catalogue/index.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { securityHeaders } from '../../src/web/security-headers.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

const SECONDS = 1;
let t: TestApp;
let queries = 0;
before(async () => {
  t = await testApp({ env: { PAGE_CACHE_SECONDS: String(SECONDS) } });
  const query = t.db.query.bind(t.db);
  t.db.query = ((sql: string, params?: unknown[]) => {
    queries++;
    return query(sql, params);
  }) as typeof t.db.query;
});
after(async () => {
  await t?.close();
});

const offer = allServices[0]!;
const search = '/zoeken?q=jobcoach&waar=Assen';
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('page cache', () => {
  it('serves a second anonymous visit from memory: no query, the same page in every encoding, with the security headers', async () => {
    t.app.pageCache.clear();
    const first = await get(search);
    assert.equal(first.statusCode, 200);
    const before = queries;
    const plain = await get(search);
    const br = await get(search, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get(search, { 'accept-encoding': 'gzip' });
    assert.equal(queries - before, 0, 'no database query for a cached page');
    assert.equal(plain.body, first.body);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), first.body);
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString('utf8'), first.body);
    for (const res of [plain, br, gzip]) {
      assert.equal(res.headers.vary, 'accept-encoding');
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['x-trace-id'], 'each answer has its own trace id');
    }
    assert.notEqual(plain.headers['x-trace-id'], br.headers['x-trace-id']);
  });

  it('never serves the anonymous page to a logged-in user, nor their page to anyone else', async () => {
    const anonymous = await get('/');
    assert.doesNotMatch(anonymous.body, /Uitloggen/);
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beheerder);
    const mine = await get('/', { cookie });
    assert.match(mine.body, /Uitloggen/);
    const again = await get('/');
    assert.doesNotMatch(again.body, /Uitloggen/);
    assert.doesNotMatch(again.body, /_csrf/);
  });

  it('a change in beheer shows at once on this server', async () => {
    const page = `/aanbod/${offer.key}`;
    assert.match((await get(page)).body, new RegExp(offer.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '&#x27;').slice(0, 20)));
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beheerder);
    const saved = await postForm(t.app, `/beheer/aanbod/${offer.key}`, cookie, {
      organizationKey: offer.organizationKey, name: 'Naam die net is veranderd', summary: offer.summary, description: offer.description,
      helpKinds: offer.helpKinds, limitations: offer.limitations, openWithoutBenefit: offer.openWithoutBenefit,
      openWithoutBenefitExplanation: offer.openWithoutBenefitExplanation, eligibility: offer.eligibility,
      howToApply: offer.howToApply, whoDecides: offer.whoDecides, areaScope: offer.area.scope, areaCodes: (offer.area.codes ?? []).join(','),
    }, `/beheer/aanbod/${offer.key}`);
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    assert.match((await get(page)).body, /Naam die net is veranderd/);
  });

  it('a change made elsewhere (another instance) shows when the entry ends, not before', async () => {
    const page = `/aanbod/${offer.key}`;
    const before = (await get(page)).body;
    await t.db.query(`update service set name = 'Veranderd op een andere server' where key = $1`, [offer.key]);
    assert.equal((await get(page)).body, before, 'still the kept page');
    await sleep(SECONDS * 1000 + 100);
    assert.match((await get(page)).body, /Veranderd op een andere server/);
  });

  it('an anonymous Rechtencheck does not empty the cache; errors and unknown pages are not kept', async () => {
    t.app.pageCache.clear();
    await get('/');
    const rc = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: { gemeente: 'GM0114', age: 24 } });
    assert.equal(rc.statusCode, 200);
    assert.equal(t.app.pageCache.size(), 1);
    assert.equal((await get('/zoeken?q=werk&waar=Nergenshuizen')).statusCode, 400);
    assert.equal((await get('/aanbod/bestaat-niet')).statusCode, 404);
    assert.equal(t.app.pageCache.size(), 1);
  });

  it('holds at most 500 addresses, the least recently used go first', async () => {
    t.app.pageCache.clear();
    await get('/over?n=eerste');
    for (let i = 0; i < 500; i++) await get(`/over?n=${i}`);
    assert.equal(t.app.pageCache.size(), 500);
    const before = queries;
    await get('/over?n=499');
    assert.equal(queries, before);
  });
});

describe('security headers', () => {
  it('are what helmet sets, worked out once: HSTS and upgrade only on https', () => {
    const plain = securityHeaders({ hsts: false, contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], upgradeInsecureRequests: null } } });
    assert.match(plain['content-security-policy']!, /^default-src 'self';/);
    assert.doesNotMatch(plain['content-security-policy']!, /upgrade-insecure-requests/);
    assert.equal(plain['strict-transport-security'], undefined);
    assert.equal(plain['x-frame-options'], 'SAMEORIGIN');
    const secure = securityHeaders({ hsts: true, contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], upgradeInsecureRequests: [] } } });
    assert.match(secure['strict-transport-security']!, /max-age=\d+/);
    assert.match(secure['content-security-policy']!, /upgrade-insecure-requests/);
  });
});
