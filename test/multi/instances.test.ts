// Several instances on one PostgreSQL (issue 17): two `inbeeld serve`
// processes and an `inbeeld worker` against a fresh database on the CI server.
// Shows: a login on one instance is valid on the other; a job enqueued twice
// runs once; stopping one instance under load loses no acknowledged write;
// one instance with two web processes (WEB_PROCESSES) shares its port.
//   TEST_DATABASE_URL=postgres://... node --import tsx --test test/multi/instances.test.ts
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { startJobs } from '../../src/features/jobs/queue.ts';
import { createApiToken } from '../../src/features/transities/tokens.ts';
import { DEMO_PASSWORD, onPostgres, seededDb, type TestDb } from '../helpers/db.ts';

const skip = !onPostgres && 'needs TEST_DATABASE_URL (a PostgreSQL server)';
const bin = fileURLToPath(new URL('../../bin/inbeeld.js', import.meta.url));
let t: TestDb;
const children: ChildProcess[] = [];
const ports: number[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function start(command: 'serve' | 'worker', port: number): ChildProcess {
  const child = spawn(process.execPath, [bin, command], {
    env: { ...process.env, DATABASE_URL: t.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', SMTP_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function ready(port: number): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on port ${port} did not start`);
}

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail('timed out');
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

before(async () => {
  if (skip) return;
  t = await seededDb();
  ports.push(await freePort(), await freePort());
  start('serve', ports[0]!);
  start('serve', ports[1]!);
  start('worker', 0);
  await Promise.all(ports.map(ready));
});

after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await t?.close();
});

test('a login on one instance is valid on the other', { skip }, async () => {
  const [a, b] = ports.map((p) => `http://127.0.0.1:${p}`);
  const form = await fetch(`${a}/inloggen`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  assert.ok(csrf, 'the login form has a CSRF token');
  const jar = cookiesOf(form);
  const login = await fetch(`${a}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, email: DEMO_ACCOUNTS.consulentEmmen, wachtwoord: DEMO_PASSWORD }).toString(),
  });
  assert.equal(login.status, 303);
  const session = [...jar, ...cookiesOf(login)].join('; ');
  const onB = await fetch(`${b}/caseload`, { redirect: 'manual', headers: { cookie: session } });
  assert.equal(onB.status, 200, 'the session from instance A opens the caseload on instance B');
  const without = await fetch(`${b}/caseload`, { redirect: 'manual' });
  assert.notEqual(without.status, 200, 'without the session it does not');
});

test('a job enqueued twice runs once, run by the worker process', { skip }, async () => {
  const config = { ...loadConfig({ PORT: '0' }), smtpUrl: undefined };
  const producer = await startJobs(t.db, config, { work: false, schedule: false });
  try {
    const mail = { to: 'twice@inbeeld.demo', subject: 'Eén keer', text: 'Proef' };
    assert.equal(await producer.enqueue('mail.send', mail, 'multi-twice'), true);
    assert.equal(await producer.enqueue('mail.send', mail, 'multi-twice'), false);
    const count = async () => (await t.db.query(`select 1 from outbox where to_address = 'twice@inbeeld.demo'`)).length;
    await until(async () => (await count()) === 1);
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(await count(), 1);
  } finally {
    await producer.stop();
  }
});

test('stopping one instance under load loses no acknowledged write', { skip }, async () => {
  const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
  const { token } = await createApiToken(t.db, emmen, 'multi-instance test');
  const acknowledged: string[] = [];
  const TOTAL = 240;
  let next = 0;
  let stopped = false;
  const send = async (i: number) => {
    const port = ports[i % 2]!;
    const id = `multi-${i}`;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/transities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ transities: [{ extern_id: id, soort: 'einde-contract', datum: '2026-11-02', voornaam: 'Proef', achternaam: `Persoon ${i}` }] }),
    }).catch(() => null);
    if (res?.status === 201) acknowledged.push(id);
  };
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < TOTAL) {
        const i = next++;
        if (i === TOTAL / 3 && !stopped) {
          stopped = true;
          children[0]!.kill('SIGTERM'); // instance A stops while requests are in flight
        }
        await send(i);
      }
    }),
  );
  assert.ok(stopped);
  assert.ok(acknowledged.length >= TOTAL / 2, `most requests were acknowledged (${acknowledged.length} of ${TOTAL})`);
  assert.ok(acknowledged.some((id) => Number(id.slice(6)) % 2 === 0), 'instance A acknowledged writes before it stopped');
  const stored = await t.db.query<{ external_id: string }>(`select external_id from transition where external_id like 'multi-%'`);
  const have = new Set(stored.map((r) => r.external_id));
  const lost = acknowledged.filter((id) => !have.has(id));
  assert.deepEqual(lost, [], 'every acknowledged write is stored');
});

/** The web processes the primary process of an instance has started (ps --ppid). */
function childPids(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // ps exits 1 when there is no such process
  }
  return out.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
}

test('WEB_PROCESSES=2: one instance, two web processes on one port; a stopped one is replaced, SIGTERM stops all', { skip }, async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, DATABASE_URL: t.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', SMTP_URL: '', WEB_PROCESSES: '2' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  await ready(port);
  await until(async () => childPids(child.pid!).length === 2);
  const [first] = childPids(child.pid!);
  process.kill(first!, 'SIGKILL');
  // The other process keeps answering (a connection handed to the stopped one just before
  // it died is lost, as on any crash: hence the short time-out), and a new one takes its place.
  let answered = 0;
  await until(async () => {
    const ok = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status === 200, () => false);
    answered = ok ? answered + 1 : 0;
    return answered >= 20;
  });
  await until(async () => {
    const now = childPids(child.pid!);
    return now.length === 2 && !now.includes(first!);
  });
  const workers = childPids(child.pid!);
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  assert.equal(code, 0);
  for (const pid of workers) assert.throws(() => process.kill(pid, 0), 'every web process has stopped');
});
