// Issue 10: when the database is away, every page and API route answers 503
// with a calm message and Retry-After, /health/live stays up, /health/ready
// says not ready, and the app recovers without a restart.
import assert from 'node:assert/strict';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { connect, type Db } from '../../src/db/client.ts';
import { buildApp } from '../../src/web/server.ts';
import { seededDb, onPostgres } from '../helpers/db.ts';

type Inject = (url: string) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;

async function expectDown(get: Inject) {
  // Not '/zoeken?q=werk': expectUp just saw it, and the page cache may still show it (see below).
  for (const url of ['/zoeken?q=werkplek', '/aanbod/bestaat-niet', '/rechtencheck', '/inloggen', '/health/ready', '/health']) {
    const res = await get(url);
    assert.equal(res.statusCode, 503, `${url}: ${res.body.slice(0, 200)}`);
    assert.equal(res.headers['retry-after'], '30', url);
  }
  const page = await get('/zoeken?q=werkplek');
  assert.match(page.body, /Probeer het over een paar minuten opnieuw/);
  const api = await get('/api/v1/hsds/services?search=werk');
  assert.equal(api.statusCode, 503);
  assert.match((JSON.parse(api.body) as { error: { message: string } }).error.message, /niet bereiken/);
  assert.equal((await get('/health/live')).statusCode, 200, 'the process itself is alive');
}

async function expectUp(get: Inject) {
  assert.equal((await get('/health/ready')).statusCode, 200);
  assert.equal((await get('/zoeken?q=werk')).statusCode, 200);
  assert.equal((await get('/api/v1/hsds/services?search=werk')).statusCode, 200);
}

describe('database outage', () => {
  it('answers 503 while the database fails and recovers without a restart (driver errors simulated)', async () => {
    const t = await seededDb();
    let down = false;
    const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    // The same Db, failing the way pg fails when the server is gone.
    const flaky: Db = {
      kind: t.db.kind,
      query: (sql, params) => (down ? Promise.reject(refused()) : t.db.query(sql, params)),
      transaction: (fn) => (down ? Promise.reject(refused()) : t.db.transaction(fn)),
      exec: (sql) => t.db.exec(sql),
      executeSql: (sql, params) => (down ? Promise.reject(refused()) : t.db.executeSql(sql, params)),
      close: () => t.db.close(),
    };
    const app = await buildApp({ db: flaky, config: { ...loadConfig({ PORT: '0' }), baseUrl: 'http://localhost:3000' } });
    try {
      const get: Inject = (url) => app.inject({ url });
      await expectUp(get);
      down = true;
      // A public page seen within the last PAGE_CACHE_SECONDS is still shown from memory.
      const kept = await get('/zoeken?q=werk');
      assert.equal(kept.statusCode, 200);
      assert.match(kept.body, /resultaten/);
      await expectDown(get);
      down = false;
      await expectUp(get);
    } finally {
      await app.close();
      await t.close();
    }
  });

  it('answers 503 when the PostgreSQL server is unreachable and recovers when it is back', { skip: !onPostgres && 'needs TEST_DATABASE_URL' }, async () => {
    const t = await seededDb();
    // The app connects through a TCP relay that the test cuts and restores,
    // exactly like a database server going away and coming back.
    const target = new URL(((t.db as unknown as { pool?: { options: { connectionString: string } } }).pool?.options.connectionString) ?? process.env.TEST_DATABASE_URL!);
    const sockets = new Set<Socket>();
    const relay = (): Server =>
      createServer((client) => {
        const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const close = () => { client.destroy(); upstream.destroy(); };
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
    let server = relay();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const viaRelay = new URL(target);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(port);
    const db = await connect({ databaseUrl: viaRelay.toString() });
    const app = await buildApp({ db, config: { ...loadConfig({ PORT: '0' }), baseUrl: 'http://localhost:3000' } });
    try {
      const get: Inject = (url) => app.inject({ url });
      await expectUp(get);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      sockets.clear();
      await expectDown(get);
      server = relay();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      await expectUp(get);
    } finally {
      await app.close();
      await db.close();
      server.close();
      for (const s of sockets) s.destroy();
      await t.close();
    }
  });
});

after(() => undefined);
