// Shared building blocks for the demo region (Drenthe). Every organisation
// and offer in the demo-*.ts files is invented; addresses, phone numbers,
// e-mail addresses and websites are fake on purpose.
//
// Note on the area: arbeidsmarktregio Drenthe (CBS 2025) holds only 6 of the
// 12 Drentse gemeenten. Assen, Aa en Hunze, Noordenveld and Tynaarlo belong
// to regio Groningen, Meppel and Westerveld to Regio Zwolle. Offers of the
// regional werkcentrum therefore use the arbeidsmarktregio scope, and offers
// that serve the whole province list the 12 gemeenten one by one.

import { arbeidsmarktregios } from '../reference/index.ts';
import type { ContentService, LegalSource } from '../types.ts';

export const DEMO_REGION_NAME = 'Drenthe';

function regionCodeByName(name: string): string {
  const regio = arbeidsmarktregios.find((r) => r.name === name);
  if (!regio) {
    throw new Error(`Arbeidsmarktregio '${name}' not found in the reference data`);
  }
  return regio.code;
}

/** CBS code of arbeidsmarktregio Drenthe, looked up in the reference data. */
export const DEMO_REGION_CODE: string = regionCodeByName(DEMO_REGION_NAME);

/** CBS codes of the 12 gemeenten in the province of Drenthe. */
export const GM = {
  aaEnHunze: 'GM1680',
  assen: 'GM0106',
  borgerOdoorn: 'GM1681',
  coevorden: 'GM0109',
  deWolden: 'GM1690',
  emmen: 'GM0114',
  hoogeveen: 'GM0118',
  meppel: 'GM0119',
  middenDrenthe: 'GM1731',
  noordenveld: 'GM1699',
  tynaarlo: 'GM1730',
  westerveld: 'GM1701',
} as const;

export const DRENTHE_GEMEENTEN: string[] = Object.values(GM);

type Area = ContentService['area'];

/** The whole arbeidsmarktregio Drenthe. */
export function regionArea(): Area {
  return { scope: 'arbeidsmarktregio', codes: [DEMO_REGION_CODE] };
}

/** Every gemeente in the province of Drenthe (wider than the arbeidsmarktregio). */
export function provinceArea(): Area {
  return { scope: 'gemeente', codes: [...DRENTHE_GEMEENTEN] };
}

/** One or more gemeenten. */
export function gemeenteArea(...codes: string[]): Area {
  return { scope: 'gemeente', codes };
}

export const WEEKDAYS = 'MO,TU,WE,TH,FR';
export const PROVINCE = 'Drenthe';
export const FREE = { description: 'Gratis' } as const;

export const PW_ART_7_1: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 7 lid 1',
  url: 'https://wetten.overheid.nl/BWBR0015703',
  validFrom: '2015-01-01',
};

export const PW_BESCHUT_WERK: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 10b lid 1',
  url: 'https://wetten.overheid.nl/BWBR0015703',
  validFrom: '2015-01-01',
};

export const PW_LOONKOSTENSUBSIDIE: LegalSource = {
  law: 'Participatiewet',
  article: 'art. 10d lid 1',
  url: 'https://wetten.overheid.nl/BWBR0015703',
  validFrom: '2015-01-01',
};

export const WMO_CLIENTONDERSTEUNING: LegalSource = {
  law: 'Wet maatschappelijke ondersteuning 2015',
  article: 'art. 2.2.4 lid 1',
  url: 'https://wetten.overheid.nl/BWBR0035362',
  validFrom: '2015-01-01',
};

export const WGS_SCHULDHULP: LegalSource = {
  law: 'Wet gemeentelijke schuldhulpverlening',
  article: 'art. 2 lid 1',
  url: 'https://wetten.overheid.nl/BWBR0031760',
  validFrom: '2012-07-01',
};
