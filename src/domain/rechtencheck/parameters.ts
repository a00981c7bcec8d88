// Dated parameters: every amount, threshold and start date that the rules use,
// each value under the date from which it holds and with the source it comes
// from (the openfisca shape). A law change is a new line here, not a code change.

export interface ParameterValue {
  /** First day (ISO date) on which this value holds. */
  from: string;
  value: number;
  /** Where the value comes from. */
  source: string;
}

export interface Parameter {
  description: string;
  unit: string;
  reference: { title: string; href: string };
  values: readonly ParameterValue[];
  /** Set when a jurist still has to confirm the value or its date. */
  toCheck?: string;
  /**
   * When the amount is indexed: 'halfjaarlijks' (1 January and 1 July, like the
   * minimum wage and the bijstandsnormen) or 'jaarlijks' (1 January). A value
   * older than the last indexation date is stale (`staleParameters`).
   */
  indexed?: 'halfjaarlijks' | 'jaarlijks';
  /**
   * False when no current binding public text confirms the value (for example
   * a lapsed policy rule): rules then never turn it into a hard "no".
   */
  binding?: boolean;
}

const PW = 'https://wetten.overheid.nl/BWBR0015703/2026-07-01';

export const PARAMETERS = {
  aowLeeftijd: {
    description: 'Pensioengerechtigde (AOW-)leeftijd in jaren (67,25 = 67 jaar en 3 maanden).',
    unit: 'jaar',
    reference: { title: 'Algemene Ouderdomswet art. 7a', href: 'https://wetten.overheid.nl/BWBR0002221#Artikel7a' },
    values: [
      { from: '2015-01-01', value: 65 + 3 / 12, source: 'AOW art. 7a: 65 jaar en 3 maanden in 2015' },
      { from: '2016-01-01', value: 65 + 6 / 12, source: 'AOW art. 7a: 65 jaar en 6 maanden in 2016' },
      { from: '2017-01-01', value: 65 + 9 / 12, source: 'AOW art. 7a: 65 jaar en 9 maanden in 2017' },
      { from: '2018-01-01', value: 66, source: 'AOW art. 7a: 66 jaar in 2018' },
      { from: '2019-01-01', value: 66 + 4 / 12, source: 'AOW art. 7a: 66 jaar en 4 maanden in 2019-2021' },
      { from: '2022-01-01', value: 66 + 7 / 12, source: 'AOW art. 7a: 66 jaar en 7 maanden in 2022' },
      { from: '2023-01-01', value: 66 + 10 / 12, source: 'AOW art. 7a: 66 jaar en 10 maanden in 2023' },
      { from: '2024-01-01', value: 67, source: 'AOW art. 7a: 67 jaar vanaf 2024' },
      { from: '2028-01-01', value: 67.25, source: 'AOW art. 7a: 67 jaar en 3 maanden in 2028' },
    ],
  },
  jongerenLeeftijd: {
    description: 'Onder deze leeftijd helpt de gemeente via Pw art. 7a (kan-bepaling) in plaats van art. 7 (vanaf 2026); daarvoor: uitzondering voor wie nog onderwijs kan volgen.',
    unit: 'jaar',
    reference: { title: 'Participatiewet art. 7 lid 3 onder a en art. 7a', href: `${PW}#Artikel7a` },
    values: [{ from: '2015-01-01', value: 27, source: 'Pw art. 7 lid 3 onder a' }],
  },
  bijstandMinLeeftijd: {
    description: 'Onder deze leeftijd geen recht op bijstand.',
    unit: 'jaar',
    reference: { title: 'Participatiewet art. 13 lid 1 onder f', href: `${PW}#Artikel13` },
    values: [{ from: '2015-01-01', value: 18, source: 'Pw art. 13 lid 1 onder f' }],
  },
  uwvJobcoachMinUren: {
    description: 'UWV-jobcoach: contract van minstens zoveel uur per week.',
    unit: 'uur per week',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 12, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Protocol 2016 is per 1-10-2019 vervallen. Geen geldende openbare beleidsregel gevonden die de grens bevestigt; UWV noemt haar nog in voorlichting. Uitkomst daarom hooguit misschien onder de grens.',
  },
  uwvJobcoachUitzonderingUren: {
    description: 'UWV-jobcoach: in uitzonderingsgevallen kan een kleiner contract, maar niet onder dit aantal uur.',
    unit: 'uur per week',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 8, source: 'Protocol Jobcoach UWV: uitzondering vanaf 8 uur per week' }],
    toCheck: 'Uitzondering staat in secundaire bron (werkgeverskennisbank); bevestigen in huidige beleidsregel.',
  },
  uwvJobcoachMinMaanden: {
    description: 'UWV-jobcoach: contract van minstens zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 6, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Controleer in de huidige beleidsregel of er uitzonderingen zijn op de 6 maanden.',
  },
  uwvJobcoachMinLoonwaarde: {
    description: 'UWV-jobcoach: loonwaarde (verdienen) van minstens zoveel procent van het minimumloon.',
    unit: 'procent',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 35, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Controleer in de huidige beleidsregel.',
  },
  uwvJobcoachUitzonderingLoonwaarde: {
    description: 'UWV-jobcoach: in uitzonderingsgevallen kan een lagere loonwaarde, maar niet onder dit percentage.',
    unit: 'procent',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 20, source: 'Protocol Jobcoach UWV: uitzondering vanaf 20% loonwaarde' }],
    toCheck: 'Uitzondering staat in secundaire bron; bevestigen in huidige beleidsregel.',
  },
  uwvJobcoachMaxJaren: {
    description: 'UWV-jobcoach: in principe ten hoogste zoveel jaar bij dezelfde werkgever.',
    unit: 'jaar',
    reference: { title: 'Beleidsregel Protocol Jobcoach UWV 2016 (vervallen per 1-10-2019)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    binding: false,
    values: [{ from: '2015-01-01', value: 3, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.6' }],
    toCheck: 'Controleer in de huidige beleidsregel.',
  },
  lksMaxPercentage: {
    description: 'Loonkostensubsidie is ten hoogste dit percentage van minimumloon plus vakantiegeld (plus werkgeverslasten).',
    unit: 'procent',
    reference: { title: 'Participatiewet art. 10d lid 4', href: `${PW}#Artikel10d` },
    values: [{ from: '2015-01-01', value: 70, source: 'Pw art. 10d lid 4' }],
  },
  lksForfaitairPercentage: {
    description: 'Loonkostensubsidie zonder loonwaardemeting: dit percentage in de eerste maanden van het contract.',
    unit: 'procent',
    reference: { title: 'Participatiewet art. 10d lid 5', href: `${PW}#Artikel10d` },
    values: [{ from: '2023-07-01', value: 50, source: 'Pw art. 10d lid 5 (Wet uitvoeren breed offensief, Stb. 2022, 499)' }],
  },
  lksForfaitairMaanden: {
    description: 'Loonkostensubsidie zonder loonwaardemeting: ten hoogste zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'Participatiewet art. 10d lid 5', href: `${PW}#Artikel10d` },
    values: [{ from: '2023-07-01', value: 6, source: 'Pw art. 10d lid 5' }],
  },
  lkvBanenafspraakPerUur: {
    description: 'Loonkostenvoordeel doelgroep banenafspraak: bedrag per verloond uur.',
    unit: 'euro per uur',
    reference: { title: 'Wet tegemoetkomingen loondomein art. 2.13', href: 'https://wetten.overheid.nl/BWBR0037522' },
    values: [{ from: '2018-01-01', value: 1.01, source: 'Wtl art. 2.13' }],
    toCheck: 'Bedrag en ingangsdatum vergelijken met de geldende Wtl-tekst.',
  },
  lkvBanenafspraakMaxPerJaar: {
    description: 'Loonkostenvoordeel doelgroep banenafspraak: ten hoogste per jaar.',
    unit: 'euro per jaar',
    reference: { title: 'Wet tegemoetkomingen loondomein art. 2.13', href: 'https://wetten.overheid.nl/BWBR0037522' },
    values: [{ from: '2018-01-01', value: 2000, source: 'Wtl art. 2.13' }],
    toCheck: 'Bedrag en ingangsdatum vergelijken met de geldende Wtl-tekst.',
  },
  lkvMaxJaren: {
    description: 'Loonkostenvoordeel: ten hoogste zoveel jaar voor dezelfde werknemer.',
    unit: 'jaar',
    reference: { title: 'Wet tegemoetkomingen loondomein', href: 'https://wetten.overheid.nl/BWBR0037522' },
    values: [{ from: '2018-01-01', value: 3, source: 'Wtl hoofdstuk 2' }],
    toCheck: 'Artikelnummer van de maximale duur bevestigen.',
  },
  proefplaatsMaanden: {
    description: 'Proefplaats met behoud van bijstand: eerst zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'Participatiewet art. 8a lid 2 onder d', href: `${PW}#Artikel8a` },
    values: [{ from: '2023-07-01', value: 2, source: 'Pw art. 8a lid 2 onder d, ingevoegd door de Wet uitvoeren breed offensief (Stb. 2022, 499)' }],
  },
  proefplaatsVerlengingMaanden: {
    description: 'Proefplaats met behoud van bijstand: verlenging met ten hoogste zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'Participatiewet art. 8a lid 2 onder d', href: `${PW}#Artikel8a` },
    values: [{ from: '2023-07-01', value: 4, source: 'Pw art. 8a lid 2 onder d (Wet uitvoeren breed offensief, Stb. 2022, 499)' }],
  },
  wmlPerUur: {
    description: 'Wettelijk minimumloon per uur, 21 jaar en ouder (bruto).',
    unit: 'euro per uur',
    reference: { title: 'Wet minimumloon en minimumvakantiebijslag art. 8 en 14', href: 'https://wetten.overheid.nl/BWBR0002638' },
    indexed: 'halfjaarlijks',
    values: [
      { from: '2024-01-01', value: 13.27, source: 'Regeling indexatie minimumloon per 1-1-2024 (minimumuurloon ingevoerd)' },
      { from: '2025-07-01', value: 14.4, source: 'Regeling indexatie minimumloon per 1-7-2025' },
      { from: '2026-01-01', value: 14.71, source: 'Regeling indexatie minimumloon per 1-1-2026 (+2,15%)' },
    ],
    toCheck: 'Bedrag per 1-7-2026 invoeren zodra de indexatieregeling er is; tussenliggende bedragen 2024-2025 aanvullen.',
  },
  wmlReferentieMaand: {
    description: 'Bruto referentiemaandloon bij het minimumloon (een volle werkweek).',
    unit: 'euro per maand',
    reference: { title: 'Wet minimumloon en minimumvakantiebijslag art. 8', href: 'https://wetten.overheid.nl/BWBR0002638' },
    indexed: 'halfjaarlijks',
    values: [{ from: '2026-01-01', value: 2294.4, source: 'Regeling indexatie minimumloon per 1-1-2026: referentiemaandloon' }],
    toCheck: 'Bedrag per 1-7-2026 invoeren.',
  },
  bijstandsnormAlleenstaande: {
    description: 'Bijstandsnorm alleenstaande (of alleenstaande ouder), 21 jaar tot de AOW-leeftijd, netto per maand met vakantietoeslag, zonder kostendelende huisgenoten.',
    unit: 'euro per maand',
    reference: { title: 'Participatiewet art. 21 onder a en art. 38 (indexatie)', href: `${PW}#Artikel21` },
    indexed: 'halfjaarlijks',
    values: [
      { from: '2023-01-01', value: 1216.62, source: 'Normbedragen Pw per 1-1-2023 (Mededeling SZW; overgenomen door gemeente Westland)' },
      { from: '2024-01-01', value: 1283.83, source: 'Normbedragen Pw per 1-1-2024 (Mededeling SZW; gemeente Westland, Kempengemeenten)' },
      { from: '2025-01-01', value: 1345.45, source: 'Normbedragen Pw per 1-1-2025 (Mededeling SZW; gemeente Westland)' },
      { from: '2025-07-01', value: 1369.06, source: 'Normenoverzicht Stimulansz (berekenuwrechtplus.nl), bedragen per 1-7-2025' },
    ],
    toCheck: 'Bedragen per 1-1-2026 en 1-7-2026 uit de Mededeling SZW invoeren; datum van het Stimulansz-bedrag bevestigen.',
  },
  bijstandsnormGehuwden: {
    description: 'Bijstandsnorm gehuwden of samenwonenden, beiden 21 jaar tot de AOW-leeftijd, netto per maand met vakantietoeslag, samen, zonder kostendelende huisgenoten.',
    unit: 'euro per maand',
    reference: { title: 'Participatiewet art. 21 onder b en art. 38 (indexatie)', href: `${PW}#Artikel21` },
    indexed: 'halfjaarlijks',
    values: [
      { from: '2023-01-01', value: 1738.02, source: 'Normbedragen Pw per 1-1-2023 (Mededeling SZW; gemeente Westland)' },
      { from: '2024-01-01', value: 1834.04, source: 'Normbedragen Pw per 1-1-2024 (Mededeling SZW; gemeente Westland)' },
      { from: '2025-01-01', value: 1922.07, source: 'Normbedragen Pw per 1-1-2025 (Mededeling SZW; gemeente Westland)' },
      { from: '2025-07-01', value: 1955.8, source: 'Normenoverzicht Stimulansz (berekenuwrechtplus.nl), bedragen per 1-7-2025' },
    ],
    toCheck: 'Bedragen per 1-1-2026 en 1-7-2026 uit de Mededeling SZW invoeren; datum van het Stimulansz-bedrag bevestigen.',
  },
  vermogensgrensAlleenstaande: {
    description: 'Vermogensgrens (buiten beschouwing te laten vermogen) voor een alleenstaande.',
    unit: 'euro',
    reference: { title: 'Participatiewet art. 34 lid 3 onder c', href: `${PW}#Artikel34` },
    indexed: 'jaarlijks',
    values: [
      { from: '2023-01-01', value: 7605, source: 'Pw art. 34 lid 3 onder c, bedrag per 1-1-2023 (gemeenten Rijswijk, Hardenberg)' },
      { from: '2024-01-01', value: 7575, source: 'Pw art. 34 lid 3 onder c, bedrag per 1-1-2024 (gemeenten Westervoort, RSD Kromme Rijn Heuvelrug)' },
    ],
    toCheck: 'Bedragen per 1-1-2025 en 1-1-2026 invoeren (Participatiewet in balans wijzigt de vermogenstoets per 2026).',
  },
  vermogensgrensGehuwden: {
    description: 'Vermogensgrens voor gehuwden, samenwonenden en een alleenstaande ouder (samen).',
    unit: 'euro',
    reference: { title: 'Participatiewet art. 34 lid 3 onder c', href: `${PW}#Artikel34` },
    indexed: 'jaarlijks',
    values: [
      { from: '2023-01-01', value: 15210, source: 'Pw art. 34 lid 3 onder c, bedrag per 1-1-2023 (gemeenten Rijswijk, Hardenberg)' },
      { from: '2024-01-01', value: 15150, source: 'Pw art. 34 lid 3 onder c, bedrag per 1-1-2024 (gemeenten Westervoort, RSD Kromme Rijn Heuvelrug)' },
    ],
    toCheck: 'Bedragen per 1-1-2025 en 1-1-2026 invoeren.',
  },
  kostendelerLeeftijd: {
    description: 'Huisgenoten vanaf deze leeftijd tellen mee voor de kostendelersnorm.',
    unit: 'jaar',
    reference: { title: 'Participatiewet art. 22a lid 2', href: `${PW}#Artikel22a` },
    values: [
      { from: '2015-01-01', value: 21, source: 'Pw art. 22a lid 2 (2015)' },
      { from: '2023-01-01', value: 27, source: 'Pw art. 22a lid 2, gewijzigd per 1-1-2023 (huisgenoten jonger dan 27 tellen niet mee)' },
    ],
  },
} as const satisfies Record<string, Parameter>;

export type ParameterId = keyof typeof PARAMETERS;

/** First date the engine evaluates (the Participatiewet took effect). */
export const EARLIEST_DATE = '2015-01-01';

/** The value of a parameter on a date (ISO), or NaN before its first value. */
export function parameterAt(id: ParameterId, date: string): number {
  const values = PARAMETERS[id].values as readonly ParameterValue[];
  let found = Number.NaN;
  for (const entry of values) {
    if (entry.from <= date) found = entry.value;
  }
  return found;
}

/** The value entry (with its source) that holds on a date, or undefined before the first. */
export function parameterEntryAt(id: ParameterId, date: string): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const entry of PARAMETERS[id].values as readonly ParameterValue[]) if (entry.from <= date) found = entry;
  return found;
}

/** The last date on or before `date` on which an indexed amount should have a new value. */
export function lastIndexationDate(indexed: 'halfjaarlijks' | 'jaarlijks', date: string): string {
  const year = date.slice(0, 4);
  if (indexed === 'halfjaarlijks' && date >= `${year}-07-01`) return `${year}-07-01`;
  return `${year}-01-01`;
}

/**
 * Indexed amounts whose newest value is older than the last 1 January (or 1
 * July): someone has to enter the new amount. The web layer shows the date of
 * the amount next to it, so a stale amount is never shown as current.
 */
export function staleParameters(date: string): { id: ParameterId; from: string; due: string }[] {
  const out: { id: ParameterId; from: string; due: string }[] = [];
  for (const id of Object.keys(PARAMETERS) as ParameterId[]) {
    const param: Parameter = PARAMETERS[id];
    if (!param.indexed) continue;
    const entry = parameterEntryAt(id, date);
    const due = lastIndexationDate(param.indexed, date);
    if (!entry || entry.from < due) out.push({ id, from: entry?.from ?? '', due });
  }
  return out;
}

/**
 * Kostendelersnorm (Pw art. 22a lid 1): with A adults sharing the home (the
 * person included; partners count as two), each gets (40 + A × 30) / A percent
 * of the norm for gehuwden. A = 1 gives the norm for a single person (70%).
 */
export function kostendelersnorm(date: string, adults: number): number {
  const a = Math.max(1, Math.floor(adults));
  return Math.round(((40 + a * 30) / a) * parameterAt('bijstandsnormGehuwden', date)) / 100;
}

/** Dates from which a rule reads the law differently (one "formula" per date). */
export const LAW_DATES = {
  /** Participatiewet in force (was Wet werk en bijstand). */
  participatiewet: '2015-01-01',
  /** Praktijkroute into the doelgroepregister opened. */
  praktijkroute: '2017-01-01',
  /** Loonkostenvoordelen (Wtl) replace the premium discounts. */
  loonkostenvoordeel: '2018-01-01',
  /** Wet uitvoeren breed offensief: right to apply, LKS on request or ex officio, verordening rules on jobcoaching and provisions. */
  breedOffensief: '2023-07-01',
  /** Wet van school naar duurzaam werk: under 27 the gemeente helps via art. 7a. */
  schoolNaarDuurzaamWerk: '2026-01-01',
} as const;
