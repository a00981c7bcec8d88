// Shared building blocks for the national catalogue (national-*.ts): legal
// sources, common dates and a helper to write descriptions in paragraphs.
//
// Legal sources name the law, the article and the date from which the rule
// holds. Links go to the law on wetten.overheid.nl (without anchors, so they
// always open the version that is in force today).

import type { ContentCost, LegalSource } from '../types.ts';

/** The date on which the national offers were last checked. */
export const ASSURED = '2026-09-15';
/** An older check date: these offers show as "possibly outdated". */
export const ASSURED_OLD = '2024-06-01';

export const FREE: ContentCost = { description: 'Gratis' };

/** Joins paragraphs with a blank line, as the description field expects. */
export function paragraphs(...parts: string[]): string {
  return parts.map((part) => part.trim().replace(/\s+/g, ' ')).join('\n\n');
}

const PW_URL = 'https://wetten.overheid.nl/BWBR0015703';

/** Pw art. 7 lid 1: the gemeente supports people toward work, also people without a benefit. */
export const PW_ART_7_1: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 7 lid 1',
  url: PW_URL,
  validFrom: '2015-01-01',
};

/**
 * Pw art. 8a: the re-integratieverordening. Since the Wet breed offensief
 * (1 July 2023) it must describe the support offer and how to apply for it.
 */
export const PW_ART_8A_BREED_OFFENSIEF: LegalSource = {
  law: 'Participatiewet (na de Wet breed offensief)',
  article: 'art. 8a',
  url: PW_URL,
  validFrom: '2023-07-01',
};

/** Pw art. 10: voorzieningen gericht op arbeidsinschakeling (incl. persoonlijke ondersteuning). */
export const PW_ART_10: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 10',
  url: PW_URL,
  validFrom: '2015-01-01',
};

/** Pw art. 10b: beschut werk. The duty to offer a place after a positive advice holds since 2017. */
export const PW_ART_10B_BESCHUT_WERK: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 10b',
  url: PW_URL,
  validFrom: '2017-01-01',
};

/** Pw art. 10d: loonkostensubsidie to the employer. */
export const PW_ART_10D_LKS: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 10d',
  url: PW_URL,
  validFrom: '2015-01-01',
};

/** Pw art. 11: the right to bijstand (means-tested). */
export const PW_ART_11_BIJSTAND: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 11',
  url: PW_URL,
  validFrom: '2015-01-01',
};

/** Wtl: loonkostenvoordelen (LKV) since 1 January 2018, replacing the premiekortingen. */
export const WTL_LKV: LegalSource = {
  law: 'Wet tegemoetkomingen loondomein',
  article: 'art. 2.1',
  url: 'https://wetten.overheid.nl/BWBR0037522',
  validFrom: '2018-01-01',
};

/** Ziektewet art. 29b: the no-riskpolis (ziekengeld to the employer). */
export const ZW_ART_29B_NO_RISK: LegalSource = {
  law: 'Ziektewet',
  article: 'art. 29b',
  url: 'https://wetten.overheid.nl/BWBR0001888',
  validFrom: '2015-01-01',
};

/** Wet SUWI art. 30b: UWV registers job seekers. */
export const SUWI_ART_30B_REGISTRATIE: LegalSource = {
  law: 'Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
  article: 'art. 30b',
  url: 'https://wetten.overheid.nl/BWBR0013060',
  validFrom: '2009-01-01',
};

/** Wet WIA art. 35: UWV voorzieningen for people with a structurele functionele beperking. */
export const WIA_ART_35_VOORZIENINGEN: LegalSource = {
  law: 'Wet werk en inkomen naar arbeidsvermogen (Wet WIA)',
  article: 'art. 35',
  url: 'https://wetten.overheid.nl/BWBR0019057',
  validFrom: '2005-12-29',
};

/** Wmo 2015 art. 2.2.4: the gemeente provides free cliëntondersteuning. */
export const WMO_ART_2_2_4_CLIENTONDERSTEUNING: LegalSource = {
  law: 'Wet maatschappelijke ondersteuning 2015',
  article: 'art. 2.2.4 lid 1',
  url: 'https://wetten.overheid.nl/BWBR0035362',
  validFrom: '2015-01-01',
};
