// The facts a person gives to the Rechtencheck.
//
// Field names are English (glossary: code is English unless it names a legal
// thing); values are Dutch words, because a person, a consulent and a jurist
// read them. Every field is optional: a field that is left out has not been
// asked yet. Every field also accepts "don't know": 'onbekend' for choices and
// null for numbers. The difference matters: a missing answer can still be
// asked (outcome 'meer_informatie_nodig'), a "weet ik niet" cannot (outcome at
// most 'misschien', with what to ask the gemeente or UWV).

export const ENUMS = {
  benefit: ['onbekend', 'geen', 'bijstand', 'ww', 'wia', 'wajong', 'ziektewet', 'anw', 'ioaw', 'anders'],
  noBenefitReason: [
    'onbekend',
    'partner-inkomen',
    'vermogen',
    'geen-werk-bij-ziekte',
    'zzp',
    'denkt-geen-recht',
    'anders',
    // Appended (codes are positions): the young adult who thinks living with
    // the parents rules out bijstand.
    'woont-bij-ouders',
  ],
  registeredJobseeker: ['onbekend', 'ja', 'nee', 'verlopen'],
  inDoelgroepregister: ['onbekend', 'ja', 'nee'],
  school: ['onbekend', 'vso', 'pro', 'entree', 'anders'],
  indication: ['onbekend', 'geen', 'wsw', 'beschut-werk'],
  canEarnMinimumWage: ['onbekend', 'ja', 'nee'],
  supportedByGemeente: ['onbekend', 'ja', 'nee'],
  jobStatus: ['onbekend', 'geen', 'aanbod', 'werk'],
  structuralLimitation: ['onbekend', 'ja', 'nee'],
  limitationKind: [
    'onbekend',
    'lichamelijk',
    'visueel',
    'auditief',
    'psychisch',
    'verstandelijk',
    'nah',
    'chronisch',
    'anders',
  ],
  householdIncome: ['onbekend', 'onder-bijstandsnorm', 'boven-bijstandsnorm'],
  householdAssets: ['onbekend', 'onder-vermogensgrens', 'boven-vermogensgrens'],
} as const;

export type EnumFact = keyof typeof ENUMS;
export type EnumValue<K extends EnumFact> = (typeof ENUMS)[K][number];

export const NUMBERS = {
  age: { min: 0, max: 120, integer: true, label: 'Leeftijd', unit: 'jaar' },
  jobHoursPerWeek: { min: 0, max: 80, integer: false, label: 'Uren per week', unit: 'uur' },
  jobContractMonths: { min: 0, max: 600, integer: true, label: 'Duur van het contract', unit: 'maanden' },
  loonwaarde: { min: 0, max: 200, integer: false, label: 'Loonwaarde', unit: 'procent van het minimumloon' },
} as const;

export type NumberFact = keyof typeof NUMBERS;

/** A gemeente is written as its CBS code: GM followed by four digits. */
export const GEMEENTE_PATTERN = /^GM\d{4}$/;

/**
 * What a person tells the Rechtencheck. All fields are optional.
 * A choice answered with "weet ik niet" is 'onbekend'; a number answered with
 * "weet ik niet" is null.
 */
export interface RechtencheckFacts {
  /** Gemeente where the person lives, as CBS code (GM0363 = Amsterdam). Picks the gemeente policy; the web layer checks that the code exists. */
  gemeente?: string | null;
  /** Age in whole years. */
  age?: number | null;
  /** Current benefit: 'geen' (none) or which one. UWV benefits (ww, wia, wajong, ziektewet) move support to UWV. */
  benefit?: EnumValue<'benefit'>;
  /** Why the person gets no benefit (from the research personas). Used in explanations only. */
  noBenefitReason?: EnumValue<'noBenefitReason'>;
  /** Registered at UWV as werkzoekende (job seeker)? 'verlopen' = was registered but did not renew. */
  registeredJobseeker?: EnumValue<'registeredJobseeker'>;
  /** Already in the doelgroepregister of the banenafspraak? */
  inDoelgroepregister?: EnumValue<'inDoelgroepregister'>;
  /** School background: voortgezet speciaal onderwijs, praktijkonderwijs, mbo entree, or other. */
  school?: EnumValue<'school'>;
  /** An indication: Wsw-indicatie, or a beschut werk indication from the gemeente. */
  indication?: EnumValue<'indication'>;
  /** Can the person earn the minimum wage on their own (with full-time work)? */
  canEarnMinimumWage?: EnumValue<'canEarnMinimumWage'>;
  /** Does the gemeente already help the person with work, or did the job come through the gemeente? */
  supportedByGemeente?: EnumValue<'supportedByGemeente'>;
  /** A job or job offer: none, an offer, or already working. */
  jobStatus?: EnumValue<'jobStatus'>;
  /** Hours per week of the job or offer. */
  jobHoursPerWeek?: number | null;
  /** Length of the contract in months. Use 120 for a permanent contract. */
  jobContractMonths?: number | null;
  /** Loonwaarde: productive value as percentage of the minimum wage (100 = full minimum wage). */
  loonwaarde?: number | null;
  /** A structurele functionele beperking: a lasting limitation from illness or disability. */
  structuralLimitation?: EnumValue<'structuralLimitation'>;
  /** Kind of limitation. Visual and hearing limitations have their own UWV provisions. */
  limitationKind?: EnumValue<'limitationKind'>;
  /**
   * Own income plus a partner's, compared with the bijstandsnorm (Pw art. 31-34:
   * the means of the person and the partner count, not those of parents or
   * other housemates; housemates only lower the norm, art. 22a).
   */
  householdIncome?: EnumValue<'householdIncome'>;
  /** Own assets plus a partner's, compared with the vermogensgrens (Pw art. 34). */
  householdAssets?: EnumValue<'householdAssets'>;
}

export type FactKey = keyof RechtencheckFacts;

export const FACT_KEYS: readonly FactKey[] = [
  'gemeente',
  'age',
  'benefit',
  'noBenefitReason',
  'registeredJobseeker',
  'inDoelgroepregister',
  'school',
  'indication',
  'canEarnMinimumWage',
  'supportedByGemeente',
  'jobStatus',
  'jobHoursPerWeek',
  'jobContractMonths',
  'loonwaarde',
  'structuralLimitation',
  'limitationKind',
  'householdIncome',
  'householdAssets',
];

export const ENUM_KEYS = Object.keys(ENUMS) as EnumFact[];
export const NUMBER_KEYS = Object.keys(NUMBERS) as NumberFact[];

const ENUM_DESCRIPTIONS: Record<EnumFact, string> = {
  benefit: 'Huidige uitkering: geen, of welke.',
  noBenefitReason: 'Waarom er geen uitkering is.',
  registeredJobseeker: 'Ingeschreven bij UWV als werkzoekende.',
  inDoelgroepregister: 'Staat in het doelgroepregister van de banenafspraak.',
  school: 'Schoolachtergrond: vso, pro, entree of anders.',
  indication: 'Wsw-indicatie of indicatie beschut werk.',
  canEarnMinimumWage: 'Kan zelf het minimumloon verdienen (bij een volle baan).',
  supportedByGemeente: 'Krijgt al hulp van de gemeente bij werk, of vond werk via de gemeente.',
  jobStatus: 'Baan of aanbod: geen, aanbod of werk.',
  structuralLimitation: 'Heeft een structurele functionele beperking.',
  limitationKind: 'Soort beperking.',
  householdIncome: 'Inkomen van het huishouden vergeleken met de bijstandsnorm.',
  householdAssets: 'Vermogen van het huishouden vergeleken met de vermogensgrens.',
};

/**
 * JSON schema (draft-07) of the facts, for Fastify/ajv on POST /api/v1/rechtencheck.
 * Choices are enums including 'onbekend'; numbers may be null ("weet ik niet").
 */
export const factsJsonSchema = {
  $id: 'RechtencheckFacts',
  type: 'object',
  additionalProperties: false,
  properties: {
    gemeente: {
      type: ['string', 'null'],
      pattern: '^GM[0-9]{4}$',
      description: 'CBS-gemeentecode, bijvoorbeeld GM0363.',
    },
    ...Object.fromEntries(
      NUMBER_KEYS.map((key) => {
        const spec = NUMBERS[key];
        return [
          key,
          {
            type: spec.integer ? ['integer', 'null'] : ['number', 'null'],
            minimum: spec.min,
            maximum: spec.max,
            description: `${spec.label} (${spec.unit}); null = weet ik niet.`,
          },
        ];
      }),
    ),
    ...Object.fromEntries(
      ENUM_KEYS.map((key) => [key, { type: 'string', enum: [...ENUMS[key]], description: ENUM_DESCRIPTIONS[key] }]),
    ),
  },
} as const;

export interface FieldError {
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; facts: RechtencheckFacts } | { ok: false; errors: FieldError[] };

const DUTCH_FIELD: Record<FactKey, string> = {
  gemeente: 'Gemeente',
  age: 'Leeftijd',
  benefit: 'Uitkering',
  noBenefitReason: 'Reden geen uitkering',
  registeredJobseeker: 'Inschrijving als werkzoekende',
  inDoelgroepregister: 'Doelgroepregister',
  school: 'School',
  indication: 'Indicatie',
  canEarnMinimumWage: 'Minimumloon verdienen',
  supportedByGemeente: 'Hulp van de gemeente',
  jobStatus: 'Baan of aanbod',
  jobHoursPerWeek: 'Uren per week',
  jobContractMonths: 'Duur van het contract',
  loonwaarde: 'Loonwaarde',
  structuralLimitation: 'Structurele beperking',
  limitationKind: 'Soort beperking',
  householdIncome: 'Inkomen huishouden',
  householdAssets: 'Vermogen huishouden',
};

function isKnownKey(key: string): key is FactKey {
  return (FACT_KEYS as readonly string[]).includes(key);
}

/**
 * Checks the shape of the input and returns field-named Dutch error messages.
 * The existence of the gemeente code is checked by the web layer against the
 * reference data; here only its format is checked.
 */
export function validateFacts(input: unknown): ValidationResult {
  const errors: FieldError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', message: 'De gegevens moeten een object zijn.' }] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (!isKnownKey(key)) {
      errors.push({ field: key, message: `Onbekend veld "${key}".` });
      continue;
    }
    if (value === undefined) continue;
    const label = DUTCH_FIELD[key];
    if (key === 'gemeente') {
      if (value === null) continue;
      if (typeof value !== 'string') {
        errors.push({ field: key, message: `${label} moet een tekst zijn, zoals GM0363.` });
      } else if (!GEMEENTE_PATTERN.test(value.trim().toUpperCase())) {
        errors.push({ field: key, message: `${label} moet een CBS-code zijn: GM en vier cijfers, zoals GM0363.` });
      }
      continue;
    }
    if ((NUMBER_KEYS as readonly string[]).includes(key)) {
      const spec = NUMBERS[key as NumberFact];
      if (value === null) continue;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push({ field: key, message: `${label} moet een getal zijn (of leeg bij "weet ik niet").` });
      } else if (spec.integer && !Number.isInteger(value)) {
        errors.push({ field: key, message: `${label} moet een heel getal zijn.` });
      } else if (value < spec.min) {
        errors.push({
          field: key,
          message: value < 0 ? `${label} kan niet negatief zijn.` : `${label} moet minstens ${spec.min} zijn.`,
        });
      } else if (value > spec.max) {
        errors.push({ field: key, message: `${label} kan niet meer dan ${spec.max} ${spec.unit} zijn.` });
      }
      continue;
    }
    const allowed = ENUMS[key as EnumFact] as readonly string[];
    if (typeof value !== 'string') {
      errors.push({ field: key, message: `${label} moet een van deze waarden zijn: ${allowed.join(', ')}.` });
    } else if (!allowed.includes(value)) {
      errors.push({
        field: key,
        message: `${label}: "${value}" is geen geldige keuze. Kies uit: ${allowed.join(', ')}.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, facts: normalizeFacts(record as RechtencheckFacts) };
}

/**
 * The canonical form of the facts: known keys only, in a fixed order,
 * undefined dropped, the gemeente code trimmed and in capitals. This is what
 * the receipt records.
 */
export function normalizeFacts(facts: RechtencheckFacts): RechtencheckFacts {
  const out: Record<string, unknown> = {};
  for (const key of FACT_KEYS) {
    const value = facts[key];
    if (value === undefined) continue;
    if (key === 'gemeente' && typeof value === 'string') {
      out[key] = value.trim().toUpperCase();
    } else {
      out[key] = value;
    }
  }
  return out as RechtencheckFacts;
}
