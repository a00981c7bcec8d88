// Themes per organisation: a name, a logo and design tokens (CSS custom
// properties in themes/<key>.css). The default is the Utrecht-based InBeeld
// theme; a gemeente adds its own NL Design System token values as a file
// here and chooses it in organization.theme (migration 030).
import { readFileSync } from 'node:fs';
import type { Queryable } from '../../db/client.ts';

export interface Theme {
  key: string;
  name: string;
  /** Small SVG shown in the header, with text beside it (the logo is decoration). */
  logoSvg: string;
}

const mark = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="${fill}"/><circle cx="16" cy="13" r="6" fill="#fff"/><rect x="8" y="21" width="16" height="4" rx="2" fill="#fff"/></svg>`;

export const themes: readonly Theme[] = [
  { key: 'standaard', name: 'InBeeld (standaard, op basis van Utrecht)', logoSvg: mark('#14273f') },
  { key: 'drenthe-demo', name: 'Demothema Drenthe', logoSvg: mark('#004d38') },
];

export const DEFAULT_THEME = 'standaard';

export function themeByKey(key: string | null | undefined): Theme {
  return themes.find((t) => t.key === key) ?? themes[0]!;
}

/** The token files of all themes, for the stylesheet. */
export function themeCss(): string {
  return themes.map((t) => readFileSync(new URL(`./${t.key}.css`, import.meta.url), 'utf8')).join('\n');
}

/** data: URL of a theme's logo (the Content-Security-Policy allows data: images). */
export function logoUrl(theme: Theme): string {
  return `data:image/svg+xml,${encodeURIComponent(theme.logoSvg)}`;
}

// Organisation id -> theme key. Read at start-up and after a change, so a
// page render needs no query; one process serves all requests.
const byOrganization = new Map<string, string>();

export async function loadOrganizationThemes(db: Queryable): Promise<void> {
  const rows = await db.query<{ id: string; theme: string }>('select id, theme from organization where theme is not null');
  byOrganization.clear();
  for (const r of rows) byOrganization.set(r.id, r.theme);
}

export function themeForOrganization(organizationId: string | null | undefined): Theme {
  return themeByKey(organizationId ? byOrganization.get(organizationId) : undefined);
}
