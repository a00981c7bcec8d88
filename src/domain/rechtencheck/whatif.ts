// What-if for policy makers: the same population under the current policy
// and under a variant (for example "jobcoaching without a benefit: nee"),
// and per instrument how many outcomes change, counted per transition
// (from outcome → to outcome). The variant is laid over every gemeente's
// current policy, so a gemeente's other choices stay as recorded.
import { OUTCOMES, type Outcome } from './codes.ts';
import { evaluateBatch, type BatchOptions, type BatchResult, type FactColumns } from './batch.ts';
import type { GemeentePolicy, PolicyAnswer } from './policy.ts';
import type { InstrumentId } from './types.ts';

/** The policy terms a variant may change: field name, Dutch alias, and the kind of value. */
const VARIANT_FIELDS = {
  jobcoachingWithoutBenefit: { alias: 'jobcoachingZonderUitkering', kind: 'answer' },
  werkvoorzieningenWithoutBenefit: { alias: 'werkvoorzieningenZonderUitkering', kind: 'answer' },
  praktijkroute: { alias: 'praktijkroute', kind: 'answer' },
  proefplaatsingWithoutBenefit: { alias: 'proefplaatsingZonderUitkering', kind: 'answer' },
  beschutWerkPlaces: { alias: 'beschutWerkPlekken', kind: 'answer' },
  jobcoachingMaxYears: { alias: 'jobcoachingMaxJaren', kind: 'years' },
} as const;

export type VariantField = keyof typeof VARIANT_FIELDS;
export type PolicyVariant = Partial<Pick<GemeentePolicy, VariantField>>;

const byName = new Map<string, VariantField>(
  (Object.keys(VARIANT_FIELDS) as VariantField[]).flatMap((f) => [
    [f.toLowerCase(), f],
    [VARIANT_FIELDS[f].alias.toLowerCase(), f],
  ]),
);

/** The names a person may type, for messages and help. */
export const VARIANT_NAMES: readonly string[] = (Object.keys(VARIANT_FIELDS) as VariantField[]).map((f) => VARIANT_FIELDS[f].alias);

/** Reads one term (name and value, as typed or as JSON); a Dutch message when it is wrong. */
function readTerm(name: string, value: unknown, into: PolicyVariant): string | null {
  const field = byName.get(name.trim().toLowerCase());
  if (!field) return `Onbekend beleid "${name}". Kies uit: ${VARIANT_NAMES.join(', ')}.`;
  if (VARIANT_FIELDS[field].kind === 'years') {
    const text = value === null ? 'geen' : String(value).trim().toLowerCase();
    if (text === 'geen' || text === '') {
      into.jobcoachingMaxYears = null;
      return null;
    }
    const years = typeof value === 'number' ? value : Number(text);
    if (!Number.isInteger(years) || years < 1 || years > 50) return `${VARIANT_FIELDS[field].alias}: geef een heel aantal jaren van 1 tot en met 50, of "geen".`;
    into.jobcoachingMaxYears = years;
    return null;
  }
  const answer = String(value).trim().toLowerCase();
  if (answer !== 'ja' && answer !== 'nee' && answer !== 'onbekend') return `${VARIANT_FIELDS[field].alias}: kies ja, nee of onbekend, niet "${String(value)}".`;
  (into as Record<string, PolicyAnswer>)[field] = answer;
  return null;
}

/** `naam=waarde` terms from the command line. */
export function parseVariantTerms(terms: readonly string[]): { variant: PolicyVariant; errors: string[] } {
  const variant: PolicyVariant = {};
  const errors: string[] = [];
  for (const term of terms) {
    const at = term.indexOf('=');
    if (at < 1) {
      errors.push(`--variant "${term}": schrijf naam=waarde, bijvoorbeeld jobcoachingZonderUitkering=nee.`);
      continue;
    }
    const error = readTerm(term.slice(0, at), term.slice(at + 1), variant);
    if (error) errors.push(error);
  }
  if (!errors.length && Object.keys(variant).length === 0) errors.push('Een variant verandert minstens één beleidskeuze.');
  return { variant, errors };
}

/** A variant as JSON (the API): an object of terms. */
export function parseVariantJson(json: unknown): { variant: PolicyVariant; errors: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { variant: {}, errors: ['variant: geef een object, bijvoorbeeld {"jobcoachingZonderUitkering": "nee"}.'] };
  const variant: PolicyVariant = {};
  const errors = Object.entries(json).flatMap(([k, v]) => readTerm(k, v, variant) ?? []);
  if (!errors.length && Object.keys(variant).length === 0) errors.push('Een variant verandert minstens één beleidskeuze.');
  return { variant, errors };
}

export interface Transition {
  from: Outcome;
  to: Outcome;
  count: number;
}

export interface InstrumentChange {
  id: InstrumentId;
  /** Persons whose outcome differs. */
  changed: number;
  /** Only transitions that happen, most first. */
  transitions: Transition[];
}

export interface WhatIfResult {
  length: number;
  date: string;
  variant: PolicyVariant;
  current: BatchResult;
  changed: BatchResult;
  instruments: InstrumentChange[];
}

/** Per instrument: persons per (from, to) outcome pair where the two differ. */
export function compareBatches(current: BatchResult, variant: BatchResult): InstrumentChange[] {
  if (current.length !== variant.length) throw new Error('twee uitslagen van verschillende populaties');
  return current.instruments.map((instrument, r) => {
    const a = instrument.outcomes;
    const b = variant.instruments[r]!.outcomes;
    // 5 × 5 table by outcome code (0 unused).
    const table = new Float64Array(25);
    for (let i = 0; i < a.length; i++) table[a[i]! * 5 + b[i]!]! += 1;
    const transitions: Transition[] = [];
    let changed = 0;
    for (let from = 1; from < 5; from++) {
      for (let to = 1; to < 5; to++) {
        const count = table[from * 5 + to]!;
        if (from === to || count === 0) continue;
        changed += count;
        transitions.push({ from: OUTCOMES[from - 1]!, to: OUTCOMES[to - 1]!, count });
      }
    }
    transitions.sort((x, y) => y.count - x.count);
    return { id: instrument.id, changed, transitions };
  });
}

/** The variant laid over a policy (or over the national default). */
export function applyVariant(policy: Partial<GemeentePolicy> | undefined, variant: PolicyVariant): Partial<GemeentePolicy> {
  return { ...(policy ?? {}), ...variant, version: `${policy?.version ?? 'standaard'}+variant` };
}

/** Runs the population twice (current and variant policy) and compares. */
export function whatIf(columns: FactColumns, options: BatchOptions, variant: PolicyVariant): WhatIfResult {
  const current = evaluateBatch(columns, options);
  const changed = evaluateBatch(columns, {
    ...options,
    policy: applyVariant(options.policy, variant),
    ...(options.policies ? { policies: options.policies.map((p) => applyVariant(p, variant)) } : {}),
  });
  return { length: current.length, date: current.date, variant, current, changed, instruments: compareBatches(current, changed) };
}
