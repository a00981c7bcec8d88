// evaluate(): one person, all rules, with explanations, sources, next steps
// and a receipt.
import { createHash } from 'node:crypto';
import { FIXABLE, MET, MISSING, NA, NOT_MET, STATUS_MASK, UNKNOWN, outcomeName, type Outcome } from './codes.ts';
import { emptyPerson, encodeFacts, type Person } from './encode.ts';
import { normalizeFacts, validateFacts, type FactKey, type FieldError, type RechtencheckFacts } from './facts.ts';
import { buildContext, emptyDerived, type Ctx, type Derived } from './kernel.ts';
import { withDefaults, type GemeentePolicy } from './policy.ts';
import { routeInfo } from './rules/route.ts';
import { CRITERION_COUNT, OFFSETS, RULES, runAll } from './rules/index.ts';
import { DECIDED_BY_GEMEENTE, DECIDED_BY_UWV } from './rules/common.ts';
import { source } from './sources.ts';
import { EARLIEST_DATE } from './parameters.ts';
import type { CriterionResult, InstrumentId, InstrumentResult, Receipt, RechtencheckResult, RuleModule, Text } from './types.ts';
import { t } from './types.ts';

/** Version of the engine as a whole; each rule also has its own version. */
export const ENGINE_VERSION = '1.0.0';

export interface EvaluateOptions {
  /** Gemeente policy; missing fields take the documented defaults. */
  policy?: Partial<GemeentePolicy>;
  /** Evaluation date (ISO 'YYYY-MM-DD' or a Date). Default: today (UTC). */
  date?: string | Date;
}

export class RechtencheckInputError extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(`Ongeldige gegevens: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.name = 'RechtencheckInputError';
    this.errors = errors;
  }
}

export const instruments: readonly { id: InstrumentId; title: Text; provider: RuleModule['provider']; lawInBrief: Text }[] = RULES.map(
  (rule) => ({ id: rule.id, title: rule.title, provider: rule.provider, lawInBrief: rule.lawInBrief }),
);

export const DISCLAIMER = t(
  'Dit is geen besluit. De gemeente of UWV beslist over je rechten. Deze check helpt je om te weten wat je kunt vragen en waar.',
  'This is not a decision. The gemeente or UWV decides on your rights. This check helps you know what to ask for, and where.',
);

export function resolveDate(date: string | Date | undefined): string {
  if (date === undefined) return resolveDate(new Date().toISOString().slice(0, 10));
  if (date instanceof Date) return resolveDate(date.toISOString().slice(0, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`datum moet JJJJ-MM-DD zijn, niet "${date}"`);
  }
  if (date < EARLIEST_DATE) throw new Error(`datum moet op of na ${EARLIEST_DATE} liggen (Participatiewet)`);
  return date;
}

function statusName(status: number): CriterionResult['status'] {
  return status === MET ? 'voldaan' : status === NOT_MET || status === FIXABLE ? 'niet_voldaan' : 'onbekend';
}

// Order in which reasons are mentioned in an explanation.
const REASON_ORDER = [NOT_MET, FIXABLE, MISSING, UNKNOWN];

function decidedBy(rule: RuleModule): Text {
  return rule.provider === 'uwv' ? DECIDED_BY_UWV : rule.provider === 'werkgever'
    ? t(
        'De werkgever vraagt dit aan; UWV of de Belastingdienst beslist. Deze uitkomst is geen besluit.',
        'The employer applies for this; UWV or the Belastingdienst decides. This outcome is not a decision.',
      )
    : DECIDED_BY_GEMEENTE;
}

function buildInstrument(
  rule: RuleModule,
  outcome: Outcome,
  s: Uint8Array,
  at: number,
  facts: RechtencheckFacts,
  ctx: Ctx,
  person: Person,
  derived: Derived,
): InstrumentResult {
  const criteria: CriterionResult[] = [];
  const reasons: Text[][] = [[], [], [], []];
  const missingFacts = new Set<FactKey>();
  rule.criteria.forEach((def, k) => {
    const byte = s[at + k]!;
    const status = byte & STATUS_MASK;
    if (status === NA) return;
    const message = def.messages[byte >> 3];
    if (!message) throw new Error(`${rule.id}/${def.id}: geen melding ${byte >> 3}`);
    if (message.status !== status) throw new Error(`${rule.id}/${def.id}: melding ${byte >> 3} hoort bij een andere status`);
    criteria.push({
      id: def.id,
      label: def.label,
      status: statusName(status),
      canChange: status === FIXABLE,
      canAsk: status === MISSING,
      informative: def.kind === 'info',
      explanation: { nl: message.nl, en: message.en },
      source: source(def.source),
    });
    if (def.kind === 'voorwaarde') {
      const order = REASON_ORDER.indexOf(status);
      if (order >= 0) reasons[order]!.push(message);
      if (status === MISSING) {
        for (const fact of def.facts) if (facts[fact] === undefined) missingFacts.add(fact);
      }
    }
  });
  const summary = rule.summaryFor?.(outcome, person) ?? rule.summary[outcome];
  const picked = reasons.flat().slice(0, 3);
  const route = rule.showsRoute ? routeInfo(derived, person, rule.id.startsWith('werkvoorzieningen')) : undefined;
  const explanation = {
    nl: [summary.nl, ...picked.map((m) => m.nl)].join(' '),
    en: [summary.en, ...picked.map((m) => m.en)].join(' '),
  };
  return {
    id: rule.id,
    title: rule.title,
    provider: rule.provider,
    outcome,
    criteria,
    explanation,
    sources: rule.sources.map(source),
    nextSteps: rule.nextSteps(outcome, person, derived, ctx),
    ...(route ? { route } : {}),
    missingFacts: [...missingFacts],
    decidedBy: decidedBy(rule),
  };
}

/** Canonical JSON: object keys sorted, so the same content gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const RECEIPT_RULES = RULES.map((rule) => ({ id: rule.id, version: rule.version }));
// The part of the canonical receipt text that never changes, written once per process.
const RECEIPT_TAIL = `,"rules":${canonicalJson(RECEIPT_RULES)}}`;
const RECEIPT_HEAD = `${JSON.stringify('engineVersion')}:${JSON.stringify(ENGINE_VERSION)}`;

export function makeReceipt(facts: RechtencheckFacts, policy: GemeentePolicy, date: string): Receipt {
  const body = { engineVersion: ENGINE_VERSION, rules: RECEIPT_RULES, policy, facts, date };
  // canonicalJson(body) with the keys in sorted order: date, engineVersion, facts, policy, rules.
  const text = `{"date":${JSON.stringify(date)},${RECEIPT_HEAD},"facts":${canonicalJson(facts)},"policy":${canonicalJson(policy)}${RECEIPT_TAIL}`;
  const hash = createHash('sha256').update(text).digest('hex');
  return { ...body, hash };
}

/**
 * Evaluates all rules for one person. Throws RechtencheckInputError when the
 * facts do not pass validateFacts.
 */
export function evaluate(input: RechtencheckFacts, options: EvaluateOptions = {}): RechtencheckResult {
  const checked = validateFacts(input);
  if (!checked.ok) throw new RechtencheckInputError(checked.errors);
  const facts = normalizeFacts(checked.facts);
  const date = resolveDate(options.date);
  const policy = withDefaults(options.policy);
  const ctx = buildContext(date, policy);
  const person = encodeFacts(facts, emptyPerson());
  const derived = emptyDerived();
  const s = new Uint8Array(CRITERION_COUNT);
  const out = new Uint8Array(RULES.length);
  runAll(person, derived, ctx, s, out);
  const results = RULES.map((rule, index) =>
    buildInstrument(rule, outcomeName(out[index]!), s, OFFSETS[index]!, facts, ctx, person, derived),
  );
  return {
    engineVersion: ENGINE_VERSION,
    date,
    gemeente: facts.gemeente ?? null,
    results,
    disclaimer: DISCLAIMER,
    receipt: makeReceipt(facts, policy, date),
  };
}

/**
 * Outcome codes only (no texts), for the questionnaire and for tests. Same
 * rules, same order as evaluate().
 */
export function outcomeCodes(facts: RechtencheckFacts, ctx: Ctx, scratch?: { s: Uint8Array; out: Uint8Array }): Uint8Array {
  const person = encodeFacts(facts, emptyPerson());
  const s = scratch?.s ?? new Uint8Array(CRITERION_COUNT);
  const out = scratch?.out ?? new Uint8Array(RULES.length);
  runAll(person, emptyDerived(), ctx, s, out);
  return out;
}
