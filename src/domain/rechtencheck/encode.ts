// Facts -> small numbers. One "coded person" is what every rule reads.
import { ENUM_MISSING, NUM_MISSING, NUM_UNKNOWN } from './codes.ts';
import { ENUM_KEYS, ENUMS, NUMBER_KEYS, type EnumFact, type RechtencheckFacts } from './facts.ts';

type CodeTable<K extends EnumFact> = { readonly [V in (typeof ENUMS)[K][number]]: number };

function table<K extends EnumFact>(key: K): CodeTable<K> {
  const out: Record<string, number> = {};
  ENUMS[key].forEach((value, index) => {
    out[value] = index + 1;
  });
  return Object.freeze(out) as CodeTable<K>;
}

/** Code of every enum value: C.benefit.geen, C.jobStatus.werk, ... ('onbekend' is always 1). */
export const C = {
  benefit: table('benefit'),
  noBenefitReason: table('noBenefitReason'),
  registeredJobseeker: table('registeredJobseeker'),
  inDoelgroepregister: table('inDoelgroepregister'),
  school: table('school'),
  indication: table('indication'),
  canEarnMinimumWage: table('canEarnMinimumWage'),
  supportedByGemeente: table('supportedByGemeente'),
  jobStatus: table('jobStatus'),
  structuralLimitation: table('structuralLimitation'),
  limitationKind: table('limitationKind'),
  householdIncome: table('householdIncome'),
  householdAssets: table('householdAssets'),
} as const;

/**
 * A person as small numbers. Enum facts: 0 = not given, 1 = 'onbekend', then
 * the values in list order. Numbers: -1 = not given, -2 = "weet ik niet".
 */
export interface Person {
  age: number;
  benefit: number;
  noBenefitReason: number;
  registeredJobseeker: number;
  inDoelgroepregister: number;
  school: number;
  indication: number;
  canEarnMinimumWage: number;
  supportedByGemeente: number;
  jobStatus: number;
  jobHoursPerWeek: number;
  jobContractMonths: number;
  loonwaarde: number;
  structuralLimitation: number;
  limitationKind: number;
  householdIncome: number;
  householdAssets: number;
}

export function emptyPerson(): Person {
  return {
    age: NUM_MISSING,
    benefit: ENUM_MISSING,
    noBenefitReason: ENUM_MISSING,
    registeredJobseeker: ENUM_MISSING,
    inDoelgroepregister: ENUM_MISSING,
    school: ENUM_MISSING,
    indication: ENUM_MISSING,
    canEarnMinimumWage: ENUM_MISSING,
    supportedByGemeente: ENUM_MISSING,
    jobStatus: ENUM_MISSING,
    jobHoursPerWeek: NUM_MISSING,
    jobContractMonths: NUM_MISSING,
    loonwaarde: NUM_MISSING,
    structuralLimitation: ENUM_MISSING,
    limitationKind: ENUM_MISSING,
    householdIncome: ENUM_MISSING,
    householdAssets: ENUM_MISSING,
  };
}

export function enumCode(key: EnumFact, value: string | undefined): number {
  if (value === undefined) return ENUM_MISSING;
  const index = (ENUMS[key] as readonly string[]).indexOf(value);
  if (index < 0) throw new Error(`ongeldige waarde "${value}" voor ${key}`);
  return index + 1;
}

export function numberCode(value: number | null | undefined): number {
  if (value === undefined) return NUM_MISSING;
  if (value === null) return NUM_UNKNOWN;
  return value;
}

/** Encodes (already validated) facts into a coded person. */
export function encodeFacts(facts: RechtencheckFacts, into: Person = emptyPerson()): Person {
  for (const key of ENUM_KEYS) {
    into[key] = enumCode(key, facts[key] as string | undefined);
  }
  for (const key of NUMBER_KEYS) {
    into[key] = numberCode(facts[key]);
  }
  return into;
}

/** The reverse of encodeFacts (used by tests and the CSV helper). */
export function decodePerson(person: Person): RechtencheckFacts {
  const out: Record<string, unknown> = {};
  for (const key of ENUM_KEYS) {
    const code = person[key];
    if (code !== ENUM_MISSING) out[key] = ENUMS[key][code - 1];
  }
  for (const key of NUMBER_KEYS) {
    const value = person[key];
    if (value === NUM_UNKNOWN) out[key] = null;
    else if (value !== NUM_MISSING) out[key] = value;
  }
  return out as RechtencheckFacts;
}
