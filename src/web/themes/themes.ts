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

// Organisation id -> workspace theme key, and gemeente code -> public theme
// key (gemeente.public_theme, migration 130). Kept in memory so a page render
// needs no query, but never older than THEME_MAX_AGE_MS: with several
// instances a change saved on one is seen by the others within that time
// (ensureThemesFresh runs before every request; the instance that saves
// reloads at once).
export const THEME_MAX_AGE_MS = 30_000;

interface ThemeMaps {
  byOrganization: Map<string, string>;
  byGemeente: Map<string, string>;
  loadedAt: number;
}

let maps: ThemeMaps = { byOrganization: new Map(), byGemeente: new Map(), loadedAt: -Infinity };
let loading: Promise<void> | null = null;

export async function loadOrganizationThemes(db: Queryable, now: number = Date.now()): Promise<void> {
  const [orgs, gemeenten] = await Promise.all([
    db.query<{ id: string; theme: string }>('select id, theme from organization where theme is not null'),
    db.query<{ code: string; theme: string }>('select code, public_theme as theme from gemeente where public_theme is not null'),
  ]);
  maps = {
    byOrganization: new Map(orgs.map((r) => [r.id, r.theme])),
    byGemeente: new Map(gemeenten.map((r) => [r.code, r.theme])),
    loadedAt: now,
  };
}

/** Reloads the theme maps when they are older than THEME_MAX_AGE_MS; concurrent callers share one reload. */
export async function ensureThemesFresh(db: Queryable, now: number = Date.now()): Promise<void> {
  if (now - maps.loadedAt < THEME_MAX_AGE_MS) return;
  loading ??= loadOrganizationThemes(db, now).finally(() => {
    loading = null;
  });
  await loading;
}

export function themeForOrganization(organizationId: string | null | undefined): Theme {
  return themeByKey(organizationId ? maps.byOrganization.get(organizationId) : undefined);
}

/** The public theme a gemeente chose; the default for no gemeente or none chosen. */
export function themeForGemeente(gemeenteCode: string | null | undefined): Theme {
  return themeByKey(gemeenteCode ? maps.byGemeente.get(gemeenteCode) : undefined);
}
