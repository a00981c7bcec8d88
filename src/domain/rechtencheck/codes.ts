// Small integer codes shared by the single-person and the batch path.
//
// The rules never look at strings: every fact is turned into a small number
// first (see encode.ts). Both paths run the very same rule functions on those
// numbers, so a batch result is the single result by construction.

/** Outcome of one instrument. 0 means "not evaluated". */
export const WAARSCHIJNLIJK = 1;
export const MISSCHIEN = 2;
export const WAARSCHIJNLIJK_NIET = 3;
export const MEER_INFORMATIE_NODIG = 4;

export const OUTCOMES = ['waarschijnlijk', 'misschien', 'waarschijnlijk_niet', 'meer_informatie_nodig'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcome code (1..4) to its name. */
export function outcomeName(code: number): Outcome {
  const name = OUTCOMES[code - 1];
  if (!name) throw new Error(`onbekende uitkomstcode ${code}`);
  return name;
}

export function outcomeCode(name: Outcome): number {
  return OUTCOMES.indexOf(name) + 1;
}

// Status of one criterion (the low three bits of a status byte). The upper
// bits carry the index of the message that explains the status.
/** The criterion does not apply to this person: it is left out of the result. */
export const NA = 0;
/** Met. */
export const MET = 1;
/** Not met, and the person cannot change that. */
export const NOT_MET = 2;
/** Not met yet, but the person can change it (register, find a job, apply). */
export const FIXABLE = 3;
/** Unknown because the person has not answered a question we can still ask. */
export const MISSING = 4;
/** Unknown because the person does not know, or because the gemeente or UWV has to assess it. */
export const UNKNOWN = 5;

export const STATUS_MASK = 7;

/** A status byte: status in the low bits, message index above. */
export function st(status: number, message: number): number {
  return status | (message << 3);
}

// Numeric facts use negative sentinels (valid values are never negative).
/** Numeric fact not given. */
export const NUM_MISSING = -1;
/** Numeric fact answered with "weet ik niet". */
export const NUM_UNKNOWN = -2;

// Enumerated facts: code 0 = not given, code 1 = 'onbekend' ("weet ik niet"),
// the other values follow in the order of their list in facts.ts.
export const ENUM_MISSING = 0;
export const ENUM_UNKNOWN = 1;
