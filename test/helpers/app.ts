import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/web/server.ts';
import { DEMO_PASSWORD, seededDb, type TestDb } from './db.ts';

export interface TestApp extends TestDb {
  app: FastifyInstance;
}

export async function testApp(options: { logStream?: NodeJS.WritableStream; env?: Record<string, string> } = {}): Promise<TestApp> {
  const t = await seededDb();
  const config = { ...loadConfig({ PORT: '0', ...options.env }), baseUrl: 'http://localhost:3000' };
  const app = await buildApp({ db: t.db, config, ...(options.logStream ? { logStream: options.logStream } : {}) });
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

/** Logs in through the login form; returns the session cookie. */
export async function loginAs(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<{ cookie: string; status: number; body: string }> {
  const form = await app.inject({ url: '/inloggen' });
  let cookie = cookieHeader(form.headers['set-cookie']);
  const res = await app.inject({
    method: 'POST',
    url: '/inloggen',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email, wachtwoord: password }).toString(),
  });
  cookie = cookieHeader(res.headers['set-cookie'], cookie);
  return { cookie, status: res.statusCode, body: res.body };
}

/** Posts a form with a fresh CSRF token taken from `csrfPage`. */
export async function postForm(app: FastifyInstance, url: string, cookie: string, fields: Record<string, string | string[]>, csrfPage = '/') {
  const page = await app.inject({ url: csrfPage, headers: { cookie } });
  const params = new URLSearchParams();
  params.set('_csrf', csrfFrom(page.body));
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: params.toString() });
}
