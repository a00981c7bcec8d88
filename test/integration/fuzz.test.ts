// Issue 10: random input on every route in the permission table, for every
// role and for anonymous visitors: random strings, full unicode, NUL bytes,
// huge values and wrong types in the query, the path, forms and JSON. No
// answer may be 500 or higher. Runs are kept moderate (about a minute).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { roles, type Role } from '../../src/web/permissions.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { callers, routeEntries, type Caller, type RouteEntry } from '../helpers/routes.ts';

let t: TestApp;
let entries: RouteEntry[];
let c: Awaited<ReturnType<typeof callers>>;
before(async () => {
  t = await testApp();
  // Logging out would end the sessions the rest of the run uses.
  entries = (await routeEntries(t.db)).filter((e) => e.key !== 'POST /uitloggen');
  c = await callers(t.app, t.db);
});
after(async () => t?.close());

// Field names the routes read, plus random ones.
const names = fc.oneof(
  fc.constantFrom('q', 'code', 'sleutel', 'terug', 'pagina', 'gemeente', 'waar', 'email', 'wachtwoord', 'naam', 'givenName', 'familyName', 'bsn',
    'text', 'actie', 'datum', 'parts', 'organizationId', 'search', 'transities', 'antwoord', 'vraag', 'dagen', 'token', 'zeker', 'category', 'id'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\uFFFD', '../../etc/passwd', "' or 1=1 --", '<script>alert(1)</script>', '%00', '%', '2026-02-30', '-1', '1e308', 'NaN', ''),
  fc.nat({ max: 30_000 }).map((n) => 'x'.repeat(n)),
  fc.integer().map(String),
);
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 5 }),
  fc.dictionary(names, nasty, { maxKeys: 5 }),
  fc.array(fc.dictionary(names, fc.oneof(nasty, fc.integer(), fc.constant(null)), { maxKeys: 6 }), { maxLength: 3 }),
);
const input = fc.record({
  query: fc.dictionary(names, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 })), { maxKeys: 4 }),
  pathValue: fc.option(nasty, { nil: undefined }),
  bodyKind: fc.constantFrom('form', 'json', 'none', 'garbage') as fc.Arbitrary<'form' | 'json' | 'none' | 'garbage'>,
  form: fc.dictionary(names, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 })), { maxKeys: 6 }),
  json: jsonValue,
});
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function encode(params: Record<string, string | string[]>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) out.append(k, x);
  return out.toString();
}

/** Every UTF-8 byte as %XX (a lone surrogate goes as EF BF BD, as a browser would send it). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

async function send(entry: RouteEntry, caller: Caller, x: Input) {
  const path = x.pathValue !== undefined && entry.path.includes(':')
    ? entry.path.replace(/:[a-zA-Z]+/g, () => percentEncode(x.pathValue!.slice(0, 300)))
    : entry.url;
  const query = encode(x.query);
  const url = query ? `${path}?${query}` : path;
  const headers: Record<string, string> = { ...caller.headers };
  let payload: string | undefined;
  if (entry.method === 'POST') {
    if (x.bodyKind === 'form') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = encode({ _csrf: caller.csrf, ...x.form });
    } else if (x.bodyKind === 'json') {
      headers['content-type'] = 'application/json';
      headers['x-csrf-token'] = caller.csrf;
      payload = JSON.stringify(x.json) ?? 'null';
    } else if (x.bodyKind === 'garbage') {
      headers['content-type'] = 'application/json';
      payload = '{"a": [1, 2,, "\\x"]';
    }
  }
  return t.app.inject({ method: entry.method, url, headers, ...(payload !== undefined ? { payload } : {}) });
}

describe('fuzzing every route as every role', () => {
  it('never answers 500 or higher', async () => {
    const who: Array<Role | null> = [null, ...roles];
    const failures: string[] = [];
    let requests = 0;
    // Every route × every role at least once, with generated input.
    const samples = fc.sample(input, { numRuns: entries.length * who.length, seed: 4242 });
    let i = 0;
    for (const entry of entries) {
      for (const role of who) {
        const x = samples[i++]!;
        const caller = entry.api && entry.rule !== 'public' && role === 'consulent' ? { headers: { authorization: `Bearer ${c.apiToken}` }, csrf: '' } : c.session.get(role)!;
        const res = await send(entry, caller, x);
        requests++;
        if (res.statusCode >= 500) failures.push(`${entry.key} as ${role ?? 'anonymous'} → ${res.statusCode} with ${JSON.stringify(x).slice(0, 300)}`);
      }
    }
    // Then a random walk with shrinking, so a failure comes back as a small example.
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: entries.length - 1 }), fc.constantFrom(...who), input, async (n, role, x) => {
        const entry = entries[n]!;
        const res = await send(entry, c.session.get(role)!, x);
        requests++;
        return res.statusCode < 500;
      }),
      { numRuns: 300, seed: 2026 },
    );
    console.log(`fuzz: ${requests} requests over ${entries.length} routes × ${who.length} callers, ${failures.length} answers ≥ 500`);
    assert.deepEqual(failures.slice(0, 10), []);
  });
});
