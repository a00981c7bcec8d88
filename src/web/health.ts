// Health checks and the database gate. /health/live says the process answers
// (restart it when this fails); /health/ready says the database answers too
// (send no traffic while this fails). /health is kept for existing monitors
// and means "ready". Once a request has found the database away, every page
// and API route answers 503 with Retry-After (not only the ones that happen
// to query), until a probe finds it back: the app recovers without restart.
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { DB_RETRY_SECONDS, isDatabaseUnavailable } from './errors.ts';

const READY_TIMEOUT_MS = 3000;
/** While the database is away, probe it at most this often. */
const PROBE_EVERY_MS = 1000;

/** Thrown by the gate; the error handler turns it into the 503 page or problem document. */
export class DatabaseUnavailable extends Error {
  readonly code = 'ECONNREFUSED';
}

async function health(app: FastifyInstance) {
  const ready = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
    try {
      return await Promise.race([app.db.query('select 1').then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  let down = false;
  let lastProbe = 0;
  let probing: Promise<boolean> | null = null;
  const stillDown = async (): Promise<boolean> => {
    if (Date.now() - lastProbe >= PROBE_EVERY_MS) {
      lastProbe = Date.now();
      probing ??= ready().finally(() => (probing = null));
      down = !(await probing);
    }
    return down;
  };

  app.addHook('onError', async (_request, _reply, error) => {
    if (isDatabaseUnavailable(error) && !down) {
      down = true;
      lastProbe = Date.now();
    }
  });
  app.addHook('onRequest', async (request) => {
    if (!down || request.url.startsWith('/health') || request.url.startsWith('/assets/')) return;
    if (await stillDown()) throw new DatabaseUnavailable('database unavailable');
  });

  const readiness = async (_request: unknown, reply: FastifyReply) => {
    const ok = await ready();
    down = !ok;
    lastProbe = Date.now();
    if (ok) return { status: 'ok' };
    return reply.code(503).header('retry-after', String(DB_RETRY_SECONDS)).send({ status: 'unavailable', database: 'unreachable' });
  };
  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, readiness);
  app.get('/health', { schema: { hide: true } }, readiness);
}

export const healthPlugin = fp(health, { name: 'health' });
