// Sessions are extended by activity, but written at most once a minute
// (src/web/auth/session.ts): a page view right after another does not write
// the session row; one after a minute does; "stay logged in" always does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { csrfFrom, loginAs, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

async function sessionRow(): Promise<{ seen: string; expires: string }> {
  const [row] = await t.db.query<{ seen: string; expires: string }>(
    `select last_seen_at::text as seen, expires_at::text as expires from session order by created_at desc limit 1`,
  );
  return row!;
}

describe('session touch', () => {
  it('writes the session at most once a minute, and at once when asked to stay logged in', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen);
    // Pretend the login was 30 seconds ago.
    await t.db.query(`update session set last_seen_at = now() - interval '30 seconds', expires_at = now() + interval '10 minutes'`);
    const before = await sessionRow();
    const page = await t.app.inject({ url: '/personen', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.deepEqual(await sessionRow(), before, 'a request within a minute of the last touch writes nothing');
    const seconds = Number(/data-session-seconds="(\d+)"/.exec(page.body)?.[1]);
    assert.ok(seconds > 500 && seconds <= 600, `the page shows the session's remaining time (${seconds} s)`);

    await t.db.query(`update session set last_seen_at = now() - interval '61 seconds'`);
    assert.equal((await t.app.inject({ url: '/personen', headers: { cookie } })).statusCode, 200);
    const touched = await sessionRow();
    assert.notEqual(touched.seen, before.seen, 'after a minute the request extends the session');
    assert.ok(touched.expires > before.expires);

    // "Stay logged in" (the session warning) extends at once.
    const csrf = csrfFrom(page.body);
    await t.db.query(`update session set last_seen_at = now() - interval '5 seconds', expires_at = now() + interval '2 minutes'`);
    const extend = await t.app.inject({ method: 'POST', url: '/sessie/verlengen', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(extend.statusCode, 200, extend.body);
    assert.ok(JSON.parse(extend.body).seconds > 120, 'the explicit extension resets the idle time');
  });

  it('still ends an expired session', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen);
    await t.db.query(`update session set expires_at = now() - interval '1 second'`);
    assert.equal((await t.app.inject({ url: '/personen', headers: { cookie } })).statusCode, 303);
  });
});
