// Where the werkkaart and the persona's point to: Wegwijzer searches and
// offers, the Rechtencheck, and Trajecten actions for caseworkers.
import type { Queryable } from '../../db/client.ts';
import type { WerkkaartChapter, WerkkaartLinks } from '../../content/kennis/werkkaart.ts';
import type { PersonaContent } from '../../content/kennis/personas.ts';
import { searchUrl } from '../wegwijzer/service.ts';
import { allows, permissions, type Role } from '../../web/permissions.ts';

export interface ServiceLink {
  key: string;
  name: string;
}

/** Every service key a chapter points to, in page order. */
export function serviceKeysOf(chapter: WerkkaartChapter): string[] {
  const keys = [...chapter.subsections.flatMap((s) => s.links?.services ?? []), ...(chapter.links.services ?? [])];
  return [...new Set(keys)];
}

/** Names of active offers by key; offers that no longer exist are left out. */
export async function serviceLinks(db: Queryable, keys: string[]): Promise<Map<string, ServiceLink>> {
  if (keys.length === 0) return new Map();
  const rows = await db.query<ServiceLink>(`select key, name from service where key = any($1::text[]) and status = 'active'`, [keys]);
  return new Map(rows.map((r) => [r.key, r]));
}

export function helpKindUrl(code: string): string {
  return searchUrl({ hulp: [code] });
}

/** A Wegwijzer search for someone like this persona: their kinds of help and limitation, open without a benefit. */
export function personaSearchUrl(persona: PersonaContent): string {
  return searchUrl({ hulp: persona.helpKinds, beperking: persona.limitationCodes, zonderUitkering: true });
}

/** The Rechtencheck result for a persona's facts (src/features/rechtencheck/personas.ts). */
export function personaRechtencheckUrl(persona: PersonaContent, lang: 'nl' | 'en'): string {
  return `/rechtencheck/uitslag?persona=${encodeURIComponent(persona.slug)}${lang === 'en' ? '&taal=en' : ''}`;
}

/** The Trajecten action, only when this role may open it. */
export function trajectenFor(links: WerkkaartLinks | undefined, role: Role | null): WerkkaartLinks['trajecten'] | undefined {
  const action = links?.trajecten;
  if (!action || role === null) return undefined;
  const rule = permissions[`GET ${action.href}`];
  return rule !== undefined && allows(rule, role) ? action : undefined;
}
