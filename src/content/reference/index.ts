// Reference data for the Netherlands as of 1 January 2025: gemeenten (CBS),
// arbeidsmarktregio's (CBS/PDOK codes) and woonplaatsen (BAG names). Each JSON
// file carries its own source and validFrom; `referenceSource` exposes them.
import gemeentenData from './gemeenten-2025.json' with { type: 'json' };
import regioData from './arbeidsmarktregios-2025.json' with { type: 'json' };
import woonplaatsData from './woonplaatsen-2025.json' with { type: 'json' };

export interface Gemeente {
  /** CBS gemeentecode, e.g. 'GM0014'. */
  code: string;
  name: string;
  provincie: string;
}

export interface Arbeidsmarktregio {
  /** CBS code, e.g. 'AM03'. Not contiguous: AM04, AM16 and AM31 do not exist. */
  code: string;
  name: string;
  /** GM codes of the member gemeenten. */
  gemeenten: string[];
}

export interface Woonplaats {
  /** Plain name as people type it, e.g. 'Haren'. */
  name: string;
  /** GM code of the gemeente. */
  gemeente: string;
  /** BAG name when it differs from `name`, e.g. 'Haren Gn'. */
  bagNaam?: string;
}

export interface ReferenceSourceInfo {
  source: string;
  sourceUrl: string;
  validFrom: string;
}

export const gemeenten: readonly Gemeente[] = gemeentenData.gemeenten;
export const arbeidsmarktregios: readonly Arbeidsmarktregio[] = regioData.regios;
export const woonplaatsen: readonly Woonplaats[] = woonplaatsData.woonplaatsen;

function sourceInfo(data: ReferenceSourceInfo): ReferenceSourceInfo {
  return { source: data.source, sourceUrl: data.sourceUrl, validFrom: data.validFrom };
}

const datasets = {
  gemeenten: sourceInfo(gemeentenData),
  arbeidsmarktregios: sourceInfo(regioData),
  woonplaatsen: sourceInfo(woonplaatsData),
};

const validFromAll = datasets.gemeenten.validFrom;
for (const info of Object.values(datasets)) {
  if (info.validFrom !== validFromAll) throw new Error(`reference data: mixed validFrom (${info.validFrom})`);
}

/**
 * Source and date of the reference data: `source`/`validFrom` summarise all
 * three data sets (as stored with the data); the per-set entries give the
 * full source text of each JSON file.
 */
export const referenceSource: {
  readonly source: string;
  readonly validFrom: string;
  readonly gemeenten: ReferenceSourceInfo;
  readonly arbeidsmarktregios: ReferenceSourceInfo;
  readonly woonplaatsen: ReferenceSourceInfo;
} = {
  source:
    `Gemeenten: CBS, gemeentelijke indeling op 1 januari 2025 (${datasets.gemeenten.sourceUrl}). ` +
    `Arbeidsmarktregio's: CBS/PDOK Gebiedsindelingen 2025 (${datasets.arbeidsmarktregios.sourceUrl}). ` +
    `Woonplaatsen: BAG-woonplaatsnamen via MeshWiki 'Lijst van regio's' (${datasets.woonplaatsen.sourceUrl}).`,
  validFrom: validFromAll,
  ...datasets,
};

const gemeenteIndex = new Map<string, Gemeente>(gemeenten.map((g) => [g.code, g]));
const regioIndex = new Map<string, Arbeidsmarktregio>(arbeidsmarktregios.map((r) => [r.code, r]));
const regioOfGemeenteIndex = new Map<string, Arbeidsmarktregio>();
for (const regio of arbeidsmarktregios) {
  for (const code of regio.gemeenten) regioOfGemeenteIndex.set(code, regio);
}

/** The gemeente with this CBS code ('GM0014'), or undefined. */
export function gemeenteByCode(code: string): Gemeente | undefined {
  return gemeenteIndex.get(code.trim().toUpperCase());
}

/** The arbeidsmarktregio with this CBS code ('AM03'), or undefined. */
export function regioByCode(code: string): Arbeidsmarktregio | undefined {
  return regioIndex.get(code.trim().toUpperCase());
}

/** The arbeidsmarktregio a gemeente (GM code) belongs to, or undefined. */
export function regioOfGemeente(code: string): Arbeidsmarktregio | undefined {
  return regioOfGemeenteIndex.get(code.trim().toUpperCase());
}

/** Lower case, no diacritics, hyphens and runs of spaces as one space. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/**
 * The gemeenten someone may mean when typing a place name: every gemeente with a
 * woonplaats of that name (plain or BAG name), plus the gemeente of that name.
 * A name can match more than one gemeente (e.g. 'Haren', 'Velp'), or a village
 * whose area crosses a gemeentegrens; let the person choose then.
 */
export function gemeentenForPlaats(name: string): Gemeente[] {
  const wanted = normalizePlaceName(name);
  if (!wanted) return [];
  const codes = new Set<string>();
  for (const g of gemeenten) {
    if (normalizePlaceName(g.name) === wanted) codes.add(g.code);
  }
  for (const w of woonplaatsen) {
    if (normalizePlaceName(w.name) === wanted || (w.bagNaam && normalizePlaceName(w.bagNaam) === wanted)) {
      codes.add(w.gemeente);
    }
  }
  return [...codes].map((c) => gemeenteIndex.get(c)).filter((g): g is Gemeente => g !== undefined);
}
