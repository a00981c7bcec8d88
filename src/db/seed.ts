// Loads reference data, the national catalogue and (optionally) the demo
// region with demo accounts. Safe to run again: everything is an upsert.
import { demoCaseload } from '../domain/demo-caseload.ts';
import { addWorkingDays } from '../domain/workdays.ts';
import { balanceDemoCaseloads } from './demo/balance.ts';
import { insertDemoCaseload } from './demo/caseload.ts';
import { seedDemoPolicies } from './rechtencheck-policy.ts';
import { allOrganizations, allServices } from '../content/catalogue/index.ts';
import { arbeidsmarktregios, gemeenten, referenceSource, woonplaatsen } from '../content/reference/index.ts';
import { createAccount, type Role } from '../web/auth.tsx';
import { seedMonitorDemo } from './monitor/demo.ts';
import { createPerson, type Actor, type NewPerson } from './persons.ts';
import type { Db } from './client.ts';
import { uuidFromKey } from '../domain/ids.ts';
import { writeCatalogue } from './catalogue.ts';
import { loadReferenceData } from './reference.ts';
import { seedNazorgDemo } from './nazorg/demo.ts';
import { DEMO_WSP_KEY, seedWerkgeversDemo } from './werkgevers/demo.ts';

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
  /** Also two years of generated history for the monitor (src/db/monitor/demo.ts); on first start and `seed --demo`. */
  demoHistory?: boolean;
}

export const DEMO_ACCOUNTS = {
  beheerder: 'beheer@inbeeld.demo',
  redacteur: 'redacteur@inbeeld.demo',
  consulentEmmen: 'consulent.emmen@inbeeld.demo',
  teamleiderEmmen: 'teamleider.emmen@inbeeld.demo',
  beleidEmmen: 'beleid.emmen@inbeeld.demo',
  consulentHoogeveen: 'consulent.hoogeveen@inbeeld.demo',
  consulentJobcoach: 'consulent.jobcoach@inbeeld.demo',
  werkgeversadviseur: 'werkgeversadviseur@inbeeld.demo',
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
  if (options.demo && options.demoHistory) await seedMonitorDemo(db, new Date().toISOString().slice(0, 10));
  // Last: the nazorg and history persons spread over the teams, so each demo consulent has 30 to 40.
  if (options.demo) await balanceDemoCaseloads(db, options.demoPassword ?? 'demo-wachtwoord');
  return counts;
}

async function seedDemo(db: Db, password: string, services: typeof allServices): Promise<void> {
  const org = (key: string) => uuidFromKey('organization', key);
  for (const [key, code] of Object.entries(demoGemeenteOrgs)) {
    await db.query('update organization set gemeente_code = $1 where id = $2', [code, org(key)]);
  }
  // Hoogeveen shows the second theme, so both themes are seen (and checked) in the demo.
  await db.query(`update organization set theme = 'drenthe-demo' where id = $1`, [org('demo-gemeente-hoogeveen')]);
  // ... in the workspace and on the public pages about Hoogeveen.
  await db.query(`update gemeente set public_theme = 'drenthe-demo' where code = $1`, [demoGemeenteOrgs['demo-gemeente-hoogeveen']]);
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
    { email: DEMO_ACCOUNTS.werkgeversadviseur, name: 'Karin Hofstra (demo)', role: 'werkgeversadviseur', organizationKey: DEMO_WSP_KEY },
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
    // The demo has no mail server: this first mail shows the beheerder how unsent mail is kept (/beheer/mail).
    await db.query(`insert into outbox (to_address, subject, body) values ($1, 'Welkom bij de demo van InBeeld', 'Deze e-mail is niet verstuurd, want de demo heeft geen mailserver (SMTP_URL).')`, [DEMO_ACCOUNTS.beheerder]);
    // The named persons came into view months ago and still wait for a contact person.
    await db.query(
      `update person set created_at = now() - make_interval(days => 270 + (row_number * 30)::int)
       from (select id, row_number() over (order by created_at, id) as row_number from person where owner_organization_id = $1) n
       where person.id = n.id`,
      [consulent.organizationId],
    );
  }
  await seedDemoCaseloads(db, ids);
  await seedNazorgDemo(db, consulent);
  await seedWerkgeversDemo(db, ids.get(DEMO_ACCOUNTS.werkgeversadviseur)!, consulent);
  await seedDemoPolicies(db);
  await db.query(
    `insert into app_state (key, value) values ('demo-loaded', now()::text) on conflict (key) do update set value = excluded.value, updated_at = now()`,
  );
}

/** 30 to 40 generated persons with 18 months of history per demo consulent (src/domain/demo-caseload.ts). */
async function seedDemoCaseloads(db: Db, ids: Map<string, string>): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const consulents: Array<[string, string, string]> = [
    [DEMO_ACCOUNTS.consulentEmmen, 'demo-gemeente-emmen', 'GM0114'],
    [DEMO_ACCOUNTS.consulentHoogeveen, 'demo-gemeente-hoogeveen', 'GM0118'],
    [DEMO_ACCOUNTS.consulentJobcoach, 'demo-stap-verder-jobcoaching', 'GM0114'],
  ];
  for (const [email, orgKey, gemeenteCode] of consulents) {
    const actor: Actor = { accountId: ids.get(email)!, organizationId: uuidFromKey('organization', orgKey), role: 'consulent', traceId: 'demo-seed' };
    const [done] = await db.query<{ n: number }>('select count(*)::int as n from person where contact_person_id = $1', [actor.accountId]);
    if (done!.n > 0) continue;
    await insertDemoCaseload(db, actor, gemeenteCode, demoCaseload(email, today, addWorkingDays));
  }
}

/** On first start: reference data always, demo content once. */
export async function seedOnFirstStart(db: Db, options: SeedOptions): Promise<boolean> {
  const [state] = await db.query<{ n: number }>(
    `select (select count(*) from gemeente) + (select count(*) from app_state where key = 'demo-loaded') as n`,
  );
  if (state && state.n > 0) return false;
  await seed(db, { demoHistory: true, ...options });
  return true;
}
