// Demo region Drenthe: offers from care (GGZ Esdorp, Ergotherapie Balans in
// Werk) and from the leerwerkbedrijf Samen aan de Slag Emmen. Invented for
// the demo.

import type { ContentService } from '../types.ts';
import { FREE, GM, WEEKDAYS, gemeenteArea, provinceArea } from './demo-shared.ts';

const ERGO_AREA = gemeenteArea(GM.meppel, GM.deWolden, GM.westerveld);
const ERGO_COST = {
  description: 'Vergoed uit de basisverzekering, tot 10 uur per jaar. Dit gaat wel van je eigen risico af.',
};

export const demoServicesZorg: ContentService[] = [
  {
    key: 'demo-ggz-esdorp-ips',
    organizationKey: 'demo-ggz-esdorp',
    name: 'IPS: werk vinden en houden tijdens je behandeling',
    summary:
      'Ben je in behandeling bij GGZ Esdorp en wil je werken? Een IPS-trajectbegeleider helpt je aan betaald werk en blijft je steunen.',
    description:
      'IPS betekent Individuele Plaatsing en Steun. Het idee is simpel: werk helpt bij herstel. Je hoeft dus niet eerst helemaal beter te zijn. Wil je werken? Dan kun je beginnen met zoeken, ook tijdens je behandeling.\n\n' +
      'Je krijgt een vaste trajectbegeleider. Die werkt samen met je behandelaar. Samen zoek je naar betaald werk dat past bij jouw wensen. De trajectbegeleider gaat ook zelf op pad naar werkgevers. Heb je een baan gevonden? Dan blijft de begeleider je steunen, zo lang als dat nodig is.\n\n' +
      'Jij bepaalt wat je over je klachten vertelt aan je werkgever. De trajectbegeleider helpt je om daarin een keuze te maken.',
    helpKinds: ['werk-vinden', 'werk-houden', 'jobcoaching'],
    limitations: ['psychisch'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Je hebt geen uitkering nodig. Wel moet je in behandeling zijn bij GGZ Esdorp.',
    eligibility: 'Cliënten van GGZ Esdorp vanaf 18 jaar met psychische klachten, die betaald werk willen.',
    howToApply: 'Vertel je behandelaar dat je wilt werken. Je behandelaar meldt je aan bij het IPS-team.',
    whoDecides: 'Jij en je IPS-trajectbegeleider samen. Je behandelaar meldt je aan.',
    url: 'https://example.org/demo/ggz-esdorp/ips',
    email: 'ggz-esdorp@example.org',
    phones: [{ number: '0592 000 801' }],
    area: provinceArea(),
    locationKeys: ['demo-ggz-esdorp-assen', 'demo-ggz-esdorp-emmen'],
    schedules: [
      { description: 'maandag tot en met vrijdag 9.00 tot 17.00 uur', byday: WEEKDAYS, opensAt: '09:00', closesAt: '17:00' },
    ],
    cost: FREE,
    waitTime: 'ongeveer 3 weken',
    assuredDate: '2026-04-28',
    demo: true,
  },
  {
    key: 'demo-ggz-esdorp-herstel-en-werk',
    organizationKey: 'demo-ggz-esdorp',
    name: 'Cursus Herstel en werk',
    summary:
      'Een cursus van tien weken over herstel, je energie en de weg terug naar werk. Gegeven door ervaringsdeskundigen.',
    description:
      'Heb je psychische klachten en vraag je je af of werken weer kan? In deze cursus praat je daarover met anderen die hetzelfde meemaken. De cursus wordt gegeven door ervaringsdeskundigen. Zij weten hoe het is, omdat ze het zelf hebben meegemaakt.\n\n' +
      'Elke week staat er een thema centraal. Bijvoorbeeld: wat geeft mij energie? Hoe ga ik om met spanning? Wat vertel ik over mijn klachten? Je krijgt oefeningen mee voor thuis. Je hoeft niets te delen wat je niet wilt.\n\n' +
      'Je hoeft niet in behandeling te zijn om mee te doen. Iedereen uit Drenthe is welkom.',
    helpKinds: ['gezondheid-en-energie', 'lotgenoten', 'passend-werk-ontdekken'],
    limitations: ['psychisch'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'De cursus is open voor iedereen, met of zonder uitkering en met of zonder behandeling.',
    eligibility: 'Iedereen vanaf 18 jaar in Drenthe met psychische klachten die wil nadenken over werk.',
    howToApply: 'Meld je aan via de website of bel GGZ Esdorp. Je hebt geen verwijzing nodig.',
    whoDecides: 'Je hoeft niets aan te vragen. Aanmelden is genoeg.',
    url: 'https://example.org/demo/ggz-esdorp/herstel-en-werk',
    email: 'ggz-esdorp@example.org',
    phones: [{ number: '0592 000 801' }],
    area: provinceArea(),
    locationKeys: ['demo-ggz-esdorp-assen', 'demo-ggz-esdorp-emmen'],
    schedules: [
      { description: 'Tien weken lang, elke maandag van 13.30 tot 15.30 uur', byday: 'MO', opensAt: '13:30', closesAt: '15:30' },
    ],
    cost: FREE,
    assuredDate: '2026-01-27',
    demo: true,
  },
  {
    key: 'demo-balans-in-werk-energie',
    organizationKey: 'demo-balans-in-werk-ergotherapie',
    name: 'Ergotherapie: energie verdelen en werken',
    summary:
      'Een ergotherapeut helpt je om je energie slim te verdelen, zodat werken beter lukt. Ook bij je thuis of op je werk.',
    description:
      'Ben je snel moe door een ziekte, zoals MS, long covid, NAH of reuma? Dan is het lastig om een werkdag vol te houden. Een ergotherapeut helpt je om je energie beter te verdelen over de dag en de week.\n\n' +
      'Je houdt eerst een week bij wat je doet en hoe moe je bent. Daarna maak je samen met de ergotherapeut een plan. Je leert pauzes nemen voordat je energie op is. Je kijkt welke taken je anders kunt doen, zodat ze minder energie kosten. Heb je werk? Dan kan de ergotherapeut ook op je werkplek komen kijken.\n\n' +
      'Ergotherapie zit in de basisverzekering, tot tien uur per jaar. Je hebt geen verwijzing van de huisarts nodig. Let op: de behandeling gaat wel van je eigen risico af.',
    helpKinds: ['gezondheid-en-energie', 'werkplekaanpassing', 'werk-houden'],
    limitations: ['energie-vermoeidheid', 'chronische-ziekte', 'nah', 'lichamelijk'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ergotherapie is zorg. Je hebt er geen uitkering voor nodig.',
    eligibility: 'Iedereen met een ziekte of beperking die snel moe is, en in Meppel, De Wolden of Westerveld woont.',
    howToApply: 'Bel of mail de praktijk voor een eerste afspraak. Neem je zorgpas mee.',
    whoDecides: 'Jij en de ergotherapeut samen. Je zorgverzekeraar betaalt.',
    url: 'https://example.org/demo/balans-in-werk/energie',
    email: 'balansinwerk@example.org',
    phones: [{ number: '0522 000 151' }],
    area: ERGO_AREA,
    locationKeys: ['demo-balans-in-werk-meppel'],
    schedules: [
      { description: 'maandag tot en met vrijdag 8.30 tot 17.30 uur', byday: WEEKDAYS, opensAt: '08:30', closesAt: '17:30' },
    ],
    cost: ERGO_COST,
    waitTime: 'ongeveer 2 weken',
    assuredDate: '2026-08-19',
    demo: true,
  },
  {
    key: 'demo-balans-in-werk-werkplekadvies',
    organizationKey: 'demo-balans-in-werk-ergotherapie',
    name: 'Advies over hulpmiddelen en je werkplek',
    summary:
      'Een ergotherapeut kijkt op je werkplek wat je helpt om je werk goed te doen. Bijvoorbeeld een andere stoel, software of een rustige plek.',
    description:
      'Soms kun je je werk best goed doen, als je werkplek maar past. Een ergotherapeut komt kijken hoe je werkt. Wat kost je moeite? Waar loop je tegenaan? Daarna krijg je advies over aanpassingen en hulpmiddelen.\n\n' +
      'Denk aan een goede stoel of een bureau dat op en neer kan. Aan software die tekst voorleest of groter maakt, als je slecht ziet. Of aan een rustige plek en een koptelefoon, als je snel last hebt van geluid en drukte. Je krijgt een kort verslag. Dat kun je gebruiken als je een voorziening aanvraagt bij UWV of de gemeente.\n\n' +
      'Heb je nog geen werk? Dan kun je ook advies krijgen voor een proefplaats of een stage.',
    helpKinds: ['werkplekaanpassing', 'werk-houden'],
    limitations: ['lichamelijk', 'zintuiglijk-zien', 'zintuiglijk-horen', 'autisme', 'nah'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Het advies is zorg uit de basisverzekering. Een uitkering is niet nodig.',
    eligibility: 'Mensen met een beperking die werken of gaan werken, en in Meppel, De Wolden of Westerveld wonen.',
    howToApply: 'Bel of mail de praktijk. Vertel waar je werkt en wat je lastig vindt.',
    whoDecides:
      'De ergotherapeut geeft advies. Vraag je een voorziening aan? Dan beslist UWV of de gemeente daarover.',
    url: 'https://example.org/demo/balans-in-werk/werkplek',
    email: 'balansinwerk@example.org',
    phones: [{ number: '0522 000 151' }],
    area: ERGO_AREA,
    locationKeys: ['demo-balans-in-werk-meppel'],
    cost: ERGO_COST,
    assuredDate: '2026-02-03',
    demo: true,
  },
  {
    key: 'demo-samen-aan-de-slag-meewerken',
    organizationKey: 'demo-samen-aan-de-slag-emmen',
    name: 'Meewerken en leren in werkplaats, winkel of café',
    summary:
      'Leer werken in een veilige omgeving: in de fietsenwerkplaats, de kringloopwinkel of het lunchcafé van Samen aan de Slag.',
    description:
      'Bij Samen aan de Slag werken mensen met en zonder beperking samen. Er is een fietsenwerkplaats, een kringloopwinkel en een lunchcafé. Je kiest zelf waar je wilt beginnen. Je kunt ook eerst een paar weken rondkijken.\n\n' +
      'Je begint met een paar uur per week. Een vaste begeleider helpt je op weg. Samen maak je afspraken over wat je wilt leren, zoals op tijd komen, met klanten praten of fietsen repareren. Ben je er klaar voor? Dan bouw je je uren op. Sommige mensen gaan na een tijd door naar betaald werk bij een andere werkgever.\n\n' +
      'Je hoeft niets mee te nemen. Wel is het fijn als je eerst een keer komt kennismaken, met een kop koffie in het café.',
    helpKinds: ['passend-werk-ontdekken', 'scholing', 'vrijwilligerswerk'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Je hebt geen uitkering nodig. Je kunt als vrijwilliger beginnen, of via de gemeente een leerwerkplek krijgen.',
    eligibility:
      'Inwoners van Emmen, Coevorden en Borger-Odoorn vanaf 16 jaar, met of zonder beperking, die willen leren werken.',
    howToApply: 'Loop binnen in het café, of bel voor een afspraak om kennis te maken.',
    whoDecides: 'Jij en je begeleider samen. Voor een betaalde leerwerkplek beslist de gemeente.',
    url: 'https://example.org/demo/samen-aan-de-slag/meewerken',
    email: 'samenaandeslag@example.org',
    phones: [{ number: '0591 000 901' }],
    area: gemeenteArea(GM.emmen, GM.coevorden, GM.borgerOdoorn),
    locationKeys: ['demo-samen-aan-de-slag-werkplaats'],
    schedules: [
      { description: 'maandag tot en met vrijdag 9.00 tot 16.00 uur', byday: WEEKDAYS, opensAt: '09:00', closesAt: '16:00' },
    ],
    cost: FREE,
    assuredDate: '2026-03-12',
    demo: true,
  },
  {
    key: 'demo-samen-aan-de-slag-praktijkverklaring',
    organizationKey: 'demo-samen-aan-de-slag-emmen',
    name: 'Praktijkverklaring fietstechniek of horeca',
    summary:
      'Haal een erkend bewijs voor wat je in de praktijk hebt geleerd, in de fietsenwerkplaats of in het café.',
    description:
      'Je hebt misschien geen diploma, maar je kunt wel veel. Met een praktijkverklaring laat je zien wat je in de praktijk hebt geleerd. Bij Samen aan de Slag kun je een praktijkverklaring halen voor fietstechniek of voor werken in de horeca.\n\n' +
      'Een praktijkopleider van een mbo-school komt langs om te kijken wat je kunt. Je werkt stap voor stap een lijst met taken af. Je hoeft geen toets op papier te maken. Alles wordt bekeken terwijl je werkt. Aan het eind krijg je een verklaring die werkgevers kennen.\n\n' +
      'Het traject duurt zes tot negen maanden. Of je zonder uitkering mee kunt doen, hangt af van je gemeente en van de plekken die er zijn. Samen aan de Slag zoekt dat met je uit.',
    helpKinds: ['scholing'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Het hangt van je gemeente en van de vrije plekken af of je zonder uitkering kunt meedoen.',
    eligibility: 'Deelnemers van Samen aan de Slag die al een paar maanden meewerken en een vak willen leren.',
    howToApply: 'Vraag je begeleider bij Samen aan de Slag naar de praktijkverklaring.',
    whoDecides: 'Samen aan de Slag en de mbo-school beslissen samen met jou. Soms moet de gemeente de plek betalen.',
    url: 'https://example.org/demo/samen-aan-de-slag/praktijkverklaring',
    email: 'samenaandeslag@example.org',
    phones: [{ number: '0591 000 901' }],
    area: gemeenteArea(GM.emmen, GM.coevorden, GM.borgerOdoorn),
    locationKeys: ['demo-samen-aan-de-slag-werkplaats'],
    cost: FREE,
    assuredDate: '2024-03-01',
    demo: true,
  },
];
