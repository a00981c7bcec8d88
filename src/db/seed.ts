// Loads reference data, the national catalogue and (optionally) the demo
// region with demo accounts. Safe to run again: everything is an upsert.
import { seedDemoPolicies } from './rechtencheck-policy.ts';
import { allOrganizations, allServices } from '../content/catalogue/index.ts';
import { arbeidsmarktregios, gemeenten, referenceSource, woonplaatsen } from '../content/reference/index.ts';
import { createAccount, type Role } from '../web/auth.tsx';
import { createPerson, type Actor, type NewPerson } from './persons.ts';
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
  beheerder: 'beheer@inbeeld.demo',
  redacteur: 'redacteur@inbeeld.demo',
  consulentEmmen: 'consulent.emmen@inbeeld.demo',
  teamleiderEmmen: 'teamleider.emmen@inbeeld.demo',
  beleidEmmen: 'beleid.emmen@inbeeld.demo',
  consulentHoogeveen: 'consulent.hoogeveen@inbeeld.demo',
  consulentJobcoach: 'consulent.jobcoach@inbeeld.demo',
};

const demoPersons: NewPerson[] = [
  { givenName: 'Lotte', familyName: 'Jansen (demo)', birthYear: 1997, gemeenteCode: 'GM0114', bsn: null, email: null, phone: null,
    story: 'Lotte heeft autisme. Ze werkte als administratief medewerker tot haar contract stopte. Ze kreeg geen uitkering omdat haar vriend werkt. Ze zoekt een rustige werkplek en wil hulp bij het gesprek met een werkgever.' },
  { givenName: 'Ahmed', familyName: 'Benali (demo)', birthYear: 1978, gemeenteCode: 'GM0114', bsn: null, email: null, phone: null,
    story: 'Ahmed heeft sinds een ongeluk hersenletsel. Hij wordt snel moe. Zijn WW is gestopt. Hij wil graag weer aan het werk, eerst een paar uur per week.' },
  { givenName: 'Mirjam', familyName: 'de Boer (demo)', birthYear: 1985, gemeenteCode: 'GM0114', bsn: null, email: null, phone: null,
    story: 'Mirjam heeft MS. Ze had een eigen bedrijf en stopte daarmee. Ze zoekt werk in loondienst, met aanpassingen op de werkplek.' },
];

/** Demo gemeente teams and the gemeente they work for. */
const demoGemeenteOrgs: Record<string, string> = {
  'demo-gemeente-assen': 'GM0106',
  'demo-gemeente-emmen': 'GM0114',
  'demo-gemeente-hoogeveen': 'GM0118',
  'demo-gemeente-meppel': 'GM0119',
  'demo-gemeente-coevorden': 'GM0109',
};

export async function seed(db: Db, options: SeedOptions): Promise<{ organizations: number; services: number }> {
  await seedReference(db);
  const organizations = options.demo ? allOrganizations : allOrganizations.filter((o) => !o.demo);
  const services = options.demo ? allServices : allServices.filter((s) => !s.demo);
  const counts = await db.transaction((tx) => writeCatalogue(tx, organizations, services));
  if (options.demo) await seedDemo(db, options.demoPassword ?? 'demo-wachtwoord', services);
  return counts;
}

async function seedDemo(db: Db, password: string, services: typeof allServices): Promise<void> {
  const org = (key: string) => uuidFromKey('organization', key);
  for (const [key, code] of Object.entries(demoGemeenteOrgs)) {
    await db.query('update organization set gemeente_code = $1 where id = $2', [code, org(key)]);
  }
  // The demo redacteur edits the demo organisation with the most offers.
  const demoServices = services.filter((s) => s.demo);
  const counts = new Map<string, number>();
  for (const s of demoServices) counts.set(s.organizationKey, (counts.get(s.organizationKey) ?? 0) + 1);
  const editorOrg = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const accounts: Array<{ email: string; name: string; role: Role; organizationKey: string | null }> = [
    { email: DEMO_ACCOUNTS.beheerder, name: 'Demo functioneel beheerder', role: 'functioneel-beheerder', organizationKey: null },
    { email: DEMO_ACCOUNTS.redacteur, name: 'Demo redacteur', role: 'aanbieder-redacteur', organizationKey: editorOrg },
    { email: DEMO_ACCOUNTS.consulentEmmen, name: 'Sanne de Vries (demo)', role: 'consulent', organizationKey: 'demo-gemeente-emmen' },
    { email: DEMO_ACCOUNTS.teamleiderEmmen, name: 'Peter Bakker (demo)', role: 'teamleider', organizationKey: 'demo-gemeente-emmen' },
    { email: DEMO_ACCOUNTS.beleidEmmen, name: 'Fatima El Amrani (demo)', role: 'beleidsmedewerker', organizationKey: 'demo-gemeente-emmen' },
    { email: DEMO_ACCOUNTS.consulentHoogeveen, name: 'Johan Mulder (demo)', role: 'consulent', organizationKey: 'demo-gemeente-hoogeveen' },
    { email: DEMO_ACCOUNTS.consulentJobcoach, name: 'Ilse Smit (demo)', role: 'consulent', organizationKey: 'demo-stap-verder-jobcoaching' },
  ];
  const ids = new Map<string, string>();
  for (const a of accounts) {
    ids.set(a.email, await createAccount(db, { email: a.email, name: a.name, password, role: a.role, organizationId: a.organizationKey ? org(a.organizationKey) : null }));
  }
  // Invented people, so a consulent sees a working caseload in the demo.
  const consulent: Actor = { accountId: ids.get(DEMO_ACCOUNTS.consulentEmmen)!, organizationId: org('demo-gemeente-emmen'), role: 'consulent', traceId: 'demo-seed' };
  const [existing] = await db.query<{ n: number }>('select count(*) as n from person where owner_organization_id = $1', [consulent.organizationId]);
  if (existing!.n === 0) {
    for (const person of demoPersons) await createPerson(db, consulent, person);
  }
  await seedDemoPolicies(db);
  await db.query(
    `insert into app_state (key, value) values ('demo-loaded', now()::text) on conflict (key) do update set value = excluded.value, updated_at = now()`,
  );
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
