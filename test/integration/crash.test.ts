// Faults: the real server as a child process, 100 concurrent writes through
// POST /api/v1/transities, SIGKILL after about half have answered, restart on
// the same data. Every write that got a success answer must be there, and
// nothing may be half-written (a transition without its person or the
// other way round, or a person without its processing-log line).
// PGlite (a temporary DATA_DIR) by default; a fresh PostgreSQL database with
// TEST_DATABASE_URL.
import assert from 'node:assert/strict';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { connect } from '../../src/db/client.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const adminUrl = process.env.TEST_DATABASE_URL;
const REQUESTS = 100;
const KILL_AFTER = 50;
const run = randomBytes(4).toString('hex');
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');

let dataDir = '';
let databaseUrl: string | undefined;
let dbName = '';
const children = new Set<ChildProcess>();

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'info', NODE_ENV: 'test' };
  if (databaseUrl) e.DATABASE_URL = databaseUrl;
  else delete e.DATABASE_URL;
  return e;
}

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env: env(), timeout: 240_000 });
  return stdout;
}

/** Starts `inbeeld serve`; resolves with the base URL once /health answers. */
async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s:\n${output.slice(-2000)}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it listened:\n${output.slice(-2000)}`));
    });
  });
  const health = await fetch(`${url}/health`);
  assert.equal(health.status, 200);
  return { child, url };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'inbeeld-crash-'));
  if (adminUrl) {
    dbName = `inbeeld_crash_${run}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
});

after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all([...children].map(exited));
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl && dbName) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
});

const externId = (i: number) => `crash-${run}-${i}`;
const familyName = (i: number) => `Crashtest ${run} ${i}`;

it(`keeps every acknowledged write and nothing half-written after SIGKILL (${adminUrl ? 'PostgreSQL' : 'PGlite'})`, { timeout: 420_000 }, async () => {
  // The demo data and an API token, before the server runs (PGlite allows one process at a time).
  await cli('seed', '--demo');
  const token = (await cli('api-token', '--organisatie', 'demo-gemeente-emmen', '--naam', 'crash-test')).trim();
  assert.match(token, /^inbeeld_[\w-]+$/);

  const first = await startServer();
  const outcomes: Array<number | 'geen antwoord'> = new Array(REQUESTS).fill('geen antwoord');
  let answered = 0;
  const requests = Array.from({ length: REQUESTS }, async (_, i) => {
    try {
      const res = await fetch(`${first.url}/api/v1/transities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          transities: [{ extern_id: externId(i), soort: 'einde-contract', datum: '2025-05-01', voornaam: 'Crash', achternaam: familyName(i), notitie: `verzoek ${i}` }],
        }),
      });
      await res.arrayBuffer();
      outcomes[i] = res.status;
      if (++answered === KILL_AFTER) first.child.kill('SIGKILL');
    } catch {
      // The connection died with the server: no answer.
    }
  });
  await Promise.all(requests);
  await exited(first.child);
  assert.equal(first.child.signalCode, 'SIGKILL');

  const acknowledged = outcomes.flatMap((s, i) => (typeof s === 'number' && s >= 200 && s < 300 ? [i] : []));
  const unanswered = outcomes.filter((s) => s === 'geen antwoord').length;
  assert.deepEqual(outcomes.filter((s) => typeof s === 'number' && s !== 201), [], 'every answer before the kill was 201');
  assert.ok(acknowledged.length >= KILL_AFTER, `${acknowledged.length} acknowledged`);
  assert.ok(unanswered > 0, 'the kill came while requests were still in flight');

  // Restart on the same data: it comes up, and takes writes again.
  const second = await startServer();
  const again = await fetch(`${second.url}/api/v1/transities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ transities: [{ extern_id: `${externId(0)}-na-herstart`, soort: 'einde-contract', datum: '2025-05-01', voornaam: 'Na', achternaam: 'Herstart' }] }),
  });
  assert.equal(again.status, 201, await again.text());
  second.child.kill('SIGTERM');
  await exited(second.child);

  const db = await connect(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const transitions = new Map(
      (await db.query<{ externalId: string; personId: string }>(
        `select external_id as "externalId", person_id as "personId" from transition where organization_id = $1 and external_id like $2`,
        [emmen, `crash-${run}-%`],
      )).map((t) => [t.externalId, t]),
    );
    const persons = new Map(
      (await db.query<{ id: string; familyName: string; pseudonym: string }>(
        `select id, family_name as "familyName", pseudonym from person where owner_organization_id = $1 and family_name like $2`,
        [emmen, `Crashtest ${run} %`],
      )).map((p) => [p.familyName, p]),
    );
    const logged = new Set(
      (await db.query<{ pseudonym: string }>(
        `select person_pseudonym as pseudonym from processing_log where activity = 'persoon.aanmaken' and person_pseudonym = any($1::text[])`,
        [[...persons.values()].map((p) => p.pseudonym)],
      )).map((l) => l.pseudonym),
    );

    for (const i of acknowledged) {
      assert.ok(transitions.has(externId(i)), `acknowledged ${externId(i)} is there`);
      assert.ok(persons.has(familyName(i)), `the person of acknowledged ${externId(i)} is there`);
    }
    for (let i = 0; i < REQUESTS; i++) {
      const t = transitions.get(externId(i));
      const p = persons.get(familyName(i));
      assert.equal(Boolean(t), Boolean(p), `request ${i}: transition and person both or neither (transition ${Boolean(t)}, person ${Boolean(p)})`);
      if (t && p) {
        assert.equal(t.personId, p.id, `request ${i}: the transition belongs to its person`);
        assert.ok(logged.has(p.pseudonym), `request ${i}: the processing log has the creation of the person`);
      }
    }
    const committedWithoutAnswer = transitions.size - acknowledged.length;
    process.stdout.write(
      `# crash (${db.kind}): ${acknowledged.length} acknowledged, ${unanswered} without answer, ${transitions.size} present after restart (${committedWithoutAnswer} committed without an answer)\n`,
    );
  } finally {
    await db.close();
  }
});
