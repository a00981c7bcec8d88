// The SRG delivery (Statistiek Re-integratie door Gemeenten, CBS): which
// guideline we follow, which fields the monthly file has, and how the
// voorzieningen InBeeld records map to the CBS's "type voorziening".
// A code is only filled in where a public CBS source names it; the others
// stay empty and the page and docs/monitor.md ask the gemeente to check them.

export const srgGuideline = {
  title: 'Richtlijnen Statistiek Re-integratie door Gemeenten (SRG) 2021',
  validFrom: '2021-01-01',
  version: 'vanaf verslagmaand januari 2021, versie 1.0 (11 januari 2021)',
  url: 'https://www.cbs.nl/nl-nl/deelnemers-enquetes/deelnemers-enquetes/decentrale-overheden/sociale-zekerheid-overheden/statistiek-re-integratie-door-gemeenten--srg--',
  obligation: 'Regeling statistiek Participatiewet, IOAW en IOAZ 2015, artikel 5: gemeenten leveren de SRG elke maand aan het CBS.',
} as const;

/** Legal basis written in the processing log for a delivery. */
export const srgLegalBasis = 'Regeling statistiek Participatiewet, IOAW en IOAZ 2015 art. 5 (maandelijkse levering SRG aan het CBS); AVG art. 6 lid 1 sub c';

export interface SrgField {
  name: string;
  /** The rule a value must meet; test/unit/srg.test.ts checks every row against it. */
  rule: RegExp;
  required: boolean;
  explanation: string;
}

/** The columns of the file, in order. */
export const srgFields: SrgField[] = [
  { name: 'Gemeentecode', rule: /^\d{4}$/, required: true, explanation: 'CBS-gemeentecode in 4 cijfers (GM0114 wordt 0114).' },
  { name: 'Verslagmaand', rule: /^\d{4}(0[1-9]|1[0-2])$/, required: true, explanation: 'De maand van de levering als JJJJMM.' },
  { name: 'BSN', rule: /^\d{9}$/, required: true, explanation: 'Burgerservicenummer, 9 cijfers, voldoet aan de elfproef.' },
  { name: 'Type voorziening', rule: /^(\d{2})?$/, required: false, explanation: 'CBS-code van de voorziening (2 cijfers). Leeg: de gemeente vult de code in uit de codelijst van de richtlijn.' },
  { name: 'Omschrijving voorziening', rule: /^.{1,80}$/, required: true, explanation: 'Naam van de voorziening in InBeeld, om de code te controleren.' },
  { name: 'Kenmerk voorziening', rule: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[a-z-]{3,30}$/, required: true, explanation: 'Vast kenmerk per voorziening, elke maand gelijk; bevat geen persoonsgegevens.' },
  { name: 'Datum begin voorziening', rule: /^\d{8}$/, required: true, explanation: 'JJJJMMDD; uiterlijk de laatste dag van de verslagmaand.' },
  { name: 'Datum einde voorziening', rule: /^(\d{8})?$/, required: false, explanation: 'JJJJMMDD als de voorziening in of vóór de verslagmaand stopte; leeg als ze na de maand nog loopt.' },
];

export interface SrgType {
  /** CBS "type voorziening" code, or null when no public source we could check names it. */
  code: string | null;
  label: string;
  source: string;
}

const faq = 'CBS, veelgestelde vragen SRG, kenmerk "Type voorziening"';
const check = 'Code niet in een openbare bron gevonden: de gemeente kiest de code uit de richtlijn (hoofdstuk 3.1)';

/**
 * InBeeld's voorzieningen on a placement (instruments and two contract kinds).
 * No-riskpolis is left out on purpose: for this group UWV provides it
 * (Ziektewet art. 29b), so it is not a gemeentelijke voorziening.
 */
export const srgTypes: Record<string, SrgType> = {
  loonkostensubsidie: { code: null, label: 'Loonkostensubsidie', source: check },
  jobcoach: { code: '30', label: 'Jobcoach/begeleiding op de werkplek', source: faq },
  werkplekvoorziening: { code: '31', label: 'Werkplekaanpassing', source: faq },
  vervoersvoorziening: { code: null, label: 'Vervoersvoorziening', source: check },
  proefplaatsing: { code: '23', label: 'Proefplaatsing t.b.v. loonwaardebepaling', source: faq },
  'beschut-werk': { code: null, label: 'Beschut werk', source: check },
};

/** Why a voorziening is not in the file. */
export const srgLeftOutReasons = {
  'geen-bsn': 'Geen BSN vastgelegd. Het CBS kan alleen voorzieningen met een BSN verwerken.',
  'bsn-ongeldig': 'Het vastgelegde BSN klopt niet (elfproef). Laat een consulent het BSN controleren.',
} as const;
export type SrgLeftOutReason = keyof typeof srgLeftOutReasons;
