// Who may use which route: one table in code, deny by default. A route that
// is not in this table cannot be registered (the server refuses to start),
// and the test suite enumerates every route against every role.
export const roles = ['consulent', 'teamleider', 'beleidsmedewerker', 'aanbieder-redacteur', 'functioneel-beheerder', 'werkgeversadviseur'] as const;
export type Role = (typeof roles)[number];

export type AccessRule = 'public' | 'authenticated' | readonly Role[];

const catalogueEditors = ['aanbieder-redacteur', 'functioneel-beheerder'] as const;
const caseworkers = ['consulent', 'teamleider'] as const;
const employerAdvisers = ['werkgeversadviseur'] as const;

export const permissions: Record<string, AccessRule> = {
  // Public Wegwijzer and information pages
  'GET /': 'public',
  'GET /zoeken': 'public',
  'GET /aanbod/:key': 'public',
  'GET /organisaties/:key': 'public',
  'GET /over': 'public',
  'GET /toegankelijkheid': 'public',
  'GET /privacy': 'public',
  'GET /health': 'public',
  // Rechtencheck: anonymous, no login (share codes are rate-limited per route)
  'GET /rechtencheck': 'public',
  'GET /rechtencheck/vraag': 'public',
  'POST /rechtencheck/vraag': 'public',
  'POST /rechtencheck/wissen': 'public',
  'GET /rechtencheck/uitslag': 'public',
  'GET /rechtencheck/uitslag.pdf': 'public',
  'POST /rechtencheck/delen': 'public',
  'GET /rechtencheck/code': 'public',
  'POST /rechtencheck/code': 'public',
  'GET /rechtencheck/gedeeld/:code': 'public',
  'GET /rechtencheck/gedeeld/:code/verwijderen': 'public',
  'POST /rechtencheck/gedeeld/:code/verwijderen': 'public',
  'GET /rechtencheck/contact': 'public',
  'POST /rechtencheck/contact': 'public',
  // Kennis: werkkaart and persona's are public; reflection answers need a login (and stay private)
  'GET /kennis': 'public',
  'GET /kennis/werkkaart': 'public',
  'GET /kennis/werkkaart/:sectie': 'public',
  'POST /kennis/werkkaart/:sectie/reflectie': 'authenticated',
  'GET /kennis/personas': 'public',
  'GET /kennis/personas/:id': 'public',
  // Login, logout, password reset, session
  'GET /inloggen': 'public',
  'POST /inloggen': 'public',
  'POST /uitloggen': 'authenticated',
  'POST /sessie/verlengen': 'authenticated',
  'GET /wachtwoord-vergeten': 'public',
  'POST /wachtwoord-vergeten': 'public',
  'GET /wachtwoord-herstellen': 'public',
  'POST /wachtwoord-herstellen': 'public',
  'GET /inloggen/oidc': 'public',
  'GET /inloggen/oidc/terug': 'public',
  // Beheer of the catalogue
  'GET /beheer': catalogueEditors,
  'GET /beheer/aanbod/nieuw': catalogueEditors,
  'GET /beheer/aanbod/:key': catalogueEditors,
  'POST /beheer/aanbod': catalogueEditors,
  'POST /beheer/aanbod/:key': catalogueEditors,
  'POST /beheer/aanbod/:key/gecontroleerd': catalogueEditors,
  // Person records (never for beleidsmedewerkers: they see aggregates only)
  'GET /personen': caseworkers,
  'GET /personen/nieuw': caseworkers,
  'POST /personen': caseworkers,
  'GET /personen/:id': caseworkers,
  'POST /personen/:id/toestemming': caseworkers,
  'POST /personen/:id/toestemming/:consentId/intrekken': caseworkers,
  'GET /personen/:id/inzage': caseworkers,
  'GET /personen/:id/export.json': caseworkers,
  'GET /personen/:id/export.pdf': caseworkers,
  'POST /personen/:id/anonimiseren': caseworkers,
  // Trajecten: the public request for contact, queue, caseload and dossier actions
  'GET /aanmelden': 'public',
  'POST /aanmelden': 'public',
  'GET /aanmeldingen': caseworkers,
  'POST /aanmeldingen/:id/oppakken': caseworkers,
  'GET /caseload': caseworkers,
  'GET /signalen': caseworkers,
  'POST /personen/:id/intake': caseworkers,
  'POST /personen/:id/contactpersoon': caseworkers,
  'POST /personen/:id/plan': caseworkers,
  'POST /personen/:id/plan/bevestigen': caseworkers,
  'GET /personen/:id/plan.pdf': caseworkers,
  'POST /personen/:id/afspraken': caseworkers,
  'POST /personen/:id/afspraken/:agreementId/klaar': caseworkers,
  'POST /personen/:id/contacten': caseworkers,
  'POST /personen/:id/transities': caseworkers,
  'POST /personen/:id/transities/:transitionId/oppakken': caseworkers,
  'POST /personen/:id/beeindigen': caseworkers,
  // Warme overdracht: referrals, handover of the contact person, the person's own link (docs/overdracht.md)
  'GET /personen/:id/doorverwijzingen': caseworkers,
  'POST /personen/:id/doorverwijzingen': caseworkers,
  'POST /personen/:id/aanspreekpunt': caseworkers,
  'POST /personen/:id/persoonlijke-link': caseworkers,
  'POST /personen/:id/persoonlijke-link/uitzetten': caseworkers,
  'POST /overdrachten/:id/accepteren': caseworkers,
  'POST /overdrachten/:id/afwijzen': caseworkers,
  'POST /overdrachten/:id/intrekken': caseworkers,
  'GET /doorverwijzingen': caseworkers,
  'GET /doorverwijzingen/ontvangen': caseworkers,
  'GET /doorverwijzingen/instellingen': ['teamleider'],
  'POST /doorverwijzingen/instellingen': ['teamleider'],
  'GET /doorverwijzingen/rapport': ['teamleider', 'beleidsmedewerker'],
  'GET /doorverwijzingen/:id': caseworkers,
  'POST /doorverwijzingen/:id/actie': caseworkers,
  'POST /doorverwijzingen/:id/versturen': caseworkers,
  'POST /doorverwijzingen/:id/nieuwe-link': caseworkers,
  // External receivers (secure e-mailed link) and the person's own page: no login, secret in the query or body
  'GET /overdracht/extern': 'public',
  'POST /overdracht/extern': 'public',
  'GET /mijn-doorverwijzingen': 'public',
  'POST /mijn-doorverwijzingen/uitzetten': 'public',
  // Veranderkompas: any logged-in account may start a trajectory; only its participants
  // see it (enforced in src/db/veranderkompas/, others get 404)
  'GET /veranderkompas': 'authenticated',
  'GET /veranderkompas/nieuw': 'authenticated',
  'POST /veranderkompas': 'authenticated',
  'GET /veranderkompas/:id': 'authenticated',
  'POST /veranderkompas/:id/deelnemers': 'authenticated',
  'POST /veranderkompas/:id/deelnemers/:participantId/verwijderen': 'authenticated',
  'POST /veranderkompas/:id/instellingen': 'authenticated',
  'POST /veranderkompas/:id/bijeenkomsten': 'authenticated',
  'GET /veranderkompas/:id/bijeenkomsten/:meetingId': 'authenticated',
  'POST /veranderkompas/:id/bijeenkomsten/:meetingId/acties': 'authenticated',
  'POST /veranderkompas/:id/bijeenkomsten/:meetingId/acties/:actionId': 'authenticated',
  'GET /veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step': 'authenticated',
  'POST /veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step/markeringen': 'authenticated',
  'POST /veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step/notities': 'authenticated',
  'GET /veranderkompas/:id/rapport': 'authenticated',
  'GET /veranderkompas/:id/rapport.pdf': 'authenticated',
  // Knelpunten: professionals flag a bottleneck from practice (no personal data)
  'GET /knelpunten/nieuw': caseworkers,
  'POST /knelpunten/nieuw': caseworkers,
  // JSON API
  'GET /api/v1/openapi.json': 'public',
  'GET /api/v1/hsds/': 'public',
  'GET /api/v1/hsds/services': 'public',
  'POST /api/v1/hsds/services': 'public',
  'GET /api/v1/hsds/services/:id': 'public',
  'GET /api/v1/gemeenten': 'public',
  'POST /api/v1/rechtencheck': 'public',
  'POST /api/v1/rechtencheck/batch': 'public',
  // Transition events from machine clients (API token: a consulent of the token's organisation)
  'POST /api/v1/transities': caseworkers,
  // Security and availability (issue 10): health checks, unsent mail, the development outbox (DEV_OUTBOX=true only)
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /beheer/mail': ['functioneel-beheerder'],
  'GET /ontwikkeling/outbox': ['functioneel-beheerder'],
  // Nazorg en duurzaamheid (issue 14): placements, check-ins, ends, schedule, durability figures (docs/nazorg.md)
  'GET /nazorg': caseworkers,
  'GET /personen/:id/nazorg': caseworkers,
  'GET /personen/:id/plaatsingen/nieuw': caseworkers,
  'POST /personen/:id/plaatsingen': caseworkers,
  'GET /personen/:id/plaatsingen/:placementId/gesprek': caseworkers,
  'POST /personen/:id/plaatsingen/:placementId/gesprek': caseworkers,
  'GET /personen/:id/plaatsingen/:placementId/einde': caseworkers,
  'POST /personen/:id/plaatsingen/:placementId/einde': caseworkers,
  'POST /personen/:id/plaatsingen/:placementId/vervolg': caseworkers,
  'POST /personen/:id/nazorg-opvolging/:followupId': caseworkers,
  'GET /nazorg/schema': ['teamleider'],
  'POST /nazorg/schema': ['teamleider'],
  'GET /nazorg/duurzaamheid': ['teamleider', 'beleidsmedewerker'],
  'GET /nazorg/duurzaamheid.csv': ['teamleider', 'beleidsmedewerker'],
  'POST /api/v1/plaatsingen': caseworkers,
  // Monitor: aggregates with disclosure control, no person reachable (docs/monitor.md)
  'GET /monitor': ['teamleider', 'beleidsmedewerker'],
  'GET /monitor/csv/:tabel': ['teamleider', 'beleidsmedewerker'],
  'GET /monitor/open-data.csv': ['teamleider', 'beleidsmedewerker'],
  'GET /monitor/rapport.pdf': ['teamleider', 'beleidsmedewerker'],
  'GET /monitor/businesscase': ['teamleider', 'beleidsmedewerker'],
  // SRG delivery to the CBS: the file holds BSNs, so only the teamleider (person access through inbeeld_may_see)
  'GET /monitor/srg': ['teamleider'],
  'GET /monitor/srg.csv': ['teamleider'],
  'GET /beheer/mkba': ['functioneel-beheerder'],
  'POST /beheer/mkba': ['functioneel-beheerder'],
  // Wegwijzer (issue 13): favicon, app icon, web app manifest, Samenwerkende Catalogi export
  'GET /favicon.ico': 'public',
  'GET /icon.svg': 'public',
  'GET /manifest.webmanifest': 'public',
  'GET /gemeenten/:code/samenwerkende-catalogi.xml': 'public',
  // Werkruimte (issue 11): start page per role, signal settings per gemeente, dev component gallery
  'GET /vandaag': caseworkers,
  'GET /instellingen/signalen': ['teamleider', 'functioneel-beheerder'],
  'POST /instellingen/signalen': ['teamleider', 'functioneel-beheerder'],
  'POST /instellingen/thema': ['functioneel-beheerder'],
  'GET /ontwikkeling/componenten': ['functioneel-beheerder'],
  // Rechtencheck: gemeente policy recorded by its beleidsmedewerker or functioneel beheerder
  'GET /beheer/rechtencheck-beleid': ['beleidsmedewerker', 'functioneel-beheerder'],
  'POST /beheer/rechtencheck-beleid': ['beleidsmedewerker', 'functioneel-beheerder'],
  // Werkruimte (issue 11): destructive dossier actions on their own confirmation page
  'GET /personen/:id/beeindigen': caseworkers,
  'GET /personen/:id/wissen': caseworkers,
  // Werkgevers en matching (issue 15, docs/werkgevers.md): employers, vacancies, consented work profiles, proposals
  'GET /werkgevers/vandaag': employerAdvisers,
  'GET /werkgevers': employerAdvisers,
  'GET /werkgevers/nieuw': employerAdvisers,
  'POST /werkgevers': employerAdvisers,
  'GET /werkgevers/:id': employerAdvisers,
  'GET /werkgevers/:id/bewerken': employerAdvisers,
  'POST /werkgevers/:id': employerAdvisers,
  'POST /werkgevers/:id/link': employerAdvisers,
  'GET /werkgevers/:id/vacatures/nieuw': employerAdvisers,
  'POST /werkgevers/:id/vacatures': employerAdvisers,
  'POST /werkgevers/berichten/:id/afgehandeld': employerAdvisers,
  'GET /vacatures': employerAdvisers,
  'GET /vacatures/:id': employerAdvisers,
  'POST /vacatures/:id/voorstellen': employerAdvisers,
  'GET /kandidaten': employerAdvisers,
  'GET /kandidaten/:id': employerAdvisers,
  'GET /voorstellen': ['consulent', 'teamleider', 'werkgeversadviseur'],
  'POST /voorstellen/:id/persoon': caseworkers,
  'POST /voorstellen/:id/werkgever': employerAdvisers,
  'GET /voorstellen/:id/plaatsing': caseworkers,
  'POST /voorstellen/:id/plaatsing': caseworkers,
  'GET /personen/:id/werkprofiel': caseworkers,
  'POST /personen/:id/werkprofiel': caseworkers,
  'POST /personen/:id/werkprofiel/intrekken': caseworkers,
  // The employer's own link (no login, secret in the query or body) and the public page for employers
  'GET /werkgever': 'public',
  'GET /werkgever/vacatures/nieuw': 'public',
  'POST /werkgever/vacatures': 'public',
  'GET /werkgever/vacatures/:id': 'public',
  'POST /werkgever/vacatures/:id': 'public',
  'POST /werkgever/voorstellen/:id': 'public',
  'GET /voor-werkgevers': 'public',
  'POST /voor-werkgevers': 'public',
};

/** Static assets are public; their paths carry a content hash. */
export function ruleFor(method: string, url: string): AccessRule | undefined {
  if (url.startsWith('/assets/')) return 'public';
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  return permissions[key];
}

export function allows(rule: AccessRule, role: Role | null): boolean {
  if (rule === 'public') return true;
  if (role === null) return false;
  if (rule === 'authenticated') return true;
  return rule.includes(role);
}

/** Where a user lands after logging in. */
export function homeFor(role: Role): string {
  if (role === 'consulent' || role === 'teamleider') return '/vandaag';
  // Policy makers land on the monitor: aggregates only.
  if (role === 'beleidsmedewerker') return '/monitor';
  if (role === 'aanbieder-redacteur' || role === 'functioneel-beheerder') return '/beheer';
  if (role === 'werkgeversadviseur') return '/werkgevers/vandaag';
  return '/';
}
