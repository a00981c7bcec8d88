// Demo region Drenthe: gemeente offers in Meppel and Coevorden, and the
// school-to-work desk (Overstappunt). Invented for the demo.

import type { ContentService } from '../types.ts';
import { FREE, GM, PW_ART_7_1, WEEKDAYS, gemeenteArea, regionArea } from './demo-shared.ts';

const TOWN_HALL_HOURS = {
  description: 'maandag tot en met vrijdag 9.00 tot 16.30 uur',
  byday: WEEKDAYS,
  opensAt: '09:00',
  closesAt: '16:30',
};

export const demoServicesGemeenten2: ContentService[] = [
  {
    key: 'demo-meppel-ondersteuning-naar-werk',
    organizationKey: 'demo-gemeente-meppel',
    name: 'Ondersteuning naar werk, ook zonder uitkering (Meppel)',
    summary: 'Het team Werk en Participatie van Meppel helpt je op weg naar werk. Een uitkering is niet nodig.',
    description:
      'Woon je in Meppel en wil je aan het werk? Maar heb je daar hulp bij nodig door je gezondheid of een beperking? Dan kun je terecht bij het team Werk en Participatie. Ook als je geen uitkering hebt.\n\n' +
      'Eerst heb je een gesprek met een consulent. Die vraagt naar je wensen, je ervaring en wat je nodig hebt. Daarna maken jullie samen een plan. Soms is werk meteen de volgende stap. Soms begin je met vrijwilligerswerk of een leerwerkplek, om eerst ritme op te bouwen.\n\n' +
      'Meppel werkt samen met bedrijven uit Regio Zwolle en met organisaties in Drenthe. Zo is er meer keus in werkplekken. Je consulent blijft je vaste aanspreekpunt, ook als andere organisaties je helpen.',
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Het team helpt ook inwoners zonder uitkering. De gemeente is daar volgens de Participatiewet verantwoordelijk voor.',
    eligibility:
      'Inwoners van Meppel van 18 jaar tot de AOW-leeftijd die door ziekte of een beperking hulp nodig hebben bij werk.',
    howToApply:
      'Bel het team Werk en Participatie of vul het contactformulier op de website in. Een consulent neemt contact met je op.',
    whoDecides: 'De gemeente Meppel beslist, samen met jou.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/gemeente-meppel/werk',
    email: 'werk.meppel@example.org',
    phones: [{ number: '0522 000 101' }],
    area: gemeenteArea(GM.meppel),
    locationKeys: ['demo-gemeente-meppel-stadhuis'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    assuredDate: '2026-04-15',
    demo: true,
  },
  {
    key: 'demo-meppel-jongerencoach',
    organizationKey: 'demo-gemeente-meppel',
    name: 'Jongerencoach werk (Meppel)',
    summary:
      'Ben je tussen 16 en 27 jaar en heb je een beperking? Een jongerencoach helpt je verder met school, werk of allebei.',
    description:
      'Ben je jong en zit je thuis, zonder school en zonder werk? Of ben je net van school en weet je niet hoe het verder moet? Dan kan de jongerencoach van de gemeente Meppel je helpen. De coach is er ook als je geen uitkering hebt.\n\n' +
      'De coach spreekt met je af waar jij je prettig voelt. Dat kan op het stadhuis, maar ook in een café of bij je thuis. Samen kijk je wat je wilt: weer naar school, een stage, of meteen werken. De coach helpt met praktische dingen, zoals je cv, een gesprek met een werkgever of het aanvragen van een jobcoach.\n\n' +
      'Heb je op het praktijkonderwijs of het speciaal onderwijs gezeten? Dan kan de coach ook contact opnemen met je oude school. Zo hoef je niet alles opnieuw uit te leggen.',
    helpKinds: ['school-naar-werk', 'werk-vinden', 'scholing'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'De jongerencoach helpt alle jongeren uit Meppel. Een uitkering is niet nodig.',
    eligibility: 'Jongeren van 16 tot 27 jaar die in Meppel wonen.',
    howToApply: 'Stuur een appje of bel de jongerencoach. Je ouders, je school of een hulpverlener mogen je ook aanmelden, als jij dat goed vindt.',
    whoDecides: 'Jij en de jongerencoach samen.',
    url: 'https://example.org/demo/gemeente-meppel/jongerencoach',
    email: 'jongerencoach.meppel@example.org',
    phones: [{ number: '0522 000 102', description: 'Ook bereikbaar via WhatsApp' }],
    area: gemeenteArea(GM.meppel),
    locationKeys: ['demo-gemeente-meppel-stadhuis'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    assuredDate: '2026-07-07',
    demo: true,
  },
  {
    key: 'demo-coevorden-werkloket',
    organizationKey: 'demo-gemeente-coevorden',
    name: 'Werkloket Coevorden: hulp naar werk',
    summary:
      'Bij het Werkloket van de gemeente Coevorden krijg je hulp bij het vinden van werk. Je hebt geen uitkering nodig.',
    description:
      'Het Werkloket is de plek in Coevorden voor al je vragen over werk. Je kunt er zonder afspraak binnenlopen op maandag en donderdag. Wil je liever een afspraak op een rustig moment? Dat kan ook.\n\n' +
      'Een medewerker bekijkt samen met jou wat je nodig hebt. Soms is dat alleen uitleg. Soms maak je samen een plan voor de weg naar werk, met hulp van een werkcoach. Het Werkloket werkt samen met Werkpunt Drenthe, Werkbedrijf Veenkracht en werkgevers in de gemeente.\n\n' +
      'Woon je in een dorp en is reizen lastig? Dan kan de werkcoach ook bij je thuis of in het dorpshuis met je afspreken.',
    helpKinds: ['re-integratie-traject', 'informatie-en-advies', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Het Werkloket helpt alle inwoners van Coevorden die werk zoeken, ook zonder uitkering.',
    eligibility: 'Inwoners van de gemeente Coevorden die werk zoeken en daarbij hulp nodig hebben.',
    howToApply: 'Loop binnen op maandag- of donderdagochtend, of bel voor een afspraak.',
    whoDecides: 'De gemeente Coevorden beslist, samen met jou.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/gemeente-coevorden/werkloket',
    email: 'werkloket.coevorden@example.org',
    phones: [{ number: '0524 000 101' }],
    area: gemeenteArea(GM.coevorden),
    locationKeys: ['demo-gemeente-coevorden-werkloket'],
    schedules: [
      { description: 'Inloop op maandag en donderdag van 9.00 tot 12.00 uur', byday: 'MO,TH', opensAt: '09:00', closesAt: '12:00' },
      { description: 'Op afspraak: maandag tot en met vrijdag 9.00 tot 16.30 uur', byday: WEEKDAYS, opensAt: '09:00', closesAt: '16:30' },
    ],
    cost: FREE,
    assuredDate: '2024-06-18',
    demo: true,
  },
  {
    key: 'demo-coevorden-werkervaringsplaats',
    organizationKey: 'demo-gemeente-coevorden',
    name: 'Werkervaringsplaats met behoud van uitkering (Coevorden)',
    summary:
      'Doe werkervaring op bij een bedrijf of organisatie in Coevorden, terwijl je je bijstandsuitkering houdt.',
    description:
      'Een werkervaringsplaats is een plek waar je een tijdje meewerkt om ervaring op te doen. Je werkt een paar dagdelen per week bij een bedrijf of organisatie in de gemeente Coevorden. Je leert het werkritme kennen en je bouwt een netwerk op.\n\n' +
      'Tijdens de werkervaringsplaats houd je je bijstandsuitkering. Je krijgt er geen loon bij. Een begeleider van de gemeente komt regelmatig langs om te kijken hoe het gaat. Een werkervaringsplaats duurt meestal zes maanden.\n\n' +
      'Heb je geen uitkering? Dan kun je deze plek niet krijgen. Er zijn wel andere mogelijkheden, zoals een proefplaats, vrijwilligerswerk of een leerwerkplek. Vraag het Werkloket om uitleg.',
    helpKinds: ['passend-werk-ontdekken', 'scholing'],
    limitations: [],
    openWithoutBenefit: 'nee',
    openWithoutBenefitExplanation:
      'Deze plek is alleen voor mensen met een bijstandsuitkering, want je houdt je uitkering tijdens het werk. Zonder uitkering kun je bij het Werkloket vragen naar een proefplaats of een leerwerkplek.',
    eligibility: 'Inwoners van Coevorden met een bijstandsuitkering die werkervaring willen opdoen.',
    howToApply: 'Vraag je consulent bij het Werkloket naar een werkervaringsplaats.',
    whoDecides: 'De gemeente Coevorden beslist.',
    url: 'https://example.org/demo/gemeente-coevorden/werkervaringsplaats',
    email: 'werkloket.coevorden@example.org',
    phones: [{ number: '0524 000 101' }],
    area: gemeenteArea(GM.coevorden),
    locationKeys: ['demo-gemeente-coevorden-werkloket'],
    cost: FREE,
    assuredDate: '2026-02-26',
    demo: true,
  },
  {
    key: 'demo-overstappunt-school-naar-werk',
    organizationKey: 'demo-overstappunt-school-werk',
    name: 'Van school naar werk voor leerlingen van pro en vso',
    summary:
      'Zit je op het praktijkonderwijs of het voortgezet speciaal onderwijs? Het Overstappunt helpt je bij de stap naar werk.',
    description:
      'De overstap van school naar werk is groot. Op school heb je vaste begeleiding. Op je werk moet je veel meer zelf doen. Het Overstappunt helpt leerlingen van het praktijkonderwijs (pro) en het voortgezet speciaal onderwijs (vso) bij die stap.\n\n' +
      'In je laatste schooljaar maak je samen met je mentor en een medewerker van het Overstappunt een plan. Wat voor werk past bij je? Heb je een jobcoach nodig? Is het doelgroepregister iets voor jou? Het Overstappunt regelt dat op tijd, zodat je na school niet thuis komt te zitten.\n\n' +
      'Na school blijft het Overstappunt nog twee jaar je vaste aanspreekpunt. Gaat het mis op je werk? Of stopt je contract? Dan kun je altijd terugkomen.',
    helpKinds: ['school-naar-werk', 'jobcoaching', 'inschrijven-registreren'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Jongeren van pro en vso hebben meestal geen uitkering. Dat is ook niet nodig voor deze hulp.',
    eligibility:
      'Leerlingen in hun laatste schooljaar van een pro- of vso-school in de regio, en oud-leerlingen tot twee jaar na school.',
    howToApply: 'Je mentor meldt je aan. Ben je al van school? Bel of mail dan zelf het Overstappunt.',
    whoDecides: 'Jij, je school en het Overstappunt samen. Over het doelgroepregister beslist UWV.',
    url: 'https://example.org/demo/overstappunt/school-naar-werk',
    email: 'overstappunt@example.org',
    phones: [{ number: '0528 000 301' }],
    area: regionArea(),
    locationKeys: ['demo-overstappunt-hoogeveen', 'demo-overstappunt-emmen'],
    schedules: [
      { description: 'maandag tot en met donderdag 8.30 tot 16.30 uur', byday: 'MO,TU,WE,TH', opensAt: '08:30', closesAt: '16:30' },
    ],
    cost: FREE,
    assuredDate: '2025-09-02',
    demo: true,
  },
  {
    key: 'demo-overstappunt-terugkomloket',
    organizationKey: 'demo-overstappunt-school-werk',
    name: 'Terugkomloket voor oud-leerlingen tot 27 jaar',
    summary:
      'Heb je op het pro of vso gezeten en loopt het vast met werk? Bij het Terugkomloket krijg je weer hulp, ook jaren na school.',
    description:
      'Na school heb je misschien een tijd gewerkt, met hulp van school of een jobcoach. Maar die hulp stopt een keer. Daarna gaat het soms mis. Je contract wordt niet verlengd, of je valt uit. Het Terugkomloket is er voor jongeren die dan weer hulp willen.\n\n' +
      'Je praat met een vaste begeleider. Samen kijk je wat er misging en wat je nodig hebt om je volgende baan te houden. Bijvoorbeeld duidelijke afspraken met je baas, een jobcoach die langer blijft, of hulp bij plannen. Je begeleider zoekt ook met je mee naar nieuw werk dat bij je past.\n\n' +
      'Je hoeft niet alles zelf op te lossen. Hulp vragen betekent niet dat je het niet kunt. Het is juist slim.',
    helpKinds: ['school-naar-werk', 'werk-houden', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Je hebt geen uitkering nodig. Het loket is er voor alle oud-leerlingen van pro en vso.',
    eligibility: 'Jongeren tot 27 jaar die op een pro- of vso-school in Drenthe hebben gezeten.',
    howToApply: 'Bel, mail of app het Overstappunt. Je krijgt binnen een week een afspraak.',
    whoDecides: 'Jij en je begeleider samen.',
    url: 'https://example.org/demo/overstappunt/terugkomloket',
    email: 'overstappunt@example.org',
    phones: [{ number: '0528 000 302', description: 'Terugkomloket, ook via WhatsApp' }],
    area: regionArea(),
    locationKeys: ['demo-overstappunt-hoogeveen', 'demo-overstappunt-emmen'],
    schedules: [
      { description: 'maandag tot en met donderdag 8.30 tot 16.30 uur', byday: 'MO,TU,WE,TH', opensAt: '08:30', closesAt: '16:30' },
    ],
    cost: FREE,
    waitTime: 'binnen een week een eerste afspraak',
    assuredDate: '2026-10-01',
    demo: true,
  },
];
