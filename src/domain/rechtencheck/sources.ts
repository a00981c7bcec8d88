// The legal sources the rules cite: law, article, link to wetten.overheid.nl
// and the date from which the cited text holds. Links point to the version we
// read (a dated URL); `validFrom` is when the rule in that text started.

export interface LegalSource {
  id: string;
  /** Name of the law or regulation. */
  law: string;
  /** Article (and member) cited. */
  article: string;
  /** BWB identifier on wetten.overheid.nl, when there is one. */
  bwb?: string;
  url: string;
  /** ISO date from which this rule holds. */
  validFrom: string;
  /** What a jurist should still confirm, if anything. */
  toCheck?: string;
}

const PW = 'https://wetten.overheid.nl/BWBR0015703/2026-07-01';
const WFSV = 'https://wetten.overheid.nl/BWBR0017745/2026-07-01';
const SUWI = 'https://wetten.overheid.nl/BWBR0013060/2026-07-01';
const RIB = 'https://wetten.overheid.nl/BWBR0019152/2026-05-02';
const WIA = 'https://wetten.overheid.nl/BWBR0019057';

function pw(id: string, article: string, anchor: string, validFrom: string, toCheck?: string): LegalSource {
  return { id, law: 'Participatiewet', article, bwb: 'BWBR0015703', url: `${PW}#${anchor}`, validFrom, ...(toCheck ? { toCheck } : {}) };
}

const LIST: LegalSource[] = [
  pw('pw-6a', 'art. 6 lid 1 onder a (niet-uitkeringsgerechtigde)', 'Artikel6', '2015-01-01'),
  pw('pw-6e', 'art. 6 lid 1 onder e (doelgroep loonkostensubsidie)', 'Artikel6', '2015-01-01'),
  pw('pw-6h', 'art. 6 lid 1 onder h (proefplaats)', 'Artikel6', '2023-07-01'),
  pw('pw-7', 'art. 7 lid 1 onder a, onder 7° (ondersteuning niet-uitkeringsgerechtigden)', 'Artikel7', '2015-01-01'),
  pw('pw-7-3c', 'art. 7 lid 3 onder c (uitkering van UWV)', 'Artikel7', '2015-01-01'),
  pw(
    'pw-7-3a',
    'art. 7 lid 3 onder a en art. 7a (jongeren onder 27)',
    'Artikel7a',
    '2026-01-01',
    'Tot 2026 gold: uitzondering voor wie jonger is dan 27 en onderwijs kan volgen. Vanaf 1-1-2026 (Wet van school naar duurzaam werk) helpt de gemeente onder 27 via art. 7a. Ingangsdatum van art. 7a (1-1-2026) en de tekst van art. 7 lid 3 onder a in de wetshistorie bevestigen.',
  ),
  pw('pw-8a', 'art. 8a (verordening: voorwaarden, jobcoaching, voorzieningen)', 'Artikel8a', '2023-07-01'),
  pw('pw-8a-2d', 'art. 8a lid 2 onder d (proefplaats met behoud van bijstand; Wet uitvoeren breed offensief, Stb. 2022, 499)', 'Artikel8a', '2023-07-01'),
  pw('pw-8a-2f', 'art. 8a lid 2 onder f (vervoer, intermediaire activiteit, meeneembare voorziening)', 'Artikel8a', '2023-07-01'),
  pw('pw-10', 'art. 10 lid 1 (aanspraak op ondersteuning en voorzieningen)', 'Artikel10', '2015-01-01'),
  pw('pw-10-2', 'art. 10 lid 2 (blijft doelgroep na voorziening)', 'Artikel10', '2015-01-01'),
  pw('pw-10-5', 'art. 10 lid 5 (recht om een aanvraag te doen)', 'Artikel10', '2023-07-01'),
  pw('pw-10b', 'art. 10b (beschut werk)', 'Artikel10b', '2015-01-01'),
  pw('pw-10c', 'art. 10c (vaststelling doelgroep loonkostensubsidie)', 'Artikel10c', '2015-01-01'),
  pw('pw-10d', 'art. 10d lid 1 (loonkostensubsidie bij een dienstbetrekking)', 'Artikel10d', '2023-07-01'),
  pw('pw-10d-3', 'art. 10d lid 3 (niet in een Wsw-dienstbetrekking)', 'Artikel10d', '2015-01-01'),
  pw(
    'pw-10da',
    'art. 10da (aanspraak op begeleiding op de werkplek voor de doelgroep loonkostensubsidie; duur en intensiteit in de verordening, art. 8a lid 2 onder e)',
    'Artikel10da',
    '2015-01-01',
    'Ingangsdatum niet bevestigd in een openbare bron die wij konden lezen. Te controleren in de wetshistorie op wetten.overheid.nl (BWBR0015703, art. 10da, "Wijzigingen"): wij nemen 1-1-2015 aan (Invoeringswet Participatiewet).',
  ),
  pw('pw-10g', 'art. 10g (tolkvoorziening door UWV)', 'Artikel10g', '2015-01-01', 'Ingangsdatum bevestigen.'),
  pw('pw-10h', 'art. 10h (werkvoorzieningen door UWV bij een visuele beperking)', 'Artikel10h', '2015-01-01', 'Ingangsdatum bevestigen.'),
  pw('pw-11', 'art. 11 (recht op bijstand)', 'Artikel11', '2015-01-01'),
  pw('pw-13', 'art. 13 lid 1 onder f (geen bijstand onder 18)', 'Artikel13', '2015-01-01'),
  pw('pw-31-34', 'art. 31 tot en met 34 (middelen: inkomen en vermogen)', 'Artikel34', '2015-01-01'),
  pw('pw-47a', 'art. 47a (AIO-aanvulling bij AOW-leeftijd, door de SVB)', 'Artikel47a', '2015-01-01'),
  {
    id: 'suwi-30b',
    law: 'Wet structuur uitvoeringsorganisatie werk en inkomen',
    article: 'art. 30b (registratie als werkzoekende; termijn en verlenging)',
    bwb: 'BWBR0013060',
    url: `${SUWI}#Artikel30b`,
    validFrom: '2015-01-01',
    toCheck: 'De geldigheidsduur van een inschrijving zonder uitkering regelt UWV zelf (lid 3); termijn nagaan op werk.nl.',
  },
  {
    id: 'wfsv-38b',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38b (wie arbeidsbeperkte is voor de banenafspraak)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38b`,
    validFrom: '2015-05-01',
  },
  {
    id: 'wfsv-38b-1a',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38b lid 1 onder a, tweede deel (praktijkroute: loonwaarde vastgesteld door de gemeente)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38b`,
    validFrom: '2017-01-01',
  },
  {
    id: 'wfsv-38b-1e',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38b lid 1 onder e en lid 2 (beoordeling door UWV: kan het minimumloon niet verdienen)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38b`,
    validFrom: '2015-05-01',
  },
  {
    id: 'wfsv-38b-auto',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38b lid 1 onder b (Wsw), c (Wajong) en d (vso/pro, via het Besluit Wfsv)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38b`,
    validFrom: '2015-05-01',
    toCheck: 'Vso/pro: het artikel van het Besluit Wfsv en of een schriftelijke melding bij UWV nodig is.',
  },
  {
    id: 'wfsv-38b-beschut',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38b lid 1, aanhef (wie beschut werk heeft, valt buiten de banenafspraak)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38b`,
    validFrom: '2017-01-01',
    toCheck: 'Of UWV mensen met beschut werk wel in het register zet (voor de no-riskpolis) maar niet laat meetellen.',
  },
  {
    id: 'wfsv-38d',
    law: 'Wet financiering sociale verzekeringen',
    article: 'art. 38d (doelgroepregister bij UWV)',
    bwb: 'BWBR0017745',
    url: `${WFSV}#Artikel38d`,
    validFrom: '2015-05-01',
  },
  {
    id: 'wtl-lkv',
    law: 'Wet tegemoetkomingen loondomein',
    article: 'art. 2.1, 2.10 en 2.13 (loonkostenvoordeel doelgroep banenafspraak)',
    bwb: 'BWBR0037522',
    url: 'https://wetten.overheid.nl/BWBR0037522',
    validFrom: '2018-01-01',
    toCheck: 'Artikelnummers en de maximale duur van drie jaar bevestigen.',
  },
  {
    id: 'zw-29b',
    law: 'Ziektewet',
    article: 'art. 29b lid 2 onder e (doelgroepregister) en f (beschut werk): no-riskpolis',
    bwb: 'BWBR0001888',
    url: 'https://wetten.overheid.nl/BWBR0001888#Artikel29b',
    validFrom: '2015-01-01',
    toCheck: 'Onderdelen e en f van lid 2 en hun ingangsdata bevestigen.',
  },
  {
    id: 'wia-35',
    law: 'Wet werk en inkomen naar arbeidsvermogen',
    article: 'art. 35 (voorzieningen door UWV voor werknemers met een structurele functionele beperking)',
    bwb: 'BWBR0019057',
    url: `${WIA}#Artikel35`,
    validFrom: '2006-01-01',
    toCheck: 'Hoe lid 4 de doelgroep van de gemeente (Pw art. 7) uitsluit.',
  },
  {
    id: 'rib-18',
    law: 'Reïntegratiebesluit',
    article: 'art. 18 (persoonlijke ondersteuning, jobcoach) en art. 12 (interne jobcoach)',
    bwb: 'BWBR0019152',
    url: `${RIB}#Artikel18`,
    validFrom: '2006-01-01',
  },
  {
    id: 'rib-voorzieningen',
    law: 'Reïntegratiebesluit',
    article: 'art. 2, 4, 5, 7 en 15a (goedkoopste adequate voorziening, vervoer, intermediaire activiteit, werkplek)',
    bwb: 'BWBR0019152',
    url: `${RIB}#Artikel2`,
    validFrom: '2006-01-01',
  },
  {
    id: 'uwv-protocol-jobcoach',
    law: 'UWV beleidsregel Protocol Jobcoach',
    article: 'par. 2.3 (eisen aan het contract) en 2.6 (maximale duur); vervallen per 1-10-2019, grenzen alleen nog als voorlichting van UWV',
    bwb: 'BWBR0037573',
    url: 'https://wetten.overheid.nl/BWBR0037573/2016-01-28',
    validFrom: '2016-01-01',
    toCheck: 'Deze versie is per 1-10-2019 vervallen. Wij vonden geen opvolgende openbare beleidsregel; de grenzen (12 uur, 6 maanden, 35%, 3 jaar) staan nog in voorlichting (o.a. rendement.nl 2018, Leidraad Jobcoach NVvA). Daarom leidt een grens nooit tot "waarschijnlijk niet".',
  },
];

export const SOURCES: ReadonlyMap<string, LegalSource> = new Map(LIST.map((source) => [source.id, source]));

export function source(id: string): LegalSource {
  const found = SOURCES.get(id);
  if (!found) throw new Error(`onbekende bron ${id}`);
  return found;
}
