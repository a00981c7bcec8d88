// Gemeente policy (beleidsvrijheid) as data. National law leaves open terms
// that each gemeente fills in its re-integratieverordening (Pw art. 8a). A
// gemeente that has set nothing gets the documented default below.

/** 'ja' = the gemeente does this; 'nee' = it does not; 'onbekend' = not known to us. */
export type PolicyAnswer = 'ja' | 'nee' | 'onbekend';

export interface GemeentePolicy {
  /** CBS code (GMxxxx), or null for the national default. */
  gemeente: string | null;
  /** Version label of this policy record (shows in the receipt). */
  version: string;
  /** Date (ISO) from which the gemeente's record holds; null for the national default. */
  validFrom?: string | null;
  /**
   * Does the gemeente offer jobcoaching (persoonlijke ondersteuning, Pw art. 10
   * lid 1) itself to people without a benefit? Since the Wet breed offensief the
   * verordening must describe it for everyone in art. 7 lid 1 onder a, so the
   * default is 'ja'. A 'nee' does not take away the legal claim; it only means
   * the person has to insist (or object).
   */
  jobcoachingWithoutBenefit: PolicyAnswer;
  /**
   * Does the gemeente offer werkvoorzieningen (Pw art. 10 lid 1, 8a lid 2 onder
   * f) to people without a benefit? Default 'ja' for the same reason.
   */
  werkvoorzieningenWithoutBenefit: PolicyAnswer;
  /**
   * Can the gemeente do a loonwaardemeting at the workplace for the praktijkroute
   * into the doelgroepregister (Wfsv art. 38b lid 1 onder a)? The law allows
   * every gemeente to do this; default 'ja'.
   */
  praktijkroute: PolicyAnswer;
  /**
   * Does the gemeente offer a proefplaats (unpaid trial placement) to people
   * without a benefit? The law only regulates it for people on bijstand (Pw
   * art. 8a lid 2 onder d). Default 'onbekend': ask the gemeente.
   */
  proefplaatsingWithoutBenefit: PolicyAnswer;
  /**
   * Are there still places in beschut werk (Pw art. 10b lid 6: the duty ends
   * when the gemeente has reached its number)? Default 'ja'.
   */
  beschutWerkPlaces: PolicyAnswer;
  /** Maximum years of gemeente jobcoaching in the verordening, if set. Informative. */
  jobcoachingMaxYears: number | null;
  /** Link to the gemeente's own policy (re-integratieverordening or page). */
  policyUrl: string | null;
  /** Where to apply for support with work at this gemeente, if known. */
  contactUrl: string | null;
}

/** National default: what we assume when a gemeente has set nothing. */
export const defaultPolicy: GemeentePolicy = Object.freeze({
  gemeente: null,
  version: 'standaard-2026-11',
  jobcoachingWithoutBenefit: 'ja',
  werkvoorzieningenWithoutBenefit: 'ja',
  praktijkroute: 'ja',
  proefplaatsingWithoutBenefit: 'onbekend',
  beschutWerkPlaces: 'ja',
  jobcoachingMaxYears: null,
  policyUrl: null,
  contactUrl: null,
});

/** Fills the gaps of a partial policy with the defaults. */
export function withDefaults(policy: Partial<GemeentePolicy> | undefined): GemeentePolicy {
  return { ...defaultPolicy, ...(policy ?? {}) };
}

/** Policy answer as code: 1 = ja, 2 = nee, 3 = onbekend. */
export function policyCode(answer: PolicyAnswer): number {
  return answer === 'ja' ? 1 : answer === 'nee' ? 2 : 3;
}
