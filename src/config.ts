// All configuration comes from the environment; see docs/configuration.md.
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT moet een getal tussen 0 en 65535 zijn, niet "${env.PORT}".`);
  }
  const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    baseUrl,
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    outdatedAfterMonths: Number(env.OUTDATED_AFTER_MONTHS ?? 12),
    secureCookies: baseUrl.startsWith('https://'),
  };
}
