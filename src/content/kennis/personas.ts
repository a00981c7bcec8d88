// The five persona's of the research "Tussen wal en schip" (Wever e.a., 2025),
// P1 to P5, as typed content. Their Rechtencheck facts live with the
// Rechtencheck (src/features/rechtencheck/personas.ts), under the same slug;
// test/unit/kennis-content.test.ts keeps the two in step.
// How to edit: docs/kennis.md.
import { elian, hannah, naila } from './personas-1.ts';
import { marco, milan } from './personas-2.ts';
import type { PersonaContent } from './personas-types.ts';

export type * from './personas-types.ts';

export const personaContents: readonly PersonaContent[] = [elian, naila, hannah, marco, milan];

export function personaBySlug(slug: string): PersonaContent | undefined {
  return personaContents.find((p) => p.slug === slug);
}

/** The disclaimer on every persona sheet, in our own words. */
export const personaDisclaimer = {
  nl: 'Deze persona is een voorbeeld uit onderzoek naar mensen met een arbeidsbeperking zonder uitkering. De groep is heel divers. Eén voorbeeld laat maar een deel van alle situaties zien.',
  en: 'This persona is an example from research into people with a work limitation and no benefit. The group is very diverse. One example shows only part of all situations.',
} as const;
