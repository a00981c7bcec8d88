// Loads reference data, the national catalogue and (optionally) the demo
// region with demo accounts. Safe to run again: everything is an upsert.
import { allOrganizations, allServices } from '../content/catalogue/index.ts';
import { arbeidsmarktregios, gemeenten, referenceSource, woonplaatsen } from '../content/reference/index.ts';
import { createAccount } from '../web/auth.tsx';
import type { Db } from './client.ts';
import { uuidFromKey } from '../domain/ids.ts';
import { writeCatalogue } from './catalogue.ts';
import { loadReferenceData } from './reference.ts';

export async function seedReference(db: Db): Promise<void> {
  await db.transaction((tx) =>
    loadReferenceData(tx, {
      source: referenceSource.source,
      validFrom: referenceSource.validFrom,
      gemeenten: gemeenten.map((g) => ({ code: g.code, name: g.name, provincie: g.provincie })),
      regios: arbeidsmarktregios.map((r) => ({ code: r.code, name: r.name, gemeenten: r.gemeenten })),
      woonplaatsen: woonplaatsen.map((w) => ({ name: w.name, gemeente: w.gemeente })),
    }),
  );
}

export interface SeedOptions {
  demo: boolean;
  /** Password of the demo accounts; only used with demo. */
  demoPassword?: string;
}

export const DEMO_ACCOUNTS = {
  beheerder: 'beheerder@inbeeld.demo',
  redacteur: 'redacteur@inbeeld.demo',
};

export async function seed(db: Db, options: SeedOptions): Promise<{ organizations: number; services: number }> {
  await seedReference(db);
  const organizations = options.demo ? allOrganizations : allOrganizations.filter((o) => !o.demo);
  const services = options.demo ? allServices : allServices.filter((s) => !s.demo);
  const counts = await db.transaction((tx) => writeCatalogue(tx, organizations, services));
  if (options.demo) {
    const password = options.demoPassword ?? 'demo-wachtwoord';
    await createAccount(db, { email: DEMO_ACCOUNTS.beheerder, name: 'Demo beheerder', password, role: 'beheerder' });
    // The demo redacteur edits the demo organisation with the most offers.
    const demoServices = services.filter((s) => s.demo);
    const orgKey = [...new Set(demoServices.map((s) => s.organizationKey))].sort(
      (a, b) => demoServices.filter((s) => s.organizationKey === b).length - demoServices.filter((s) => s.organizationKey === a).length,
    )[0]!;
    await createAccount(db, {
      email: DEMO_ACCOUNTS.redacteur,
      name: 'Demo redacteur',
      password,
      role: 'aanbieder-redacteur',
      organizationId: uuidFromKey('organization', orgKey),
    });
    await db.query(
      `insert into app_state (key, value) values ('demo-loaded', now()::text) on conflict (key) do update set value = excluded.value, updated_at = now()`,
    );
  }
  return counts;
}

/** On first start: reference data always, demo content once. */
export async function seedOnFirstStart(db: Db, options: SeedOptions): Promise<boolean> {
  const [state] = await db.query<{ n: number }>(
    `select (select count(*) from gemeente) + (select count(*) from app_state where key = 'demo-loaded') as n`,
  );
  if (state && state.n > 0) return false;
  await seed(db, options);
  return true;
}
