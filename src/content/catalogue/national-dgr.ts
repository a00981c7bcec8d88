// Employer benefits linked to the doelgroepregister (werkkaart B1, B3, B4)
// and the old premiekorting / mobiliteitsbonus (A6), which the
// loonkostenvoordeel replaced on 1 January 2018. Loonkostensubsidie (B2) is
// the gemeente offer in national-gemeente.ts.

import type { ContentService } from '../types.ts';
import { ASSURED, WTL_LKV, ZW_ART_29B_NO_RISK, paragraphs } from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;

export const dgrServices: ContentService[] = [
  {
    key: 'loonkostenvoordeel',
    organizationKey: 'uwv',
    name: 'Loonkostenvoordeel (LKV) voor je werkgever',
    summary:
      'Sta je in het doelgroepregister? Dan kan je werkgever een loonkostenvoordeel krijgen als hij je aanneemt. Dat is een bedrag per betaald uur.',
    description: paragraphs(
      `Het loonkostenvoordeel (LKV) is geld voor een werkgever die iemand aanneemt met minder kansen op werk.
       Eén van de groepen is: mensen in het doelgroepregister. Voor hen krijgt de werkgever € 1,01 per verloond uur, tot hoogstens € 2.000 per jaar.
       Dat kan voor hoogstens drie jaar.`,
      `Je werkgever heeft hiervoor een doelgroepverklaring nodig. Die vraag je aan bij UWV. Je werkgever kan dat ook doen, met jouw toestemming.
       Dat moet binnen 3 maanden nadat je bent begonnen. Is die termijn voorbij? Dan kan je werkgever het voordeel niet meer krijgen.`,
      `Het loonkostenvoordeel is voor je werkgever, niet voor jou. Toch is het goed om te weten.
       Het kan helpen in een gesprek met een werkgever die twijfelt of hij je aanneemt.`,
    ),
    helpKinds: ['werkgever-regelingen', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Het gaat erom of je in het doelgroepregister staat, niet of je een uitkering hebt.',
    eligibility:
      'Je staat in het doelgroepregister en je begint bij een nieuwe werkgever. Er is een doelgroepverklaring aangevraagd binnen 3 maanden na je eerste werkdag.',
    howToApply:
      'Vraag binnen 3 maanden na je eerste werkdag een doelgroepverklaring aan bij UWV, of laat je werkgever dat doen met jouw toestemming. ' +
      'Daarna vraagt je werkgever het voordeel aan via de loonaangifte.',
    whoDecides:
      'UWV geeft de doelgroepverklaring en berekent het voordeel. De Belastingdienst betaalt het uit aan je werkgever.',
    legalBasis: [WTL_LKV],
    url: 'https://www.uwv.nl',
    area: NATIONAL,
    cost: { description: 'Gratis; het voordeel gaat naar je werkgever' },
    assuredDate: ASSURED,
  },
  {
    key: 'no-riskpolis',
    organizationKey: 'uwv',
    name: 'No-riskpolis: zekerheid voor je werkgever als je ziek wordt',
    summary:
      'Word je ziek, dan krijgt je werkgever van UWV een uitkering als vergoeding voor je loon. Zo loopt een werkgever minder risico als hij je aanneemt.',
    description: paragraphs(
      `Een werkgever moet je loon doorbetalen als je ziek bent. Daar zijn werkgevers soms bang voor als iemand een beperking heeft.
       De no-riskpolis neemt die zorg weg. Word je ziek, dan krijgt je werkgever van UWV een Ziektewet-uitkering.
       Die is een vergoeding voor het loon dat hij jou doorbetaalt.`,
      `De no-riskpolis geldt onder meer als je in het doelgroepregister staat. Hij geldt ook als je beschut werk doet, of werkt met loonkostensubsidie van de gemeente.
       Daarnaast zijn er regels voor bijvoorbeeld mensen met een Wajong-uitkering of een WIA-beoordeling.`,
      `Jij hoeft hier niets voor aan te vragen. Word je ziek, dan meldt je werkgever dat bij UWV.
       Vertel werkgevers gerust over deze regeling. Veel werkgevers kennen haar niet goed.`,
    ),
    helpKinds: ['werkgever-regelingen', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De no-riskpolis hangt af van het register, beschut werk of loonkostensubsidie, niet van een uitkering.',
    eligibility:
      'Je staat in het doelgroepregister, je doet beschut werk of je werkt met loonkostensubsidie. Ook voor enkele andere groepen gelden regels.',
    howToApply: 'Je hoeft niets aan te vragen. Word je ziek? Dan meldt je werkgever dat bij UWV en vraagt hij de uitkering aan.',
    whoDecides: 'UWV beslist of je werkgever de uitkering krijgt.',
    legalBasis: [ZW_ART_29B_NO_RISK],
    url: 'https://www.uwv.nl',
    area: NATIONAL,
    cost: { description: 'Gratis; de vergoeding gaat naar je werkgever' },
    assuredDate: ASSURED,
  },
  {
    key: 'banenafspraak',
    organizationKey: 'uwv',
    name: 'Banenafspraak: je telt mee voor je werkgever',
    summary:
      'Overheid en werkgevers hebben afgesproken extra banen te maken voor mensen met een arbeidsbeperking. Sta je in het doelgroepregister, dan tel je mee.',
    description: paragraphs(
      `In 2013 hebben het kabinet en de werkgevers afgesproken om extra banen te maken voor mensen met een arbeidsbeperking.
       Dat heet de banenafspraak. Het doel is 125.000 extra banen: 100.000 bij bedrijven en 25.000 bij de overheid.`,
      `Werk je bij een werkgever en sta je in het doelgroepregister? Dan telt je baan mee voor de banenafspraak.
       Ongeveer 25 uur werk per week telt als één baan. UWV houdt het register bij en telt de banen.`,
      `Werkgevers willen graag laten zien dat ze meedoen. Daarom zoeken sommige werkgevers gericht naar mensen uit het register.
       Banen voor de banenafspraak zijn wel vaak eenvoudig werk. Let erop dat het werk past bij wat jij kunt en wilt.`,
    ),
    helpKinds: ['werkgever-regelingen', 'open-werkgever', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Meetellen hangt af van een plek in het doelgroepregister, niet van een uitkering.',
    eligibility: 'Je staat in het doelgroepregister en je werkt in loondienst, of via een uitzendbureau of detachering.',
    howToApply:
      'Je hoeft niets apart aan te vragen. Zorg dat je in het doelgroepregister staat, via UWV of via de praktijkroute van je gemeente.',
    whoDecides: 'UWV stelt vast wie in het doelgroepregister staat en telt de banen.',
    url: 'https://www.uwv.nl',
    area: NATIONAL,
    cost: { description: 'Gratis' },
    assuredDate: ASSURED,
  },
  {
    key: 'premiekorting-mobiliteitsbonus',
    organizationKey: 'uwv',
    name: 'Premiekorting en mobiliteitsbonus: vervangen door het loonkostenvoordeel',
    summary:
      'Vroeger kreeg een werkgever een premiekorting of mobiliteitsbonus als hij iemand met een arbeidsbeperking aannam. Sinds 2018 is het loonkostenvoordeel de regeling.',
    description: paragraphs(
      `De werkkaart voor professionals noemt de premiekorting en de mobiliteitsbonus. Dat waren kortingen op de premies die een werkgever betaalt.
       Een werkgever kreeg zo’n korting als hij iemand aannam met een arbeidsbeperking of met weinig kansen op werk.`,
      `Sinds 1 januari 2018 is het loonkostenvoordeel (LKV) de regeling. Dat staat in de Wet tegemoetkomingen loondomein.
       Zie je de oude namen nog in een folder of op een website? Dan is die informatie verouderd.`,
      `Wil je een werkgever wijzen op geld of zekerheid die hij kan krijgen? Kijk dan bij het loonkostenvoordeel, de loonkostensubsidie en de no-riskpolis.`,
    ),
    helpKinds: ['werkgever-regelingen'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'De oude regeling bestaat niet meer. De opvolger, het loonkostenvoordeel, hangt niet af van een uitkering.',
    eligibility: 'Nieuwe aanvragen zijn niet meer mogelijk. Voor de regels van nu: zie het loonkostenvoordeel.',
    howToApply:
      'Niet meer aan te vragen. Een werkgever vraagt nu het loonkostenvoordeel aan via de loonaangifte, met een doelgroepverklaring van UWV.',
    whoDecides: 'Voor het loonkostenvoordeel: UWV en de Belastingdienst.',
    legalBasis: [WTL_LKV],
    url: 'https://www.uwv.nl',
    area: NATIONAL,
    assuredDate: ASSURED,
  },
];
