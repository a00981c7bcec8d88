// Reads and checks the Wegwijzer search form, resolves where the person
// lives, and runs the search. Shared by the web pages and the API.
import { helpKindByCode, limitationByCode } from '../../content/taxonomy.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { getGemeente, resolvePlace, type GemeenteRecord, type PlaceMatch } from '../../db/reference.ts';
import { searchServices, type SearchResult } from '../../db/catalogue.ts';
import type { FieldError } from '../../web/errors.ts';
import { gemeenteOfPostcode, POSTCODE_INPUT } from '../../content/reference/postcodes.ts';
import { findPostcode } from '../../domain/search-text.ts';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PLACE_LENGTH = 100;
export const PER_PAGE = 10;
export const MAX_PAGE = 1000;

export interface SearchForm {
  q: string;
  waar: string;
  gemeente: string;
  hulp: string[];
  beperking: string[];
  zonderUitkering: boolean;
  pagina: number;
}

// Parameters the form sends. Others (fbclid, utm_*, taal, ...) come with
// links shared in newsletters and social media: the page ignores them.
export const knownParams = new Set(['q', 'waar', 'gemeente', 'hulp', 'beperking', 'zonder_uitkering', 'pagina']);

function asList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
}

function asText(value: unknown): string {
  if (Array.isArray(value)) return String(value[0] ?? '');
  return value === undefined || value === null ? '' : String(value);
}

/** Parses the query string of /zoeken; every problem is a field error in Dutch. */
export function parseSearchForm(query: Record<string, unknown>): { form: SearchForm; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const q = asText(query.q).trim();
  if (q.length > MAX_QUERY_LENGTH) {
    errors.push({ field: 'q', message: `Je zoekvraag is te lang. Gebruik hoogstens ${MAX_QUERY_LENGTH} tekens, bijvoorbeeld een paar woorden.` });
  }
  const waar = asText(query.waar).trim();
  if (waar.length > MAX_PLACE_LENGTH) {
    errors.push({ field: 'waar', message: `De plaatsnaam is te lang. Gebruik hoogstens ${MAX_PLACE_LENGTH} tekens.` });
  }
  const gemeente = asText(query.gemeente).trim().toUpperCase();
  if (gemeente && !/^GM\d{4}$/.test(gemeente)) {
    errors.push({ field: 'gemeente', message: 'De gemeentecode klopt niet. Een code ziet eruit als GM0106. Of typ de naam van je woonplaats.' });
  }
  const hulp = asList(query.hulp);
  for (const code of hulp) {
    if (!helpKindByCode.has(code)) {
      errors.push({ field: 'hulp', message: `De soort hulp "${code.slice(0, 40)}" kennen we niet. Kies een soort hulp uit de lijst.` });
    }
  }
  const beperking = asList(query.beperking);
  for (const code of beperking) {
    if (!limitationByCode.has(code)) {
      errors.push({ field: 'beperking', message: `De beperking "${code.slice(0, 40)}" kennen we niet. Kies uit de lijst.` });
    }
  }
  const zu = asText(query.zonder_uitkering);
  if (zu && zu !== 'ja') {
    errors.push({ field: 'zonder_uitkering', message: 'Dit filter kan alleen "ja" zijn. Vink het vakje aan of laat het leeg.' });
  }
  const paginaText = asText(query.pagina) || '1';
  const pagina = Number(paginaText);
  // A number past the end is not an error: the page goes to the last page.
  if (!/^\d+$/.test(paginaText) || pagina < 1) {
    errors.push({ field: 'pagina', message: 'Het paginanummer moet een heel getal zijn, 1 of hoger.' });
  }
  return {
    form: {
      q: q.slice(0, MAX_QUERY_LENGTH),
      waar: waar.slice(0, MAX_PLACE_LENGTH),
      gemeente: /^GM\d{4}$/.test(gemeente) ? gemeente : '',
      hulp: hulp.filter((c) => helpKindByCode.has(c)),
      beperking: beperking.filter((c) => limitationByCode.has(c)),
      zonderUitkering: zu === 'ja',
      pagina: Number.isInteger(pagina) && pagina >= 1 ? Math.min(pagina, MAX_PAGE) : 1,
    },
    errors,
  };
}

export type PlaceOutcome =
  | { kind: 'none' }
  | { kind: 'found'; gemeente: GemeenteRecord; via: string | null }
  | { kind: 'choose'; options: PlaceMatch[] }
  | { kind: 'unknown'; suggestions: PlaceMatch[] };

/** Where the person lives: a chosen gemeente code wins over typed text. */
export async function resolveWhere(db: Queryable, form: SearchForm): Promise<PlaceOutcome> {
  if (form.gemeente) {
    const gemeente = await getGemeente(db, form.gemeente);
    return gemeente ? { kind: 'found', gemeente, via: null } : { kind: 'unknown', suggestions: [] };
  }
  const postcode = form.waar.match(POSTCODE_INPUT)?.[1] ?? (form.waar ? null : findPostcode(form.q));
  if (postcode) {
    const code = gemeenteOfPostcode(postcode);
    const gemeente = code ? await getGemeente(db, code) : null;
    if (gemeente) return { kind: 'found', gemeente, via: `postcode ${postcode}` };
    if (form.waar) return { kind: 'unknown', suggestions: [] };
  }
  if (!form.waar) return { kind: 'none' };
  const { exact, suggestions } = await resolvePlace(db, form.waar);
  if (exact.length === 1) return { kind: 'found', gemeente: exact[0]!, via: exact[0]!.via };
  if (exact.length > 1) return { kind: 'choose', options: exact };
  if (suggestions.length === 1) return { kind: 'found', gemeente: suggestions[0]!, via: suggestions[0]!.via };
  if (suggestions.length > 1 && suggestions.length <= 12) return { kind: 'choose', options: suggestions };
  return { kind: 'unknown', suggestions: suggestions.slice(0, 12) };
}

export async function runSearch(db: Db, form: SearchForm, gemeente: GemeenteRecord | null): Promise<SearchResult> {
  return searchServices(db, {
    text: form.q,
    gemeenteCode: gemeente?.code,
    arbeidsmarktregioCode: gemeente?.arbeidsmarktregioCode ?? null,
    helpKinds: form.hulp,
    limitations: form.beperking,
    onlyOpenWithoutBenefit: form.zonderUitkering,
    page: form.pagina,
    perPage: PER_PAGE,
  });
}

/** The last page number for a result count (at least 1). */
export function lastPage(total: number): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / PER_PAGE)));
}

/** Builds a /zoeken URL for links (pagination, removing a filter). */
export function searchUrl(form: Partial<SearchForm>): string {
  const params = new URLSearchParams();
  if (form.q) params.set('q', form.q);
  if (form.gemeente) params.set('gemeente', form.gemeente);
  else if (form.waar) params.set('waar', form.waar);
  for (const h of form.hulp ?? []) params.append('hulp', h);
  for (const b of form.beperking ?? []) params.append('beperking', b);
  if (form.zonderUitkering) params.set('zonder_uitkering', 'ja');
  if (form.pagina && form.pagina > 1) params.set('pagina', String(form.pagina));
  const text = params.toString();
  return text ? `/zoeken?${text}` : '/zoeken';
}
