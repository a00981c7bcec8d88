// Health checks for load balancers and orchestrators: /health/live says the
// process answers (restart it when this fails); /health/ready says the
// database answers too (send no traffic while this fails). /health is kept
// for existing monitors and means "ready".
import type { FastifyInstance } from 'fastify';
import { DB_RETRY_SECONDS } from './errors.ts';

const READY_TIMEOUT_MS = 3000;

export async function healthPlugin(app: FastifyInstance) {
  const ready = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
    try {
      return await Promise.race([app.db.query('select 1').then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  const readiness = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    if (await ready()) return { status: 'ok' };
    return reply.code(503).header('retry-after', String(DB_RETRY_SECONDS)).send({ status: 'unavailable', database: 'unreachable' });
  };
  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, readiness);
  app.get('/health', { schema: { hide: true } }, readiness);
}
