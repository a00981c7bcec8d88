// Issue 10: bad bytes are refused once at the edge on every route, and the
// JSON API cannot be driven with a browser session. Both generated from the
// permission table, so a new route is covered without editing this file.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BAD_TEXT_MESSAGE } from '../../src/web/edge.ts';
import { permissions, roles } from '../../src/web/permissions.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { callerFor, callers, routeEntries, type RouteEntry } from '../helpers/routes.ts';

let t: TestApp;
let entries: RouteEntry[];
let c: Awaited<ReturnType<typeof callers>>;
before(async () => {
  t = await testApp();
  entries = await routeEntries(t.db);
  c = await callers(t.app, t.db);
});
after(async () => t?.close());

const refusedWithMessage = (res: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string) => {
  assert.equal(res.statusCode, 400, `${what}: ${res.body.slice(0, 200)}`);
  const text = String(res.headers['content-type']).includes('json') ? (JSON.parse(res.body) as { error: { message: string } }).error.message : res.body;
  assert.ok(text.includes(BAD_TEXT_MESSAGE.split(':')[0]!), `${what}: a Dutch message that says what is wrong`);
};

describe('bad bytes on every route in the permission table', () => {
  it('refuses a NUL byte or invalid UTF-8 in the query, the path, a form field and a JSON string with a 400', async () => {
    let checked = 0;
    for (const entry of entries) {
      const caller = callerFor(entry, c);
      for (const bad of ['%00', 'a%00b', '%FF', '%C3%28', '%ED%A0%80']) {
        refusedWithMessage(await t.app.inject({ method: entry.method, url: `${entry.url}?q=${bad}`, headers: caller.headers }), `${entry.key} query ${bad}`);
        checked++;
      }
      if (entry.path.includes(':')) {
        const url = entry.path.replace(/:[a-zA-Z]+/, 'x%00y').replace(/:[a-zA-Z]+/g, 'x');
        refusedWithMessage(await t.app.inject({ method: entry.method, url, headers: caller.headers }), `${entry.key} path`);
        checked++;
      }
      if (entry.method === 'POST') {
        const form = await t.app.inject({
          method: 'POST', url: entry.url,
          headers: { ...caller.headers, 'content-type': 'application/x-www-form-urlencoded' },
          payload: `_csrf=${encodeURIComponent(caller.csrf)}&naam=a%00b&email=x%FFy`,
        });
        refusedWithMessage(form, `${entry.key} form`);
        const json = await t.app.inject({
          method: 'POST', url: entry.url,
          headers: { ...caller.headers, 'content-type': 'application/json', 'x-csrf-token': caller.csrf },
          payload: '{"naam":"a\\u0000b","lijst":["\\ud800"]}',
        });
        refusedWithMessage(json, `${entry.key} json`);
        const rawBytes = await t.app.inject({
          method: 'POST', url: entry.url,
          headers: { ...caller.headers, 'content-type': 'application/json', 'x-csrf-token': caller.csrf },
          payload: Buffer.concat([Buffer.from('{"naam":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
        });
        refusedWithMessage(rawBytes, `${entry.key} json bytes`);
        checked += 3;
      }
    }
    assert.ok(checked > Object.keys(permissions).length * 5, `${checked} requests`);
  });

  it('still takes ordinary Dutch and other non-ASCII text', async () => {
    const res = await t.app.inject({ url: `/zoeken?q=${encodeURIComponent('coöperatie één 😀 مرحبا')}` });
    assert.equal(res.statusCode, 200);
  });
});

describe('the JSON API and the session cookie', () => {
  const counts = async () => {
    const [row] = await t.db.query<{ p: number; tr: number }>('select (select count(*) from person) as p, (select count(*) from transition) as tr');
    return row!;
  };

  it('a session cookie is ignored on every mutating API route: no caller, no change', async () => {
    const mutating = entries.filter((e) => e.api && e.method !== 'GET');
    assert.ok(mutating.length >= 3);
    for (const entry of mutating) {
      const payload = JSON.stringify({ transities: [{ extern_id: 'csrf-1', soort: 'doelgroepregister-registratie', datum: '2025-05-01', voornaam: 'Csrf', achternaam: 'Poging' }] });
      for (const role of roles) {
        const session = c.session.get(role)!;
        const before = await counts();
        const withCookie = await t.app.inject({
          method: entry.method, url: entry.url, payload,
          headers: { ...session.headers, 'content-type': 'application/json', 'x-csrf-token': session.csrf, origin: 'https://kwaadwillend.example' },
        });
        const anonymous = await t.app.inject({ method: entry.method, url: entry.url, payload, headers: { 'content-type': 'application/json' } });
        assert.equal(withCookie.statusCode, anonymous.statusCode, `${entry.key} as ${role}: the cookie changes nothing`);
        if (entry.rule !== 'public') assert.equal(withCookie.statusCode, 401, `${entry.key} as ${role}`);
        assert.deepEqual(await counts(), before, `${entry.key} as ${role}: nothing created`);
      }
    }
  });

  it('the same request with an API token does work', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/transities',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.apiToken}` },
      payload: JSON.stringify({ transities: [{ extern_id: 'token-1', soort: 'doelgroepregister-registratie', datum: '2025-05-01', voornaam: 'Met', achternaam: 'Token' }] }),
    });
    assert.equal(res.statusCode, 201, res.body);
  });
});
