// Batch mode for policy what-ifs: a whole population held column-wise (one
// typed array per fact), all rules evaluated per person with the same
// functions as evaluate(), outcome codes per instrument and counts.
import { OUTCOMES, type Outcome } from './codes.ts';
import { createColumns, readRow, type FactColumns } from './columns.ts';
import { compiledRange } from './compiled.ts';
import { decodePerson, emptyPerson, encodeFacts, type Person } from './encode.ts';
import { ENUM_KEYS, NUMBER_KEYS, type RechtencheckFacts } from './facts.ts';
import { buildContext, emptyDerived, type Ctx } from './kernel.ts';
import { withDefaults, type GemeentePolicy } from './policy.ts';
import { CRITERION_COUNT, RULES, runAll } from './rules/index.ts';
import { resolveDate } from './engine.ts';
import type { InstrumentId } from './types.ts';

export { createColumns, type FactColumns } from './columns.ts';

/** Writes one person's facts into row i. */
export function setRow(columns: FactColumns, i: number, facts: RechtencheckFacts): void {
  const person = encodeFacts(facts, emptyPerson());
  for (const key of ENUM_KEYS) columns[key][i] = person[key];
  for (const key of NUMBER_KEYS) columns[key][i] = person[key];
}

/** Reads row i back as facts. */
export function getRow(columns: FactColumns, i: number): RechtencheckFacts {
  const p = emptyPerson();
  readRow(columns, i, p);
  return decodePerson(p);
}

export function factsToColumns(list: readonly RechtencheckFacts[]): FactColumns {
  const columns = createColumns(list.length);
  list.forEach((facts, i) => setRow(columns, i, facts));
  return columns;
}

export interface BatchOptions {
  /** One policy for everyone (default: the national default). */
  policy?: Partial<GemeentePolicy>;
  /** Several policies; columns.policyIndex picks one per person. */
  policies?: readonly Partial<GemeentePolicy>[];
  date?: string | Date;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface BatchInstrumentResult {
  id: InstrumentId;
  /** Outcome code per person: 1 waarschijnlijk, 2 misschien, 3 waarschijnlijk_niet, 4 meer_informatie_nodig. */
  outcomes: Uint8Array;
  counts: OutcomeCounts;
}

export interface BatchResult {
  length: number;
  date: string;
  instruments: BatchInstrumentResult[];
}

/**
 * Evaluates all rules for every person in the columns. Gives the same outcome
 * per person as evaluate() (both call rules/index.ts runAll).
 */
export function evaluateBatch(columns: FactColumns, options: BatchOptions = {}): BatchResult {
  const n = columns.length;
  const date = resolveDate(options.date);
  const outcomes: Uint8Array[] = RULES.map(() => new Uint8Array(n));
  const counts = evaluateRange(columns, { ...options, date }, 0, n, outcomes);
  return batchResult(n, date, outcomes, counts);
}

/** The result from outcome arrays and counts (RULES.length × 5, by outcome code). */
export function batchResult(n: number, date: string, outcomes: Uint8Array[], counts: Float64Array): BatchResult {
  return {
    length: n,
    date,
    instruments: RULES.map((rule, r) => ({
      id: rule.id,
      outcomes: outcomes[r]!,
      counts: Object.fromEntries(OUTCOMES.map((name, k) => [name, counts[r * 5 + k + 1]!])) as OutcomeCounts,
    })),
  };
}

/** Below this many rows the per-person loop is quicker than building a plan (tables, generated code, first fills). */
export const COMPILED_FROM = 10_000;

/**
 * Rows [from, to): writes each person's outcome code per rule into
 * `outcomes` and returns the counts per rule and code (RULES.length × 5).
 * Runs the compiled lookup plan (compiled.ts); worker threads each run one
 * range over shared arrays (features/rechtencheck/batch-parallel.ts).
 */
export function evaluateRange(columns: FactColumns, options: BatchOptions, from: number, to: number, outcomes: Uint8Array[]): Float64Array {
  const date = resolveDate(options.date);
  // Without policyIndex everyone gets options.policy (as evaluateRangePerPerson does).
  if (columns.policyIndex && !options.policies?.length) throw new Error('policyIndex gegeven zonder policies');
  const resolved = columns.policyIndex ? options.policies!.map((policy) => withDefaults(policy)) : [withDefaults(options.policy)];
  const contexts = resolved.map((policy) => buildContext(date, policy));
  const planKey = `${date}|${JSON.stringify(resolved)}`;
  if (to - from < COMPILED_FROM) return evaluateRangePerPerson(columns, options, from, to, outcomes);
  return compiledRange(columns, contexts, planKey, from, to, outcomes) ?? evaluateRangePerPerson(columns, options, from, to, outcomes);
}

/**
 * The same range with every rule run per person (runAll, as evaluate() does).
 * The reference for the compiled plan, and the path for columns that hold
 * codes outside their lists.
 */
export function evaluateRangePerPerson(columns: FactColumns, options: BatchOptions, from: number, to: number, outcomes: Uint8Array[]): Float64Array {
  const date = resolveDate(options.date);
  const base = buildContext(date, withDefaults(options.policy));
  const contexts: Ctx[] = (options.policies ?? []).map((policy) => buildContext(date, withDefaults(policy)));
  const pick = columns.policyIndex;
  if (pick && contexts.length === 0) throw new Error('policyIndex gegeven zonder policies');

  const ruleCount = RULES.length;
  const counts = new Float64Array(ruleCount * 5);
  const p = emptyPerson();
  const d = emptyDerived();
  const s = new Uint8Array(CRITERION_COUNT);
  const out = new Uint8Array(ruleCount);

  // Local references to the columns keep the loop free of property lookups.
  const age = columns.age;
  const months = columns.jobContractMonths;
  const hours = columns.jobHoursPerWeek;
  const loonwaarde = columns.loonwaarde;
  const benefit = columns.benefit;
  const noBenefitReason = columns.noBenefitReason;
  const registered = columns.registeredJobseeker;
  const inDgr = columns.inDoelgroepregister;
  const school = columns.school;
  const indication = columns.indication;
  const canEarn = columns.canEarnMinimumWage;
  const supported = columns.supportedByGemeente;
  const jobStatus = columns.jobStatus;
  const structural = columns.structuralLimitation;
  const kind = columns.limitationKind;
  const income = columns.householdIncome;
  const assets = columns.householdAssets;

  for (let i = from; i < to; i++) {
    p.age = age[i]!;
    p.jobContractMonths = months[i]!;
    p.jobHoursPerWeek = hours[i]!;
    p.loonwaarde = loonwaarde[i]!;
    p.benefit = benefit[i]!;
    p.noBenefitReason = noBenefitReason[i]!;
    p.registeredJobseeker = registered[i]!;
    p.inDoelgroepregister = inDgr[i]!;
    p.school = school[i]!;
    p.indication = indication[i]!;
    p.canEarnMinimumWage = canEarn[i]!;
    p.supportedByGemeente = supported[i]!;
    p.jobStatus = jobStatus[i]!;
    p.structuralLimitation = structural[i]!;
    p.limitationKind = kind[i]!;
    p.householdIncome = income[i]!;
    p.householdAssets = assets[i]!;
    const ctx = pick ? contexts[pick[i]!] : base;
    if (!ctx) throw new Error(`policyIndex ${pick![i]} bestaat niet (rij ${i})`);
    runAll(p, d, ctx, s, out);
    for (let r = 0; r < ruleCount; r++) outcomes[r]![i] = out[r]!;
  }

  // Count afterwards, one instrument at a time (a tight loop over bytes).
  for (let r = 0; r < ruleCount; r++) {
    const codes = outcomes[r]!;
    const tally = new Float64Array(5);
    for (let i = from; i < to; i++) tally[codes[i]!]! += 1;
    for (let k = 0; k < 5; k++) counts[r * 5 + k] = tally[k]!;
  }
  return counts;
}
