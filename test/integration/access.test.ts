import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { applyRetention } from '../../src/db/persons.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { permissions, roles, type Role } from '../../src/web/permissions.ts';
import { cookieHeader, csrfFrom, loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
const logLines: string[] = [];
const cookies = new Map<Role, string>();
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const jobcoachOrg = uuidFromKey('organization', 'demo-stap-verder-jobcoaching');
const accountFor: Record<Role, string> = {
  consulent: DEMO_ACCOUNTS.consulentEmmen,
  teamleider: DEMO_ACCOUNTS.teamleiderEmmen,
  beleidsmedewerker: DEMO_ACCOUNTS.beleidEmmen,
  'aanbieder-redacteur': DEMO_ACCOUNTS.redacteur,
  'functioneel-beheerder': DEMO_ACCOUNTS.beheerder,
  werkgeversadviseur: DEMO_ACCOUNTS.werkgeversadviseur,
};

before(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
  t = await testApp({ logStream: stream, env: { DEV_OUTBOX: 'true' } });
  for (const role of roles) cookies.set(role, (await loginAs(t.app, accountFor[role])).cookie);
});
after(async () => {
  await t?.close();
});

async function emmenPerson(): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 order by family_name limit 1`, [emmen]);
  return row!.id;
}

async function logCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('select count(*) as n from processing_log');
  return row!.n;
}

describe('permission matrix', () => {
  it('has a rule for every registered route, and no rule without a route', () => {
    const registered = new Set(t.app.routeTable.filter((r) => !r.startsWith('GET /assets/')));
    const ruled = new Set(Object.keys(permissions));
    assert.deepEqual([...registered].filter((r) => !ruled.has(r)), []);
    assert.deepEqual([...ruled].filter((r) => !registered.has(r)), []);
  });

  it('every route answers every role as the table says', async () => {
    const personId = await emmenPerson();
    const serviceKey = allServices[0]!.key;
    const fill = (path: string) =>
      path
        .replace(':id', path.startsWith('/api/') ? uuidFromKey('service', serviceKey) : personId)
        .replace(':key', serviceKey)
        .replace(/:[a-zA-Z]+/g, uuidFromKey('x', 'y'));
    // A valid CSRF token per role, so POST routes show the access decision, not the CSRF check.
    const sessions = new Map<Role | null, { cookie: string; csrf: string }>();
    for (const role of [null, ...roles] as Array<Role | null>) {
      const page = await t.app.inject({ url: role ? '/' : '/inloggen', headers: role ? { cookie: cookies.get(role)! } : {} });
      sessions.set(role, { cookie: cookieHeader(page.headers['set-cookie'], role ? cookies.get(role)! : ''), csrf: csrfFrom(page.body) });
    }
    let checked = 0;
    // Logging out ends the sessions, so it goes last.
    const entries = Object.entries(permissions).sort(([a], [b]) => Number(a === 'POST /uitloggen') - Number(b === 'POST /uitloggen'));
    for (const [key, rule] of entries) {
      const [method, path] = key.split(' ') as ['GET' | 'POST', string];
      for (const role of [null, ...roles] as Array<Role | null>) {
        const session = sessions.get(role)!;
        const headers: Record<string, string> = { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' };
        const res = await t.app.inject({ method, url: fill(path), headers, ...(method === 'POST' ? { payload: `_csrf=${encodeURIComponent(session.csrf)}` } : {}) });
        const allowed = rule === 'public' || (role !== null && (rule === 'authenticated' || rule.includes(role)));
        if (path.startsWith('/api/') && rule !== 'public') {
          // The API reads only API tokens, never the session cookie.
          assert.equal(res.statusCode, 401, `${key} with a session as ${role ?? 'anonymous'}`);
        } else if (allowed) {
          assert.ok(![401, 403].includes(res.statusCode) || key === 'POST /inloggen', `${key} as ${role ?? 'anonymous'} got ${res.statusCode}: ${res.body.slice(0, 200)}`);
        } else if (role === null) {
          assert.ok([303, 401].includes(res.statusCode), `${key} anonymous got ${res.statusCode}`);
        } else {
          assert.equal(res.statusCode, 403, `${key} as ${role}`);
        }
        checked++;
      }
    }
    assert.equal(checked, Object.keys(permissions).length * (roles.length + 1));
    for (const role of roles) cookies.set(role, (await loginAs(t.app, accountFor[role])).cookie);
  });

  it('a beleidsmedewerker cannot open a single person record', async () => {
    const personId = await emmenPerson();
    for (const url of ['/personen', `/personen/${personId}`, `/personen/${personId}/export.json`, `/personen/${personId}/inzage`]) {
      const res = await t.app.inject({ url, headers: { cookie: cookies.get('beleidsmedewerker')! } });
      assert.equal(res.statusCode, 403, url);
    }
  });
});

describe('consent and records of other organisations', () => {
  it('the access rule is planned into each query (inlined), and consent is looked up only for persons of another organisation', async () => {
    // A subquery in inbeeld_may_see itself would make it a call per row again (migration 176).
    const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
    const plan = (await t.db.query<Record<string, string>>(
      `explain (verbose, costs off) select p.id from person p where inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, 'consulent')`,
      [emmen],
    )).map((row) => Object.values(row)[0]).join('\n');
    assert.doesNotMatch(plan, /inbeeld_may_see/);
    assert.match(plan, /owner_organization_id = .*OR inbeeld_has_consent/);
  });

  it('another organisation gets 404 without consent, sees exactly the consented parts with it, and loses access at once on withdrawal', async () => {
    const personId = await emmenPerson();
    const other = (await loginAs(t.app, DEMO_ACCOUNTS.consulentJobcoach)).cookie;
    const hoogeveen = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
    for (const cookie of [other, hoogeveen]) {
      for (const url of [`/personen/${personId}`, `/personen/${personId}/export.json`, `/personen/${personId}/inzage`]) {
        assert.equal((await t.app.inject({ url, headers: { cookie } })).statusCode, 404, url);
      }
      assert.doesNotMatch((await t.app.inject({ url: '/personen', headers: { cookie } })).body, new RegExp(personId));
    }
    const owner = cookies.get('consulent')!;
    const recorded = await postForm(t.app, `/personen/${personId}/toestemming`, owner, {
      organizationId: jobcoachOrg, parts: ['basis'], purpose: 'Begeleiding door een jobcoach', validFrom: '2026-01-01', validUntil: '', method: 'in-persoon',
    });
    assert.equal(recorded.statusCode, 303, recorded.body.slice(0, 300));
    const shared = await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: other } });
    assert.equal(shared.statusCode, 200);
    assert.match(shared.body, /Gedeeld|toestemming gaf/);
    assert.doesNotMatch(shared.body, /<h2>Verhaal<\/h2>/, 'the story was not part of the consent');
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: hoogeveen } })).statusCode, 404, 'consent is per organisation');
    assert.equal((await t.app.inject({ url: `/personen/${personId}/export.json`, headers: { cookie: other } })).statusCode, 404, 'AVG export is for the owner only');

    const [consent] = await t.db.query<{ id: string }>('select id from consent where person_id = $1 and withdrawn_at is null', [personId]);
    const withdrawn = await postForm(t.app, `/personen/${personId}/toestemming/${consent!.id}/intrekken`, owner, {});
    assert.equal(withdrawn.statusCode, 303);
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: other } })).statusCode, 404);
    const ownerView = await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: owner } });
    assert.match(ownerView.body, /Ingetrokken op/);
  });

  it('consent for the story shows the story; an expired consent shows nothing', async () => {
    const personId = await emmenPerson();
    const other = (await loginAs(t.app, DEMO_ACCOUNTS.consulentJobcoach)).cookie;
    await t.db.query(
      `insert into consent (person_id, organization_id, parts, purpose, valid_from, method) values ($1, $2, '{basis,verhaal}', 'test', current_date, 'schriftelijk')`,
      [personId, jobcoachOrg],
    );
    assert.match((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: other } })).body, /<h2>Verhaal<\/h2>/);
    await t.db.query(`update consent set valid_from = current_date - 10, valid_until = current_date - 1 where person_id = $1 and withdrawn_at is null`, [personId]);
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: other } })).statusCode, 404);
  });

  it('a consent form with problems names each field and stores nothing', async () => {
    const personId = await emmenPerson();
    const [before] = await t.db.query<{ n: number }>('select count(*) as n from consent');
    const res = await postForm(t.app, `/personen/${personId}/toestemming`, cookies.get('consulent')!, {
      organizationId: emmen, parts: ['alles'], purpose: '', validFrom: '2026-05-01', validUntil: '2026-01-01', method: 'duif',
    });
    assert.equal(res.statusCode, 400);
    for (const text of ['Organisatie: kies een andere organisatie', 'Onderdelen: &quot;alles&quot; kennen we niet', 'Doel: schrijf op', 'Geldig tot: deze datum ligt vóór', 'Hoe gegeven']) {
      assert.ok(res.body.includes(text), text);
    }
    const [afterCount] = await t.db.query<{ n: number }>('select count(*) as n from consent');
    assert.equal(afterCount!.n, before!.n);
  });
});

describe('processing log', () => {
  it('writes one line for every read and write of a person record, with the user in a separate audit record', async () => {
    const personId = await emmenPerson();
    const cookie = cookies.get('consulent')!;
    let n = await logCount();
    await t.app.inject({ url: `/personen/${personId}`, headers: { cookie } });
    assert.equal(await logCount(), n + 1);
    n = await logCount();
    const list = await t.app.inject({ url: '/personen', headers: { cookie } });
    const listed = (list.body.match(/href="\/personen\/[0-9a-f-]{36}"/g) ?? []).length;
    assert.ok(listed >= 3);
    assert.equal(await logCount(), n + 1, 'a list is one processing operation: one line');
    const [listLine] = await t.db.query<{ n: number }>('select cardinality(person_pseudonyms) as n from processing_log order by id desc limit 1');
    assert.equal(listLine!.n, listed, 'naming every person shown');
    const [last] = await t.db.query<{ activity: string; organization_id: string; purpose: string; trace_id: string; account_id: string }>(
      `select l.activity, l.organization_id, l.purpose, l.trace_id, a.account_id from processing_log l join audit_log a on a.processing_log_id = l.id order by l.id desc limit 1`,
    );
    assert.equal(last!.activity, 'persoon.lijst');
    assert.equal(last!.organization_id, emmen);
    assert.match(last!.trace_id, /^[0-9a-f-]{36}$/);
    assert.ok(last!.account_id);
    const columns = await t.db.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'processing_log'`);
    assert.ok(!columns.some((c) => /name|bsn|email/.test(c.column_name)), 'the log holds no direct identifiers');
  });

  it('refuses updates, deletes and truncation of log rows at the database', async () => {
    for (const sql of ['update processing_log set purpose = $1', 'delete from processing_log where purpose <> $1', 'update audit_log set account_id = null where $1 = $1', 'delete from audit_log where $1 = $1']) {
      await assert.rejects(t.db.query(sql, ['x']), /alleen toevoegen|permission denied/);
    }
    await assert.rejects(t.db.query('truncate processing_log cascade'), /alleen toevoegen|permission denied/);
  });

  it('shows the person who looked at their data and why (inzage)', async () => {
    const personId = await emmenPerson();
    const res = await t.app.inject({ url: `/personen/${personId}/inzage`, headers: { cookie: cookies.get('teamleider')! } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Ondersteuning naar werk/);
    assert.match(res.body, /Demo gemeente|gemeente Emmen|Emmen/);
  });
});

describe('AVG rights', () => {
  it('exports everything about one person as JSON and PDF, logged', async () => {
    const personId = await emmenPerson();
    const cookie = cookies.get('consulent')!;
    const json = await t.app.inject({ url: `/personen/${personId}/export.json`, headers: { cookie } });
    assert.equal(json.statusCode, 200);
    const data = json.json();
    assert.ok(data.person.givenName);
    assert.ok(Array.isArray(data.consents));
    assert.ok(data.processing.some((l: { activity: string }) => l.activity === 'persoon.exporteren'));
    const pdf = await t.app.inject({ url: `/personen/${personId}/export.pdf`, headers: { cookie } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  it('erases on request: no personal data left, the pseudonymous log stays', async () => {
    const cookie = cookies.get('consulent')!;
    const created = await postForm(t.app, '/personen', cookie, { givenName: 'Wis', familyName: 'Mij', bsn: '111222333', email: 'wis@example.org', story: 'Test' });
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const id = String(created.headers.location).match(/[0-9a-f-]{36}/)![0];
    const refused = await postForm(t.app, `/personen/${id}/anonimiseren`, cookie, {});
    assert.equal(refused.statusCode, 400, 'erasure needs the confirmation box');
    const erased = await postForm(t.app, `/personen/${id}/anonimiseren`, cookie, { zeker: 'ja' });
    assert.equal(erased.statusCode, 303);
    const [row] = await t.db.query<Record<string, unknown>>('select given_name, family_name, bsn, email, story, erased_at, pseudonym from person where id = $1', [id]);
    assert.deepEqual({ ...row, erased_at: Boolean(row!.erased_at), pseudonym: undefined }, { given_name: 'Geanonimiseerd', family_name: '', bsn: null, email: null, story: null, erased_at: true, pseudonym: undefined });
    const [log] = await t.db.query<{ n: number }>('select count(*) as n from processing_log where person_pseudonym = $1', [row!.pseudonym]);
    assert.ok(log!.n >= 3);
  });

  it('anonymises records after the retention period', async () => {
    await t.db.query(`update person set updated_at = now() - interval '25 months' where family_name = 'de Boer (demo)'`);
    const count = await applyRetention(t.db, 24, 'test-retention');
    assert.equal(count, 1);
    const [row] = await t.db.query<{ n: number }>(`select count(*) as n from person where family_name = 'de Boer (demo)'`);
    assert.equal(row!.n, 0);
  });

  it('validates a BSN with the 11-proef when one is recorded, and needs none', async () => {
    const cookie = cookies.get('consulent')!;
    const bad = await postForm(t.app, '/personen', cookie, { givenName: 'Test', familyName: 'Persoon', bsn: '123456789' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /11-proef/);
    const none = await postForm(t.app, '/personen', cookie, { givenName: 'Zonder', familyName: 'Bsn' });
    assert.equal(none.statusCode, 303);
  });
});

describe('password reset and session', () => {
  it('resets a password through a one-time link from the outbox', async () => {
    const form = await t.app.inject({ url: '/wachtwoord-vergeten' });
    let cookie = cookieHeader(form.headers['set-cookie']);
    const ask = async (email: string) =>
      t.app.inject({ method: 'POST', url: '/wachtwoord-vergeten', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email }).toString() });
    const known = await ask(DEMO_ACCOUNTS.teamleiderEmmen);
    const unknown = await ask('niemand@example.org');
    const message = (b: string) => b.match(/role="status"[^>]*>([\s\S]*?)<\/div>/)![1];
    assert.equal(message(known.body), message(unknown.body), 'the answer does not reveal whether the account exists');
    const outbox = await t.app.inject({ url: '/ontwikkeling/outbox', headers: { cookie: cookies.get('functioneel-beheerder')! } });
    const link = outbox.body.match(/\/wachtwoord-herstellen\?token=([\w-]+)/)!;
    const page = await t.app.inject({ url: link[0], headers: { cookie } });
    assert.equal(page.statusCode, 200);
    cookie = cookieHeader(page.headers['set-cookie'], cookie);
    const post = (fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/wachtwoord-herstellen', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: csrfFrom(page.body), token: link[1]!, ...fields }).toString() });
    assert.equal((await post({ wachtwoord: 'kort', herhaal: 'kort' })).statusCode, 400);
    assert.equal((await post({ wachtwoord: 'een lange nieuwe zin', herhaal: 'een andere lange zin' })).statusCode, 400);
    assert.equal((await post({ wachtwoord: 'een lange nieuwe zin', herhaal: 'een lange nieuwe zin' })).statusCode, 303);
    assert.equal((await post({ wachtwoord: 'nog een lange zin!', herhaal: 'nog een lange zin!' })).statusCode, 400, 'the link works once');
    assert.equal((await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen, 'een lange nieuwe zin')).status, 303);
    assert.equal((await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).status, 401, 'the old password no longer works');
    assert.equal((await t.app.inject({ url: '/personen', headers: { cookie: cookies.get('teamleider')! } })).statusCode, 303, 'old sessions ended');
  });

  it('ends a session after the idle time', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen);
    assert.equal((await t.app.inject({ url: '/personen', headers: { cookie } })).statusCode, 200);
    await t.db.query(`update session set expires_at = now() - interval '1 second'`);
    assert.equal((await t.app.inject({ url: '/personen', headers: { cookie } })).statusCode, 303);
  });
});

describe('hardening', () => {
  it('keeps BSNs out of the application log', async () => {
    await t.app.inject({ url: '/aanbod/111222333' });
    const joined = logLines.join('\n');
    assert.match(joined, /\/aanbod\/\[BSN\]/);
    assert.doesNotMatch(joined, /111222333/);
  });

  it('sends HSTS only over TLS', async () => {
    const res = await t.app.inject({ url: '/' });
    assert.equal(res.headers['strict-transport-security'], undefined);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    const tls = await testApp({ env: { BASE_URL: 'https://inbeeld.example.org' } });
    try {
      const secure = await tls.app.inject({ url: '/' });
      assert.match(String(secure.headers['strict-transport-security']), /max-age=\d+/);
    } finally {
      await tls.close();
    }
  });
});
