import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/web/server.ts';
import { seededDb, type TestDb } from './db.ts';

export interface TestApp extends TestDb {
  app: FastifyInstance;
}

export async function testApp(): Promise<TestApp> {
  const t = await seededDb();
  const config = { ...loadConfig({ PORT: '0' }), baseUrl: 'http://localhost:3000' };
  const app = await buildApp({ db: t.db, config });
  await app.ready();
  return {
    ...t,
    app,
    async close() {
      await app.close();
      await t.close();
    },
  };
}

/** Cookies from a response, as a Cookie header value (name=value; ...). */
export function cookieHeader(setCookie: string | string[] | undefined, previous = ''): string {
  const jar = new Map<string, string>();
  for (const part of previous.split('; ').filter(Boolean)) {
    const [k, ...v] = part.split('=');
    jar.set(k!, v.join('='));
  }
  for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair] = line.split(';');
    const [k, ...v] = pair!.split('=');
    if (line.includes('Expires=Thu, 01 Jan 1970')) jar.delete(k!);
    else jar.set(k!, v.join('='));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** The hidden _csrf value of the first form on a page. */
export function csrfFrom(html: string): string {
  const match = html.match(/name="_csrf" value="([^"]+)"/);
  if (!match) throw new Error('no csrf token on page');
  return match[1]!;
}
