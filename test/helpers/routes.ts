// Every route of the permission table with a caller that may use it, so
// generated tests reach the route itself and not only the access check.
import type { FastifyInstance } from 'fastify';
import { allServices } from '../../src/content/catalogue/index.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { createApiToken } from '../../src/features/transities/tokens.ts';
import { permissions, roles, type Role } from '../../src/web/permissions.ts';
import { cookieHeader, csrfFrom, loginAs } from './app.ts';
import type { Db } from '../../src/db/client.ts';

export const accountFor: Record<Role, string> = {
  consulent: DEMO_ACCOUNTS.consulentEmmen,
  teamleider: DEMO_ACCOUNTS.teamleiderEmmen,
  beleidsmedewerker: DEMO_ACCOUNTS.beleidEmmen,
  'aanbieder-redacteur': DEMO_ACCOUNTS.redacteur,
  'functioneel-beheerder': DEMO_ACCOUNTS.beheerder,
  werkgeversadviseur: DEMO_ACCOUNTS.werkgeversadviseur,
};

export interface RouteEntry {
  key: string;
  method: 'GET' | 'POST';
  path: string;
  /** The path with its parameters filled in with real ids where they matter. */
  url: string;
  api: boolean;
  rule: (typeof permissions)[string];
}

export interface Caller {
  headers: Record<string, string>;
  csrf: string;
}

/** A Emmen person and a catalogue offer fill the route parameters. */
export async function routeEntries(db: Db): Promise<RouteEntry[]> {
  const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
  const [person] = await db.query<{ id: string }>(`select id from person where owner_organization_id = $1 order by family_name limit 1`, [emmen]);
  const serviceKey = allServices[0]!.key;
  // Logging out ends the session, so it goes last.
  const keys = Object.keys(permissions).sort((a, b) => Number(a === 'POST /uitloggen') - Number(b === 'POST /uitloggen'));
  return keys.map((key) => {
    const [method, path] = key.split(' ') as ['GET' | 'POST', string];
    const url = path
      .replace(':id', path.startsWith('/api/') ? uuidFromKey('service', serviceKey) : person!.id)
      .replace(':key', serviceKey)
      .replace(/:[a-zA-Z]+/g, uuidFromKey('x', 'y'));
    return { key, method, path, url, api: path.startsWith('/api/'), rule: permissions[key]! };
  });
}

/** A session (cookie and CSRF token) per role, null for anonymous, and an API token. */
export async function callers(app: FastifyInstance, db: Db): Promise<{ session: Map<Role | null, Caller>; apiToken: string }> {
  const session = new Map<Role | null, Caller>();
  for (const role of [null, ...roles] as Array<Role | null>) {
    const login = role ? (await loginAs(app, accountFor[role])).cookie : '';
    const page = await app.inject({ url: role ? '/' : '/inloggen', headers: login ? { cookie: login } : {} });
    session.set(role, { headers: { cookie: cookieHeader(page.headers['set-cookie'], login) }, csrf: csrfFrom(page.body) });
  }
  const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
  const { token } = await createApiToken(db, emmen, 'routes-test');
  return { session, apiToken: token };
}

/** Who may call this route: anonymous when public, else the first role it allows; API routes with the token. */
export function callerFor(entry: RouteEntry, c: { session: Map<Role | null, Caller>; apiToken: string }): Caller {
  if (entry.api && entry.rule !== 'public') return { headers: { authorization: `Bearer ${c.apiToken}` }, csrf: '' };
  if (entry.rule === 'public') return c.session.get(null)!;
  if (entry.rule === 'authenticated') return c.session.get('consulent')!;
  return c.session.get(entry.rule[0]!)!;
}
