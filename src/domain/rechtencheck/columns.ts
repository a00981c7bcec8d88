// A population held column-wise: one typed array per fact. Shared by the
// batch (batch.ts) and its compiled lookup plan (compiled.ts).
import { NUM_MISSING } from './codes.ts';
import type { Person } from './encode.ts';
import { ENUM_KEYS, type EnumFact } from './facts.ts';

/**
 * A population, one typed array per fact. Enum facts hold codes (0 = not
 * given, 1 = 'onbekend', then the values in the order of ENUMS in facts.ts).
 * Numbers hold the value, -1 = not given, -2 = "weet ik niet".
 */
export interface FactColumns {
  length: number;
  age: Int16Array;
  jobContractMonths: Int16Array;
  jobHoursPerWeek: Float64Array;
  loonwaarde: Float64Array;
  benefit: Uint8Array;
  noBenefitReason: Uint8Array;
  registeredJobseeker: Uint8Array;
  inDoelgroepregister: Uint8Array;
  school: Uint8Array;
  indication: Uint8Array;
  canEarnMinimumWage: Uint8Array;
  supportedByGemeente: Uint8Array;
  jobStatus: Uint8Array;
  structuralLimitation: Uint8Array;
  limitationKind: Uint8Array;
  householdIncome: Uint8Array;
  householdAssets: Uint8Array;
  /** Optional: per person an index into BatchOptions.policies. */
  policyIndex?: Uint16Array;
}

/** `shared`: the arrays live in SharedArrayBuffers, so worker threads read them without a copy. */
export function createColumns(length: number, shared = false): FactColumns {
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const enums = Object.fromEntries(ENUM_KEYS.map((key) => [key, new Uint8Array(buffer(length))])) as Record<EnumFact, Uint8Array>;
  return {
    length,
    age: new Int16Array(buffer(2 * length)).fill(NUM_MISSING),
    jobContractMonths: new Int16Array(buffer(2 * length)).fill(NUM_MISSING),
    jobHoursPerWeek: new Float64Array(buffer(8 * length)).fill(NUM_MISSING),
    loonwaarde: new Float64Array(buffer(8 * length)).fill(NUM_MISSING),
    ...enums,
  };
}

/** Reads row i into a coded person (no allocation). */
export function readRow(columns: FactColumns, i: number, p: Person): void {
  p.age = columns.age[i]!;
  p.jobContractMonths = columns.jobContractMonths[i]!;
  p.jobHoursPerWeek = columns.jobHoursPerWeek[i]!;
  p.loonwaarde = columns.loonwaarde[i]!;
  p.benefit = columns.benefit[i]!;
  p.noBenefitReason = columns.noBenefitReason[i]!;
  p.registeredJobseeker = columns.registeredJobseeker[i]!;
  p.inDoelgroepregister = columns.inDoelgroepregister[i]!;
  p.school = columns.school[i]!;
  p.indication = columns.indication[i]!;
  p.canEarnMinimumWage = columns.canEarnMinimumWage[i]!;
  p.supportedByGemeente = columns.supportedByGemeente[i]!;
  p.jobStatus = columns.jobStatus[i]!;
  p.structuralLimitation = columns.structuralLimitation[i]!;
  p.limitationKind = columns.limitationKind[i]!;
  p.householdIncome = columns.householdIncome[i]!;
  p.householdAssets = columns.householdAssets[i]!;
}
