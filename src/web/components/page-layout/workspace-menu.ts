// The workspace menu per role: what each professional works with daily.
// Public pages keep their own short menu; this one lives at the side.
import type { NavItem } from '../side-nav/side-nav.tsx';

/** Paths that belong to the workspace (logged-in work), not to the public site. */
export const workspacePrefixes = [
  '/vandaag',
  '/caseload',
  '/personen',
  '/aanmeldingen',
  '/signalen',
  '/doorverwijzingen',
  '/overdrachten',
  '/veranderkompas',
  '/knelpunten',
  '/beheer',
  '/instellingen',
  '/ontwikkeling',
  '/monitor',
  '/nazorg',
  '/werkgevers',
  '/vacatures',
  '/kandidaten',
  '/voorstellen',
];

export function isWorkspacePath(path: string | undefined): boolean {
  if (!path) return false;
  return workspacePrefixes.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`));
}

/** Dev-only pages appear in the menu only where they exist. */
function devEnabled(): boolean {
  return process.env.DEV_OUTBOX === 'true';
}

export function workspaceMenu(role: string): NavItem[] {
  const compass = { href: '/veranderkompas', label: 'Veranderkompas' };
  switch (role) {
    case 'consulent':
      return [
        { href: '/vandaag', label: 'Vandaag' },
        { href: '/caseload', label: 'Caseload' },
        { href: '/aanmeldingen', label: 'Aanmeldingen' },
        { href: '/signalen', label: 'Signalen' },
        { href: '/doorverwijzingen', label: 'Doorverwijzingen' },
        { href: '/nazorg', label: 'Nazorg' },
        { href: '/voorstellen', label: 'Voorstellen voor werk' },
        { href: '/personen', label: 'Personen zoeken' },
        compass,
        { href: '/knelpunten/nieuw', label: 'Knelpunt melden' },
      ];
    case 'teamleider':
      return [
        { href: '/vandaag', label: 'Vandaag' },
        { href: '/caseload', label: 'Caseload' },
        { href: '/aanmeldingen', label: 'Aanmeldingen' },
        { href: '/signalen', label: 'Signalen' },
        { href: '/doorverwijzingen', label: 'Doorverwijzingen' },
        { href: '/nazorg', label: 'Nazorg' },
        { href: '/monitor', label: 'Monitor' },
        { href: '/nazorg/duurzaamheid', label: 'Duurzaamheid' },
        { href: '/instellingen/signalen', label: 'Signalen instellen' },
        { href: '/nazorg/schema', label: 'Nazorg instellen' },
        { href: '/doorverwijzingen/instellingen', label: 'Overdracht instellen' },
        compass,
      ];
    case 'beleidsmedewerker':
      return [
        { href: '/monitor', label: 'Monitor' },
        { href: '/monitor/businesscase', label: 'Businesscase' },
        { href: '/nazorg/duurzaamheid', label: 'Duurzaamheid' },
        compass,
      ];
    case 'functioneel-beheerder':
      return [
        { href: '/beheer', label: 'Aanbod beheren' },
        { href: '/instellingen/signalen', label: 'Signalen instellen' },
        { href: '/beheer/mail', label: 'Niet verzonden mail' },
        { href: '/beheer/mkba', label: 'Bedragen businesscase' },
        ...(devEnabled() ? [{ href: '/ontwikkeling/componenten', label: 'Componenten' }] : []),
        compass,
      ];
    case 'werkgeversadviseur':
      return [
        { href: '/werkgevers/vandaag', label: 'Vandaag' },
        { href: '/werkgevers', label: 'Werkgevers' },
        { href: '/vacatures', label: 'Vacatures' },
        { href: '/kandidaten', label: 'Kandidaten' },
        { href: '/voorstellen', label: 'Voorstellen' },
        compass,
      ];
    case 'aanbieder-redacteur':
      return [{ href: '/beheer', label: 'Aanbod beheren' }, compass];
    default:
      return [compass];
  }
}
