// The batch compiled into lookup tables. Every rule's outcome depends on a
// handful of inputs only: the derived facts it reads (kernel.ts derive), a
// few raw facts, the outcomes of earlier rules and, for five rules, the
// gemeente policy. Numbers only matter on which side of a threshold they
// fall, so they become small bucket codes. Each rule then gets a table,
// indexed by those inputs in mixed radix, that holds its outcome code. The
// tables are filled lazily: the first person with a combination runs the rule
// itself (the same decide() that evaluate() runs) and stores the answer; the
// next million persons with that combination cost one table read. The inner
// loop is generated once per plan (new Function), with no object per person,
// no strings and no calls.
//
// RULE_INPUTS must name everything a rule reads; a unit test watches every
// read with proxies (test/unit/rechtencheck-compiled.test.ts) and the batch
// is compared with evaluate() on random persons and policies.
import { NUM_MISSING, NUM_UNKNOWN } from './codes.ts';
import { readRow, type FactColumns } from './columns.ts';
import { emptyPerson } from './encode.ts';
import { ENUM_KEYS, ENUMS, type EnumFact } from './facts.ts';
import { derive, emptyDerived, type Ctx, type Derived } from './kernel.ts';
import { CRITERION_COUNT, OFFSETS, RULES } from './rules/index.ts';
import { IDX } from './rules/order.ts';
import type { InstrumentId } from './types.ts';

type NumberFact = 'age' | 'jobHoursPerWeek' | 'jobContractMonths' | 'loonwaarde';
type Input = EnumFact | NumberFact;
type DerivedField = keyof Derived;

export interface RuleInputs {
  /** Facts the rule reads itself (not through derive). */
  p: readonly Input[];
  /** Derived facts it reads. */
  d: readonly DerivedField[];
  /** Earlier rules whose outcome it reads. */
  out: readonly number[];
  /** Reads the gemeente policy (ctx.pol*, ctx.policy). */
  policy: boolean;
}

/** The facts derive() reads; the derived facts are a function of these alone (and the date). */
export const DERIVE_INPUTS: readonly Input[] = ['age', 'benefit', 'registeredJobseeker', 'supportedByGemeente', 'loonwaarde', 'canEarnMinimumWage', 'jobStatus'];

const REGISTER_ROUTES = [IDX.doelgroepregisterUwv, IDX.doelgroepregisterPraktijkroute, IDX.doelgroepregisterAutomatisch];

/** What each rule reads, besides the date (the same for the whole batch). */
export const RULE_INPUTS: Record<InstrumentId, RuleInputs> = {
  'ondersteuning-gemeente': { p: ['age'], d: ['pwGroup'], out: [], policy: false },
  'inschrijving-werkzoekende': { p: ['registeredJobseeker', 'benefit'], d: ['belowAow'], out: [], policy: false },
  'doelgroepregister-uwv': { p: ['inDoelgroepregister', 'structuralLimitation', 'indication'], d: ['belowAow', 'cannotEarnWml', 'pwGroup'], out: [], policy: false },
  'doelgroepregister-praktijkroute': { p: ['inDoelgroepregister', 'loonwaarde', 'indication', 'canEarnMinimumWage'], d: ['belowAow', 'pwGroup', 'hasJob'], out: [], policy: true },
  'doelgroepregister-automatisch': { p: ['inDoelgroepregister', 'indication', 'benefit', 'school'], d: ['belowAow'], out: [], policy: false },
  loonkostenvoordeel: { p: ['indication', 'inDoelgroepregister'], d: ['hasJob', 'belowAow'], out: REGISTER_ROUTES, policy: false },
  'no-riskpolis': { p: ['indication', 'inDoelgroepregister'], d: ['hasJob', 'belowAow'], out: REGISTER_ROUTES, policy: false },
  banenafspraak: { p: ['indication', 'inDoelgroepregister'], d: ['hasJob', 'belowAow'], out: REGISTER_ROUTES, policy: false },
  loonkostensubsidie: { p: ['indication'], d: ['pwGroup', 'cannotEarnWml', 'hasJob'], out: [], policy: false },
  'beschut-werk': { p: ['indication'], d: ['pwGroup', 'uwvBenefit', 'cannotEarnWml', 'belowAow'], out: [], policy: true },
  proefplaatsing: { p: ['benefit', 'age', 'supportedByGemeente'], d: ['pwGroup', 'uwvBenefit'], out: [], policy: true },
  'jobcoaching-gemeente': { p: ['age', 'structuralLimitation'], d: ['pwGroup', 'cannotEarnWml', 'routeReason', 'route', 'hasJob'], out: [], policy: true },
  'jobcoaching-uwv': {
    p: ['structuralLimitation', 'jobContractMonths', 'jobHoursPerWeek', 'loonwaarde', 'canEarnMinimumWage'],
    d: ['hasJob', 'routeReason', 'route', 'belowAow'],
    out: [],
    policy: false,
  },
  'werkvoorzieningen-gemeente': { p: ['age', 'limitationKind', 'structuralLimitation'], d: ['pwGroup', 'cannotEarnWml', 'route'], out: [], policy: true },
  'werkvoorzieningen-uwv': { p: ['structuralLimitation', 'limitationKind'], d: ['route', 'hasJob', 'routeReason', 'belowAow'], out: [], policy: false },
  bijstand: { p: ['benefit', 'age', 'householdIncome', 'householdAssets', 'noBenefitReason'], d: ['belowAow'], out: [], policy: false },
};

const NUMBER_FACTS: readonly NumberFact[] = ['age', 'jobHoursPerWeek', 'jobContractMonths', 'loonwaarde'];
const DERIVED_FIELDS: readonly DerivedField[] = ['belowAow', 'uwvBenefit', 'pwGroup', 'cannotEarnWml', 'hasJob', 'route', 'routeReason'];
const isNumber = (input: Input): input is NumberFact => (NUMBER_FACTS as readonly string[]).includes(input);

/**
 * The thresholds the rules compare each number with (always as `value >=
 * threshold` or its negation), from the context of the batch's date.
 */
export function thresholds(ctx: Ctx): Record<NumberFact, number[]> {
  const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  return {
    age: sorted([ctx.bijstandMinLeeftijd, ctx.jongerenLeeftijd, Math.floor(ctx.aowLeeftijd), Math.ceil(ctx.aowLeeftijd)]),
    jobHoursPerWeek: sorted([ctx.jobcoachUitzonderingUren, ctx.jobcoachMinUren]),
    jobContractMonths: sorted([ctx.jobcoachMinMaanden]),
    loonwaarde: sorted([0, ctx.jobcoachUitzonderingLoonwaarde, ctx.jobcoachMinLoonwaarde, 100]),
  };
}

/** Bucket of a number: 0 not given, 1 "weet ik niet", then 2 + how many thresholds it reaches. */
export function bucket(value: number, limits: readonly number[]): number {
  if (value === NUM_MISSING) return 0;
  if (value === NUM_UNKNOWN) return 1;
  let b = 2;
  for (const limit of limits) if (value >= limit) b++;
  return b;
}

const MAX_DERIVED = 65535;

class Plan {
  readonly limits: Record<NumberFact, number[]>;
  readonly card: Record<Input, number>;
  /** Raw derive key -> derived id (1-based; 0 = not seen yet). */
  readonly derivedIds: Uint16Array;
  private readonly derivedByKey = new Map<string, number>();
  /** Per rule: derived id -> index of the derived facts that rule reads. */
  readonly sub: Uint16Array[];
  private readonly subByKey: Map<string, number>[];
  /** Per rule: the outcome table, sub index most significant. */
  tables: Uint8Array[];
  /** Per rule: entries per sub index. */
  private readonly stride: number[];
  readonly kernel: Kernel;
  // Scratch for the rules that fill a missing table entry.
  private readonly p = emptyPerson();
  private readonly d = emptyDerived();
  private readonly s = new Uint8Array(CRITERION_COUNT);
  private readonly out = new Uint8Array(RULES.length);
  columns!: FactColumns;
  outcomes!: Uint8Array[];

  constructor(readonly contexts: readonly Ctx[], withPick: boolean) {
    this.limits = thresholds(contexts[0]!);
    const card = {} as Record<Input, number>;
    for (const key of ENUM_KEYS) card[key] = ENUMS[key].length + 1;
    for (const key of NUMBER_FACTS) card[key] = 3 + this.limits[key].length;
    this.card = card;
    this.derivedIds = new Uint16Array(DERIVE_INPUTS.reduce((n, key) => n * card[key], 1));
    this.sub = RULES.map(() => new Uint16Array(MAX_DERIVED + 1));
    this.subByKey = RULES.map(() => new Map());
    this.stride = RULES.map((rule) => {
      const inputs = RULE_INPUTS[rule.id];
      const own = inputs.p.reduce((n, key) => n * card[key], 1) * 5 ** inputs.out.length;
      return own * (inputs.policy ? contexts.length : 1);
    });
    this.tables = this.stride.map((stride) => new Uint8Array(stride * 16));
    this.kernel = generateKernel(this, withPick);
  }

  /** First person with this derive key: derive, and give the derived facts an id. */
  intern(i: number, key: number): number {
    readRow(this.columns, i, this.p);
    derive(this.p, this.contexts[0]!, this.d);
    const tuple = DERIVED_FIELDS.map((field) => this.d[field]).join(',');
    let id = this.derivedByKey.get(tuple);
    if (id === undefined) {
      id = this.derivedByKey.size + 1;
      if (id > MAX_DERIVED) throw new Error('te veel combinaties van afgeleide feiten');
      this.derivedByKey.set(tuple, id);
      RULES.forEach((rule, r) => {
        const subKey = RULE_INPUTS[rule.id].d.map((field) => this.d[field]).join(',');
        let sub = this.subByKey[r]!.get(subKey);
        if (sub === undefined) {
          sub = this.subByKey[r]!.size;
          this.subByKey[r]!.set(subKey, sub);
          const needed = (sub + 1) * this.stride[r]!;
          if (needed > this.tables[r]!.length) {
            const grown = new Uint8Array(Math.max(needed, 2 * this.tables[r]!.length));
            grown.set(this.tables[r]!);
            this.tables[r] = grown;
          }
        }
        this.sub[r]![id!] = sub;
      });
    }
    this.derivedIds[key] = id;
    return id;
  }

  /** First person with this combination for rule r: run the rule itself. */
  miss(r: number, i: number, key: number, policy: number): number {
    const ctx = this.contexts[policy]!;
    readRow(this.columns, i, this.p);
    derive(this.p, ctx, this.d);
    for (let q = 0; q < r; q++) this.out[q] = this.outcomes[q]![i]!;
    const outcome = RULES[r]!.decide(this.p, this.d, ctx, this.s, OFFSETS[r]!, this.out);
    this.tables[r]![key] = outcome;
    return outcome;
  }
}

type Kernel = (
  plan: Plan,
  columns: FactColumns,
  buckets: Record<NumberFact, Uint8Array>,
  pick: Uint16Array | undefined,
  outcomes: Uint8Array[],
  tally: Int32Array,
  from: number,
  to: number,
) => void;
type Pass = (plan: Plan, columns: FactColumns, buckets: Record<NumberFact, Uint8Array>, pick: Uint16Array | undefined, outcomes: Uint8Array[], tally: Int32Array, from: number, to: number, did: Uint16Array) => void;

// Generated passes by their source: plans of the same shape share them, and with them the JIT's work.
const passes = new Map<string, Pass>();

/**
 * The inner loops, written out for this plan's rules and cardinalities: one
 * pass that gives every person the id of their derived facts, then one small
 * pass per rule (one table in cache at a time, and small loops compile fast).
 */
function generateKernel(plan: Plan, withPick: boolean): Kernel {
  const read = (input: Input) => (isNumber(input) ? `buckets.${input}[j]` : `columns.${input}[i]`);
  const compile = (body: string[]) => {
    const source = body.join('\n');
    let pass = passes.get(source);
    if (!pass) passes.set(source, (pass = new Function('plan', 'columns', 'buckets', 'pick', 'outcomes', 'tally', 'from', 'to', 'did', source) as Pass));
    return pass;
  };
  let dk = '0';
  for (const key of DERIVE_INPUTS) dk = `(${dk}) * ${plan.card[key]} + ${read(key).replace(/^(columns|buckets)\.(\w+)/, 'L_$2')}`;
  const derivePass = compile([
    ...DERIVE_INPUTS.map((key) => `const L_${key} = ${isNumber(key) ? 'buckets' : 'columns'}.${key};`),
    'const D = plan.derivedIds;',
    'for (let i = from; i < to; i++) {',
    '  const j = i - from;',
    `  const dk = ${dk};`,
    '  const id = D[dk];',
    '  did[j] = id === 0 ? plan.intern(i, dk) : id;',
    '}',
  ]);
  const rulePasses = RULES.map((rule, r) => {
    const inputs = RULE_INPUTS[rule.id];
    const local = (input: Input) => `L_${input}[${isNumber(input) ? 'j' : 'i'}]`;
    let k = 'S[did[j]]';
    for (const key of inputs.p) k = `(${k}) * ${plan.card[key]} + ${local(key)}`;
    for (const q of inputs.out) k = `(${k}) * 5 + P${q}[i]`;
    if (inputs.policy) k = `(${k}) * ${plan.contexts.length} + ${withPick ? 'pick[i]' : '0'}`;
    return compile([
      ...inputs.p.map((key) => `const L_${key} = ${isNumber(key) ? 'buckets' : 'columns'}.${key};`),
      ...inputs.out.map((q) => `const P${q} = outcomes[${q}];`),
      `const S = plan.sub[${r}], T = plan.tables[${r}], O = outcomes[${r}];`,
      // Counts in a local array: conditional sums per code cost twice the pass.
      'const c = new Int32Array(8);',
      'for (let i = from; i < to; i++) {',
      '  const j = i - from;',
      `  const k = ${k};`,
      '  let o = T[k];',
      `  if (o === 0) o = plan.miss(${r}, i, k, ${inputs.policy && withPick ? 'pick[i]' : '0'});`,
      '  O[i] = o;',
      '  c[o]++;',
      '}',
      `for (let v = 0; v < 5; v++) tally[${r * 5} + v] += c[v];`,
    ]);
  });
  return (plan, columns, buckets, pick, outcomes, tally, from, to) => {
    const did = new Uint16Array(to - from);
    derivePass(plan, columns, buckets, pick, outcomes, tally, from, to, did);
    for (const pass of rulePasses) pass(plan, columns, buckets, pick, outcomes, tally, from, to, did);
  };
}

// Plans per date and policy set (the tables stay filled between runs). A
// plan holds a few MB; a server keeps at most four.
const plans = new Map<string, Plan>();

/**
 * Rows [from, to) through the compiled plan: writes each person's outcome
 * code per rule into `outcomes` and returns the counts per rule and code
 * (RULES.length × 5). Returns null when a column holds a code outside its
 * list (the caller then runs the rules per person).
 */
export function compiledRange(columns: FactColumns, contexts: readonly Ctx[], planKey: string, from: number, to: number, outcomes: Uint8Array[]): Float64Array | null {
  const pick = columns.policyIndex;
  const cacheKey = `${planKey}|${pick ? 'pick' : 'one'}`;
  let plan = plans.get(cacheKey);
  if (!plan) {
    if (plans.size >= 4) plans.clear();
    plan = new Plan(contexts, pick !== undefined);
    plans.set(cacheKey, plan);
  }
  for (const key of ENUM_KEYS) {
    const column = columns[key];
    const limit = plan.card[key];
    let bad = 0;
    for (let i = from; i < to; i++) bad |= column[i]! >= limit ? 1 : 0;
    if (bad) return null;
  }
  if (pick) {
    for (let i = from; i < to; i++) if (pick[i]! >= contexts.length) throw new Error(`policyIndex ${pick[i]} bestaat niet (rij ${i})`);
  }
  const buckets = {} as Record<NumberFact, Uint8Array>;
  for (const key of NUMBER_FACTS) buckets[key] = bucketColumn(columns[key], plan.limits[key], from, to);
  const tally = new Int32Array(RULES.length * 5);
  plan.columns = columns;
  plan.outcomes = outcomes;
  plan.kernel(plan, columns, buckets, pick, outcomes, tally, from, to);
  return Float64Array.from(tally);
}

function bucketColumn(values: Int16Array | Float64Array, limits: readonly number[], from: number, to: number): Uint8Array {
  // Locals: imported bindings can cost a getter call per read under a CommonJS loader.
  const missing = NUM_MISSING;
  const unknown = NUM_UNKNOWN;
  const out = new Uint8Array(to - from);
  const [t0 = Infinity, t1 = Infinity, t2 = Infinity, t3 = Infinity] = limits;
  if (limits.length > 4) {
    for (let i = from; i < to; i++) out[i - from] = bucket(values[i]!, limits);
    return out;
  }
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    out[i - from] = v === missing ? 0 : v === unknown ? 1 : 2 + (v >= t0 ? 1 : 0) + (v >= t1 ? 1 : 0) + (v >= t2 ? 1 : 0) + (v >= t3 ? 1 : 0);
  }
  return out;
}
