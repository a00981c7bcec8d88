// All configuration comes from the environment; the table in README.md lists it.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres:// URL; when empty, embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** PGlite data folder. */
  dataDir: string;
  /** Public base URL, used in links in exports and e-mails. */
  baseUrl: string;
  /** Load the demo region on first start. */
  seedDemo: boolean;
  /** Log level for the application log (never personal data). */
  logLevel: string;
  /** Months after which an offer that was not verified counts as possibly outdated. */
  outdatedAfterMonths: number;
  /** Secure cookies; on when BASE_URL is https. */
  secureCookies: boolean;
  /** Minutes without activity after which a session ends. */
  sessionIdleMinutes: number;
  /** SMTP server for mail (smtp://user:pass@host:port); without it mail goes to the outbox page. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** DEV_OUTBOX=true: show unsent mail with its text at /ontwikkeling/outbox, to a functioneel-beheerder only. Never with https. */
  devOutbox: boolean;
  /** Which proxies to believe for X-Forwarded-For: off, a hop count, or addresses/CIDR ranges (Fastify trustProxy). */
  trustProxy: false | number | string[];
  /** Months after the last change of a person record before it is anonymised. */
  retentionMonths: number;
  /** Monitor: counts below this are hidden (statistical disclosure control, docs/monitor.md). */
  monitorMinimum: number;
  /** Seconds a public page is served from memory to visitors without a session (src/web/page-cache.ts); 0 switches it off. */
  pageCacheSeconds: number;
  /** `inbeeld serve` on PostgreSQL: web processes of this instance (one per core at most; docs/scaling.md). */
  webProcesses: number;
  /** OpenID Connect login, optional. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
}

function monitorMinimum(value: string | undefined): number {
  const n = Number(value ?? 5);
  if (!Number.isInteger(n) || n < 2 || n > 100) throw new Error(`MONITOR_MINIMUM moet een heel getal van 2 tot en met 100 zijn, niet "${value}".`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT moet een getal tussen 0 en 65535 zijn, niet "${env.PORT}".`);
  }
  const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    baseUrl,
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    outdatedAfterMonths: Number(env.OUTDATED_AFTER_MONTHS ?? 12),
    secureCookies: baseUrl.startsWith('https://'),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'InBeeld <noreply@inbeeld.invalid>',
    devOutbox: devOutbox(env.DEV_OUTBOX, baseUrl),
    trustProxy: trustProxy(env.TRUST_PROXY),
    retentionMonths: Number(env.RETENTION_MONTHS ?? 24),
    monitorMinimum: monitorMinimum(env.MONITOR_MINIMUM),
    pageCacheSeconds: wholeNumber('PAGE_CACHE_SECONDS', env.PAGE_CACHE_SECONDS, 10, 0, 300),
    webProcesses: webProcesses(env.WEB_PROCESSES),
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID
        ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET ?? '' }
        : null,
  };
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} moet een heel getal van ${min} tot en met ${max} zijn, niet "${value}".`);
  return n;
}

/** WEB_PROCESSES: a number, or "auto" for one per core. */
function webProcesses(value: string | undefined): number {
  if (value?.trim() === 'auto') return availableParallelism();
  return wholeNumber('WEB_PROCESSES', value, 1, 1, 64);
}

function devOutbox(value: string | undefined, baseUrl: string): boolean {
  const on = value === 'true';
  if (on && baseUrl.startsWith('https://')) {
    throw new Error('DEV_OUTBOX=true is alleen voor ontwikkeling. Het kan niet samen met een https BASE_URL. Zet DEV_OUTBOX uit en stel SMTP_URL in.');
  }
  return on;
}

/** TRUST_PROXY: empty or "false" (default), a hop count, or a comma-separated list of addresses or CIDR ranges. */
export function trustProxy(value: string | undefined): false | number | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'true') {
    throw new Error('TRUST_PROXY=true zou elke X-Forwarded-For geloven. Geef het aantal proxies (bijvoorbeeld 1) of hun adressen (bijvoorbeeld 10.0.0.2,10.0.0.3).');
  }
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  for (const item of list) {
    if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(item) && !['loopback', 'linklocal', 'uniquelocal'].includes(item)) {
      throw new Error(`TRUST_PROXY: "${item}" is geen IP-adres of bereik. Geef een aantal proxies of een lijst zoals 10.0.0.2,10.1.0.0/16.`);
    }
  }
  return list;
}
