// The shared core every rule uses: the evaluation context (parameters on a
// date, the gemeente policy as codes), a few derived facts that several rules
// need (who is in the gemeente's target group, who provides provisions), and
// the way criterion statuses add up to an outcome.
import {
  FIXABLE,
  MEER_INFORMATIE_NODIG,
  MET,
  MISSCHIEN,
  MISSING,
  NOT_MET,
  NUM_MISSING,
  NUM_UNKNOWN,
  STATUS_MASK,
  UNKNOWN,
  WAARSCHIJNLIJK,
  WAARSCHIJNLIJK_NIET,
  ENUM_MISSING,
} from './codes.ts';
import { C, type Person } from './encode.ts';
import { LAW_DATES, parameterAt } from './parameters.ts';
import { policyCode, type GemeentePolicy } from './policy.ts';

export interface Ctx {
  date: string;
  policy: GemeentePolicy;
  aowLeeftijd: number;
  jongerenLeeftijd: number;
  bijstandMinLeeftijd: number;
  jobcoachMinUren: number;
  jobcoachUitzonderingUren: number;
  jobcoachMinMaanden: number;
  jobcoachMinLoonwaarde: number;
  jobcoachUitzonderingLoonwaarde: number;
  /** Law read as from 1-1-2026 (Wet van school naar duurzaam werk). */
  schoolNaarDuurzaamWerk: boolean;
  /** Law read as from 1-7-2023 (Wet uitvoeren breed offensief). */
  breedOffensief: boolean;
  /** Praktijkroute open (from 1-1-2017). */
  praktijkroute: boolean;
  /** The gemeente recorded its own policy (false: the national default). */
  polRecorded: boolean;
  /** Gemeente policy as codes: 1 = ja, 2 = nee, 3 = onbekend. */
  polJobcoaching: number;
  polWerkvoorzieningen: number;
  polPraktijkroute: number;
  polProefplaats: number;
  polBeschutPlaces: number;
}

export function buildContext(date: string, policy: GemeentePolicy): Ctx {
  return {
    date,
    policy,
    aowLeeftijd: parameterAt('aowLeeftijd', date),
    jongerenLeeftijd: parameterAt('jongerenLeeftijd', date),
    bijstandMinLeeftijd: parameterAt('bijstandMinLeeftijd', date),
    jobcoachMinUren: parameterAt('uwvJobcoachMinUren', date),
    jobcoachUitzonderingUren: parameterAt('uwvJobcoachUitzonderingUren', date),
    jobcoachMinMaanden: parameterAt('uwvJobcoachMinMaanden', date),
    jobcoachMinLoonwaarde: parameterAt('uwvJobcoachMinLoonwaarde', date),
    jobcoachUitzonderingLoonwaarde: parameterAt('uwvJobcoachUitzonderingLoonwaarde', date),
    schoolNaarDuurzaamWerk: date >= LAW_DATES.schoolNaarDuurzaamWerk,
    breedOffensief: date >= LAW_DATES.breedOffensief,
    praktijkroute: date >= LAW_DATES.praktijkroute,
    polRecorded: policy.gemeente !== null,
    polJobcoaching: policyCode(policy.jobcoachingWithoutBenefit),
    polWerkvoorzieningen: policyCode(policy.werkvoorzieningenWithoutBenefit),
    polPraktijkroute: policyCode(policy.praktijkroute),
    polProefplaats: policyCode(policy.proefplaatsingWithoutBenefit),
    polBeschutPlaces: policyCode(policy.beschutWerkPlaces),
  };
}

/** Who provides provisions and jobcoaching. */
export const ROUTE_GEMEENTE = 1;
export const ROUTE_UWV = 2;
export const ROUTE_MISSING = 3;
export const ROUTE_UNKNOWN = 4;

/** Why that route (index into ROUTE_REASONS in rules/route.ts). */
export const R_UWV_BENEFIT = 0;
export const R_PW_BENEFIT = 1;
export const R_SUPPORTED = 2;
export const R_LKS = 3;
export const R_NO_JOB = 4;
export const R_OWN_JOB = 5;
export const R_MISSING = 6;
export const R_UNKNOWN = 7;

/**
 * Facts several rules need. Every field is a status byte (see codes.ts): the
 * status in the low bits and the index of the message that explains it
 * (messages live with the shared criteria in rules/common.ts).
 */
export interface Derived {
  /** Below the AOW age (messages AOW_*). */
  belowAow: number;
  /** Gets a benefit from UWV (WW, WIA, Wajong, Ziektewet): MET = yes. */
  uwvBenefit: number;
  /** In the gemeente's target group for support, Pw art. 7 lid 1 onder a and art. 10 lid 2 (messages G_*). */
  pwGroup: number;
  /** Cannot earn the minimum wage with full-time work (messages W_*). */
  cannotEarnWml: number;
  /** Has a job or a job offer (messages J_*). */
  hasJob: number;
  /** Provisions route (ROUTE_*). */
  route: number;
  /** Why that route (R_*). */
  routeReason: number;
}

// Messages of belowAow.
export const AOW_BELOW = 0;
export const AOW_REACHED = 1;
export const AOW_BIRTHDAY = 2;
export const AOW_AGE_MISSING = 3;
export const AOW_AGE_UNKNOWN = 4;

// Messages of pwGroup.
export const G_NUGGER = 0;
export const G_PW_BENEFIT = 1;
export const G_UWV_BENEFIT = 2;
export const G_AOW = 3;
export const G_NOT_REGISTERED = 4;
export const G_REG_UNKNOWN = 5;
export const G_REG_MISSING = 6;
export const G_SUPPORTED = 7;
export const G_BENEFIT_UNCLEAR = 8;
export const G_BENEFIT_MISSING = 9;
export const G_AOW_BIRTHDAY = 10;
export const G_AGE_MISSING = 11;
export const G_AGE_UNKNOWN = 12;

// Messages of cannotEarnWml.
export const W_SAYS_CANNOT = 0;
export const W_SAYS_CAN = 1;
export const W_MEASURED_BELOW = 2;
export const W_MEASURED_ABOVE = 3;
export const W_UNKNOWN = 4;
export const W_MISSING = 5;

// Messages of hasJob.
export const J_HAS = 0;
export const J_NONE = 1;
export const J_UNKNOWN = 2;
export const J_MISSING = 3;

export function emptyDerived(): Derived {
  return { belowAow: 0, uwvBenefit: 0, pwGroup: 0, cannotEarnWml: 0, hasJob: 0, route: 0, routeReason: 0 };
}

/** Worst of two statuses: NOT_MET > MISSING > FIXABLE > UNKNOWN > MET. */
export function worst(a: number, b: number): number {
  return SEVERITY[a & STATUS_MASK]! >= SEVERITY[b & STATUS_MASK]! ? a : b;
}
// index = status code; NA counts as MET.
const SEVERITY = [0, 0, 4, 2, 3, 1, 0, 0];

/** MET when age is below the limit, NOT_MET when at or above (message 0). */
export function ageBelow(age: number, limit: number): number {
  if (age === NUM_MISSING) return MISSING;
  if (age === NUM_UNKNOWN) return UNKNOWN;
  return age < limit ? MET : NOT_MET;
}

const b = (status: number, message: number): number => status | (message << 3);

export function derive(p: Person, ctx: Ctx, d: Derived): void {
  // AOW age can be a fraction (67 years and 3 months); with whole years the
  // year around the birthday stays open.
  const aow = ctx.aowLeeftijd;
  if (p.age === NUM_MISSING) d.belowAow = b(MISSING, AOW_AGE_MISSING);
  else if (p.age === NUM_UNKNOWN) d.belowAow = b(UNKNOWN, AOW_AGE_UNKNOWN);
  else if (p.age < Math.floor(aow)) d.belowAow = b(MET, AOW_BELOW);
  else if (p.age >= Math.ceil(aow)) d.belowAow = b(NOT_MET, AOW_REACHED);
  else d.belowAow = b(UNKNOWN, AOW_BIRTHDAY);

  const ben = p.benefit;
  const uwv = ben === C.benefit.ww || ben === C.benefit.wia || ben === C.benefit.wajong || ben === C.benefit.ziektewet;
  const pwBenefit = ben === C.benefit.bijstand || ben === C.benefit.anw || ben === C.benefit.ioaw;
  d.uwvBenefit =
    ben === ENUM_MISSING ? MISSING : ben === C.benefit.onbekend || ben === C.benefit.anders ? UNKNOWN : uwv ? MET : NOT_MET;

  // Pw art. 7 lid 1 onder a: whom the gemeente supports. A person without a
  // benefit counts as niet-uitkeringsgerechtigde only when registered at UWV
  // as werkloze werkzoekende and below the AOW age (art. 6 lid 1 onder a).
  // Someone the gemeente already helps into work stays in the group (art. 10
  // lid 2). Someone with a UWV benefit is helped by UWV (art. 7 lid 3 onder c).
  if (p.supportedByGemeente === C.supportedByGemeente.ja && !uwv) {
    d.pwGroup = b(MET, G_SUPPORTED);
  } else if (ben === ENUM_MISSING) {
    d.pwGroup = b(MISSING, G_BENEFIT_MISSING);
  } else if (uwv) {
    d.pwGroup = b(NOT_MET, G_UWV_BENEFIT);
  } else if (pwBenefit) {
    d.pwGroup = b(MET, G_PW_BENEFIT);
  } else if (ben === C.benefit.geen) {
    const aowStatus = d.belowAow & STATUS_MASK;
    const aowPart =
      aowStatus === MET
        ? b(MET, G_NUGGER)
        : aowStatus === NOT_MET
          ? b(NOT_MET, G_AOW)
          : d.belowAow === b(UNKNOWN, AOW_BIRTHDAY)
            ? b(UNKNOWN, G_AOW_BIRTHDAY)
            : aowStatus === MISSING
              ? b(MISSING, G_AGE_MISSING)
              : b(UNKNOWN, G_AGE_UNKNOWN);
    const r = p.registeredJobseeker;
    const regPart =
      r === C.registeredJobseeker.ja
        ? b(MET, G_NUGGER)
        : r === C.registeredJobseeker.nee || r === C.registeredJobseeker.verlopen
          ? b(FIXABLE, G_NOT_REGISTERED)
          : r === ENUM_MISSING
            ? b(MISSING, G_REG_MISSING)
            : b(UNKNOWN, G_REG_UNKNOWN);
    d.pwGroup = worst(aowPart, regPart);
  } else {
    d.pwGroup = b(UNKNOWN, G_BENEFIT_UNCLEAR);
  }

  // Pw art. 6 lid 1 onder e: cannot earn the minimum wage with full-time work.
  // A measured loonwaarde outweighs the person's own estimate.
  if (p.loonwaarde >= 0) {
    d.cannotEarnWml = p.loonwaarde < 100 ? b(MET, W_MEASURED_BELOW) : b(NOT_MET, W_MEASURED_ABOVE);
  } else {
    const c = p.canEarnMinimumWage;
    d.cannotEarnWml =
      c === C.canEarnMinimumWage.nee
        ? b(MET, W_SAYS_CANNOT)
        : c === C.canEarnMinimumWage.ja
          ? b(NOT_MET, W_SAYS_CAN)
          : c === ENUM_MISSING && p.loonwaarde === NUM_MISSING
            ? b(MISSING, W_MISSING)
            : b(UNKNOWN, W_UNKNOWN);
  }

  const j = p.jobStatus;
  d.hasJob =
    j === C.jobStatus.werk || j === C.jobStatus.aanbod
      ? b(MET, J_HAS)
      : j === C.jobStatus.geen
        ? b(FIXABLE, J_NONE)
        : j === ENUM_MISSING
          ? b(MISSING, J_MISSING)
          : b(UNKNOWN, J_UNKNOWN);

  // Who provides jobcoaching and werkvoorzieningen. Not the doelgroepregister
  // decides this, but who is responsible for the person: the gemeente for the
  // people it supports (Pw art. 7, 10, 10da); UWV for workers with a
  // structurele functionele beperking outside that group (Wet WIA art. 35)
  // and for people on a UWV benefit.
  const cannot = d.cannotEarnWml & STATUS_MASK;
  const job = d.hasJob & STATUS_MASK;
  const supported = p.supportedByGemeente;
  if (uwv) {
    d.route = ROUTE_UWV;
    d.routeReason = R_UWV_BENEFIT;
  } else if (supported === C.supportedByGemeente.ja) {
    d.route = ROUTE_GEMEENTE;
    d.routeReason = R_SUPPORTED;
  } else if (pwBenefit) {
    d.route = ROUTE_GEMEENTE;
    d.routeReason = R_PW_BENEFIT;
  } else if (ben === ENUM_MISSING) {
    d.route = ROUTE_MISSING;
    d.routeReason = R_MISSING;
  } else if (cannot === MET) {
    d.route = ROUTE_GEMEENTE;
    d.routeReason = R_LKS;
  } else if (job === FIXABLE) {
    d.route = ROUTE_GEMEENTE;
    d.routeReason = R_NO_JOB;
  } else if (job === MET && cannot === NOT_MET && supported === C.supportedByGemeente.nee) {
    d.route = ROUTE_UWV;
    d.routeReason = R_OWN_JOB;
  } else if (job === MISSING || cannot === MISSING || supported === ENUM_MISSING) {
    d.route = ROUTE_MISSING;
    d.routeReason = R_MISSING;
  } else {
    d.route = ROUTE_UNKNOWN;
    d.routeReason = R_UNKNOWN;
  }
}

// Status -> flag bits: 1 = not met, 2 = missing answer, 4 = maybe (fixable or
// unknown), 8 = met. NA gives no flag. Table lookups keep the loops free of
// hard-to-predict branches.
const FLAG = new Uint8Array([0, 8, 1, 4, 2, 4, 0, 0]);
// flags (bits 0-2) -> outcome when all criteria must hold.
const ALL_OF = new Uint8Array(16);
// flags (bits 0-3) -> outcome when one route suffices.
const ANY_OF = new Uint8Array(16);
for (let f = 0; f < 16; f++) {
  ALL_OF[f] = f & 1 ? WAARSCHIJNLIJK_NIET : f & 2 ? MEER_INFORMATIE_NODIG : f & 4 ? MISSCHIEN : WAARSCHIJNLIJK;
  ANY_OF[f] = f & 8 ? WAARSCHIJNLIJK : f & 2 ? MEER_INFORMATIE_NODIG : f & 4 ? MISSCHIEN : WAARSCHIJNLIJK_NIET;
}

/**
 * All criteria must hold. A criterion that fails and cannot be fixed makes
 * the outcome 'waarschijnlijk_niet'; an unanswered question makes it
 * 'meer_informatie_nodig'; something fixable or only assessable by the
 * gemeente or UWV makes it 'misschien'.
 */
export function allOf(s: Uint8Array, from: number, count: number): number {
  let flags = 0;
  for (let i = from, end = from + count; i < end; i++) flags |= FLAG[s[i]! & STATUS_MASK]!;
  return ALL_OF[flags & 7]!;
}

/** At least one route must hold (the routes are alternatives). NA routes are skipped. */
export function anyOf(s: Uint8Array, from: number, count: number): number {
  let flags = 0;
  for (let i = from, end = from + count; i < end; i++) flags |= FLAG[s[i]! & STATUS_MASK]!;
  return ANY_OF[flags]!;
}

/** Outcome as a status, to use one rule's outcome as another rule's criterion. */
export function outcomeAsStatus(outcome: number): number {
  switch (outcome) {
    case WAARSCHIJNLIJK:
      return MET;
    case MISSCHIEN:
      return UNKNOWN;
    case MEER_INFORMATIE_NODIG:
      return MISSING;
    default:
      return NOT_MET;
  }
}
