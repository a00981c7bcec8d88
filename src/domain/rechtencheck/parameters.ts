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
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    values: [{ from: '2015-01-01', value: 12, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Protocol 2016 is per 1-10-2019 vervallen; controleer de opvolgende UWV-beleidsregel.',
  },
  uwvJobcoachUitzonderingUren: {
    description: 'UWV-jobcoach: in uitzonderingsgevallen kan een kleiner contract, maar niet onder dit aantal uur.',
    unit: 'uur per week',
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    values: [{ from: '2015-01-01', value: 8, source: 'Protocol Jobcoach UWV: uitzondering vanaf 8 uur per week' }],
    toCheck: 'Uitzondering staat in secundaire bron (werkgeverskennisbank); bevestigen in huidige beleidsregel.',
  },
  uwvJobcoachMinMaanden: {
    description: 'UWV-jobcoach: contract van minstens zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    values: [{ from: '2015-01-01', value: 6, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Controleer in de huidige beleidsregel of er uitzonderingen zijn op de 6 maanden.',
  },
  uwvJobcoachMinLoonwaarde: {
    description: 'UWV-jobcoach: loonwaarde (verdienen) van minstens zoveel procent van het minimumloon.',
    unit: 'procent',
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    values: [{ from: '2015-01-01', value: 35, source: 'Beleidsregel Protocol Jobcoach UWV 2014/2016, par. 2.3' }],
    toCheck: 'Controleer in de huidige beleidsregel.',
  },
  uwvJobcoachUitzonderingLoonwaarde: {
    description: 'UWV-jobcoach: in uitzonderingsgevallen kan een lagere loonwaarde, maar niet onder dit percentage.',
    unit: 'procent',
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
    values: [{ from: '2015-01-01', value: 20, source: 'Protocol Jobcoach UWV: uitzondering vanaf 20% loonwaarde' }],
    toCheck: 'Uitzondering staat in secundaire bron; bevestigen in huidige beleidsregel.',
  },
  uwvJobcoachMaxJaren: {
    description: 'UWV-jobcoach: in principe ten hoogste zoveel jaar bij dezelfde werkgever.',
    unit: 'jaar',
    reference: { title: 'UWV Protocol Jobcoach (beleidsregel)', href: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28' },
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
    values: [{ from: '2015-01-01', value: 2, source: 'Pw art. 8a lid 2 onder d' }],
  },
  proefplaatsVerlengingMaanden: {
    description: 'Proefplaats met behoud van bijstand: verlenging met ten hoogste zoveel maanden.',
    unit: 'maanden',
    reference: { title: 'Participatiewet art. 8a lid 2 onder d', href: `${PW}#Artikel8a` },
    values: [{ from: '2015-01-01', value: 4, source: 'Pw art. 8a lid 2 onder d' }],
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
