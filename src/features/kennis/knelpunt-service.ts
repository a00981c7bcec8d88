// Reading and checking the bottleneck (knelpunt) form. A bottleneck never
// carries personal data: no person id is accepted, and text with a BSN, an
// e-mail address, a phone number or a name is refused (nothing is stored).
import { bottleneckCategoryById } from '../../content/kennis/veranderkompas.ts';
import type { NewBottleneck } from '../../db/veranderkompas/bottlenecks.ts';
import type { FieldError } from '../../web/errors.ts';
import { findPersonalData, personalDataMessage } from './knelpunt-privacy.ts';
import { text, type Body } from './veranderkompas-service.ts';

export const WERKKAART_SECTION = /^WK-[A-Za-z0-9.-]{1,30}$/;
export const MAX_BOTTLENECK_LENGTH = 1000;

export interface BottleneckForm {
  source: string;
  section: string;
  gemeenteCode: string;
  category: string;
  text: string;
}

/** From the query string (GET) or the form (POST): bron, sectie, gemeente, categorie, tekst. */
export function readBottleneckForm(body: Body): BottleneckForm {
  return {
    source: text(body, 'bron'),
    section: text(body, 'sectie'),
    gemeenteCode: text(body, 'gemeenteCode') || text(body, 'gemeente'),
    category: text(body, 'category') || text(body, 'categorie'),
    text: text(body, 'text'),
  };
}

export function validateBottleneck(form: BottleneckForm, gemeenten: Set<string>): { errors: FieldError[]; input: NewBottleneck | null } {
  const errors: FieldError[] = [];
  if (form.source !== 'werkkaart' && form.source !== 'traject') {
    errors.push({ field: 'text', message: 'Bron: we weten niet waar dit knelpunt vandaan komt. Open het formulier opnieuw vanuit de werkkaart of vanuit een dossier.' });
  } else if (form.source === 'werkkaart' && !WERKKAART_SECTION.test(form.section)) {
    errors.push({ field: 'text', message: 'Bron: het onderdeel van de werkkaart ontbreekt of klopt niet. Open het formulier opnieuw vanuit de werkkaart.' });
  }
  if (!form.gemeenteCode) errors.push({ field: 'gemeenteCode', message: 'Gemeente: kies de gemeente waar het knelpunt speelt.' });
  else if (!gemeenten.has(form.gemeenteCode)) errors.push({ field: 'gemeenteCode', message: 'Gemeente: deze gemeente kennen we niet. Kies uit de lijst.' });
  if (!form.category) errors.push({ field: 'category', message: 'Onderwerp: kies het onderwerp uit het veranderkompas.' });
  else if (!bottleneckCategoryById.has(form.category)) errors.push({ field: 'category', message: 'Onderwerp: dit onderwerp kennen we niet. Kies uit de lijst.' });
  if (!form.text) errors.push({ field: 'text', message: 'Beschrijving: beschrijf het knelpunt.' });
  else if (form.text.length > MAX_BOTTLENECK_LENGTH) errors.push({ field: 'text', message: `Beschrijving: dit is te lang. Gebruik hoogstens ${MAX_BOTTLENECK_LENGTH} tekens.` });
  else {
    const found = findPersonalData(form.text);
    if (found.length > 0) errors.push({ field: 'text', message: personalDataMessage(found) });
  }
  if (errors.length) return { errors, input: null };
  return {
    errors,
    input: {
      gemeenteCode: form.gemeenteCode,
      source: form.source as 'werkkaart' | 'traject',
      werkkaartSection: form.source === 'werkkaart' ? form.section : null,
      category: form.category,
      text: form.text,
    },
  };
}
