// The national part of the Wegwijzer catalogue: offers that hold in every
// gemeente. It combines the national-*.ts files and maps every instrument of
// the werkkaart (WK-2, "Wetgeving en beschikbare instrumenten en
// voorzieningen") to the services that describe it.

import type { ContentOrganization, ContentService } from '../types.ts';
import { dgrServices } from './national-dgr.ts';
import { gemeenteWorkServices } from './national-gemeente.ts';
import { gemeenteOtherServices } from './national-gemeente-2.ts';
import { nationalOrganizations as orgs } from './national-orgs.ts';
import { otherServices } from './national-other.ts';
import { patientServicesA } from './national-patient.ts';
import { patientServicesB } from './national-patient-2.ts';
import { uwvServices } from './national-uwv.ts';

export const nationalOrganizations: ContentOrganization[] = orgs;

export const nationalServices: ContentService[] = [
  ...gemeenteWorkServices,
  ...gemeenteOtherServices,
  ...uwvServices,
  ...dgrServices,
  ...otherServices,
  ...patientServicesA,
  ...patientServicesB,
];

/**
 * Werkkaart instrument id → service keys.
 * A: Participatiewet instruments of the gemeente (in principle for everyone
 *    under the Pw, with or without a benefit).
 * B: the doelgroepregister and the employer benefits linked to it.
 * C: UWV (no formal role for people without a benefit).
 * D: other support, depending on local policy or partnerships.
 */
export const werkkaartInstrumentMap: Record<string, string[]> = {
  A1: ['loonkostensubsidie'],
  A2: ['jobcoaching-gemeente'],
  A3: ['re-integratie-gemeente'],
  A4: ['proefplaatsing'],
  A5: ['werkvoorzieningen-gemeente'],
  A6: ['premiekorting-mobiliteitsbonus', 'loonkostenvoordeel'],
  B0: ['doelgroepregister-uwv', 'doelgroepregister-praktijkroute'],
  B1: ['loonkostenvoordeel'],
  B2: ['loonkostensubsidie'],
  B3: ['no-riskpolis'],
  B4: ['banenafspraak'],
  C1: ['werk-nl', 'inschrijven-werkzoekende'],
  C2: ['werkvoorzieningen-uwv', 'jobcoaching-uwv'],
  D1: ['jobcoaching-overig'],
  D2: ['groeibanen'],
  D3: ['regionale-projecten'],
  D4: ['werkcentrum'],
  D5: ['vrijwilligerswerk'],
  D6: [
    'belangen-en-patientenorganisaties',
    'iederin-informatie',
    'mind-informatie',
    'autisme-nva',
    'hersenletsel-lotgenoten',
    'ms-vereniging-werk',
    'oogvereniging-advies',
    'hoormij-advies',
    'impuls-woortblind-informatie',
    'c-support-long-covid',
  ],
  D7: ['sociale-ondernemingen'],
  D8: ['zorg-en-welzijn', 'ips-ggz'],
  D9: ['re-integratiebedrijven'],
};

/** The werkkaart ids in table order. */
export const werkkaartInstrumentIds: string[] = Object.keys(werkkaartInstrumentMap);

/** Every service key that describes a werkkaart instrument (unique, in map order). */
export const instrumentServiceKeys: string[] = [...new Set(Object.values(werkkaartInstrumentMap).flat())];
