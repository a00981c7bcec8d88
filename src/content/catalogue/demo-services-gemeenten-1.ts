// Demo region Drenthe: gemeente offers in Assen, Emmen and Hoogeveen.
// Invented for the demo; the gemeenten exist, the offers and contact data do not.

import type { ContentService } from '../types.ts';
import {
  FREE,
  GM,
  PW_ART_7_1,
  PW_LOONKOSTENSUBSIDIE,
  WEEKDAYS,
  WGS_SCHULDHULP,
  gemeenteArea,
} from './demo-shared.ts';

const TOWN_HALL_HOURS = {
  description: 'maandag tot en met vrijdag 8.30 tot 17.00 uur',
  byday: WEEKDAYS,
  opensAt: '08:30',
  closesAt: '17:00',
};

export const demoServicesGemeenten1: ContentService[] = [
  {
    key: 'demo-assen-ondersteuning-naar-werk',
    organizationKey: 'demo-gemeente-assen',
    name: 'Ondersteuning naar werk, ook zonder uitkering (Assen)',
    summary: 'Woon je in Assen en zoek je werk? De gemeente helpt je, ook als je geen uitkering hebt.',
    description:
      'Veel mensen denken dat de gemeente alleen helpt als je een uitkering hebt. Dat klopt niet. Woon je in Assen en heb je door ziekte of een beperking moeite om werk te vinden? Dan kan het team Werk en Inkomen je helpen.\n\n' +
      'Je krijgt een vaste consulent. In het eerste gesprek vertel je wat je wilt en wat je kunt. Samen maken jullie een plan van aanpak. Daarin staat welke stappen je zet en wie wat doet. Dat kan een training zijn, een proefplaats, een jobcoach of hulp bij solliciteren.\n\n' +
      'Je zit nergens aan vast. Zonder uitkering heb je ook geen plichten zoals bij een uitkering. Wil je stoppen of even pauzeren? Dan bespreek je dat met je consulent.',
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'De gemeente moet ook mensen zonder uitkering helpen op weg naar werk. Dat staat in de Participatiewet.',
    eligibility:
      'Inwoners van Assen van 18 jaar tot de AOW-leeftijd die werk zoeken en door ziekte of een beperking hulp nodig hebben. Je hebt geen uitkering nodig.',
    howToApply:
      'Vul het aanmeldformulier op de website in, of bel het team Werk en Inkomen. Je krijgt dan een uitnodiging voor een eerste gesprek.',
    whoDecides: 'De gemeente Assen beslist welke hulp je krijgt. Dat doet ze samen met jou.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/gemeente-assen/werk/zonder-uitkering',
    email: 'werk.assen@example.org',
    phones: [{ number: '0592 000 101' }],
    area: gemeenteArea(GM.assen),
    locationKeys: ['demo-gemeente-assen-werkplein'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    waitTime: 'ongeveer 2 weken tot het eerste gesprek',
    assuredDate: '2026-03-04',
    demo: true,
  },
  {
    key: 'demo-assen-loonkostensubsidie',
    organizationKey: 'demo-gemeente-assen',
    name: 'Loonkostensubsidie: geld voor je werkgever (Assen)',
    summary:
      'Kun je niet het volle minimumloon verdienen? Dan krijgt je werkgever geld van de gemeente Assen, en jij krijgt gewoon je loon.',
    description:
      'Soms kun je door je beperking minder doen dan een collega in dezelfde tijd. Een werkgever vindt het dan lastig om je het volle loon te betalen. Met loonkostensubsidie betaalt de gemeente een deel van je loon aan de werkgever. Jij krijgt gewoon je hele loon, met een normaal contract.\n\n' +
      'Eerst kijkt een deskundige op je werkplek wat je kunt. Dat heet een loonwaardemeting. Daaruit blijkt hoeveel subsidie de werkgever krijgt. Na een tijd wordt opnieuw gemeten. Zo blijft het bedrag kloppen als je beter wordt in je werk.\n\n' +
      'Loonkostensubsidie kan ook als je geen uitkering hebt. Het gaat om wat je kunt verdienen, niet om een uitkering. Je consulent helpt met de aanvraag en legt het ook uit aan je werkgever.',
    helpKinds: ['werkgever-regelingen', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Loonkostensubsidie hangt af van je loonwaarde, niet van een uitkering. Ook zonder uitkering kan je werkgever het krijgen.',
    eligibility:
      'Inwoners van Assen die een baan hebben of krijgen, en door hun beperking niet het volle minimumloon kunnen verdienen.',
    howToApply:
      'Jij of je werkgever vraagt het aan bij het team Werk en Inkomen. Doe dit voordat je begint met werken.',
    whoDecides: 'De gemeente Assen beslist, na een loonwaardemeting op je werkplek.',
    legalBasis: [PW_LOONKOSTENSUBSIDIE],
    url: 'https://example.org/demo/gemeente-assen/werk/loonkostensubsidie',
    email: 'werk.assen@example.org',
    phones: [{ number: '0592 000 101' }],
    area: gemeenteArea(GM.assen),
    locationKeys: ['demo-gemeente-assen-werkplein'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    waitTime: 'ongeveer 4 weken',
    assuredDate: '2025-02-17',
    demo: true,
  },
  {
    key: 'demo-emmen-ondersteuning-naar-werk',
    organizationKey: 'demo-gemeente-emmen',
    name: 'Ondersteuning naar werk, ook zonder uitkering (Emmen)',
    summary: 'Het team Werk van de gemeente Emmen helpt je op weg naar werk. Je hebt geen uitkering nodig.',
    description:
      'Woon je in de gemeente Emmen en wil je werken? Maar lukt dat niet goed door je gezondheid of een beperking? Dan kun je je melden bij het team Werk. Dat kan ook als je geen uitkering hebt, bijvoorbeeld omdat je partner werkt of omdat je spaargeld hebt.\n\n' +
      'Een werkcoach maakt samen met jou een plan. Je kijkt eerst wat je wel en niet aankunt. Daarna zoek je samen naar passend werk. De werkcoach kan je in contact brengen met Werkbedrijf Veenkracht, een jobcoach of een werkgever uit de buurt.\n\n' +
      'Je houdt zelf de regie. Jij bepaalt mee hoe snel het gaat en welke stappen je zet. Je werkcoach blijft ook nog een tijd in beeld als je werk hebt gevonden.',
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Het team Werk helpt ook inwoners zonder uitkering. De gemeente is daar volgens de wet verantwoordelijk voor.',
    eligibility:
      'Inwoners van de gemeente Emmen van 18 jaar tot de AOW-leeftijd met een ziekte of beperking, die willen werken.',
    howToApply:
      'Bel het team Werk of stuur een mail met je naam en telefoonnummer. Een werkcoach belt je terug voor een eerste afspraak.',
    whoDecides: 'De gemeente Emmen beslist, samen met jou.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/gemeente-emmen/werk/zonder-uitkering',
    email: 'werk.emmen@example.org',
    phones: [{ number: '0591 000 201' }],
    area: gemeenteArea(GM.emmen),
    locationKeys: ['demo-gemeente-emmen-stadskantoor'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    assuredDate: '2026-01-22',
    demo: true,
  },
  {
    key: 'demo-emmen-schuldhulp',
    organizationKey: 'demo-gemeente-emmen',
    name: 'Hulp bij geldzorgen en schulden (Emmen)',
    summary: 'Heb je geldzorgen of schulden? De gemeente Emmen helpt je gratis om weer overzicht te krijgen.',
    description:
      'Zonder inkomen of met weinig geld kunnen rekeningen zich snel opstapelen. Dat geeft stress. En stress maakt het zoeken naar werk nog zwaarder. Bij de schuldhulp van de gemeente Emmen kun je terecht met al je vragen over geld.\n\n' +
      'Een schuldhulpverlener maakt eerst samen met jou een overzicht van je inkomsten, je uitgaven en je schulden. Daarna kijk je samen wat nodig is. Soms is een goed plan genoeg. Soms maakt de gemeente afspraken met de mensen of bedrijven aan wie je geld moet betalen.\n\n' +
      'Schuldhulp is voor alle inwoners, ook als je geen uitkering hebt. De hulp is gratis. Je mag iemand meenemen naar het gesprek, zoals je partner of een cliëntondersteuner.',
    helpKinds: ['rechten-en-geld'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Schuldhulp is er voor alle inwoners van Emmen, met of zonder uitkering.',
    eligibility: 'Inwoners van de gemeente Emmen met geldzorgen of schulden.',
    howToApply:
      'Bel de gemeente en vraag naar schuldhulp. Je kunt je ook aanmelden via de website. Je krijgt dan een afspraak voor een eerste gesprek.',
    whoDecides: 'De gemeente Emmen beslist welke schuldhulp je krijgt.',
    legalBasis: [WGS_SCHULDHULP],
    url: 'https://example.org/demo/gemeente-emmen/schuldhulp',
    email: 'schuldhulp.emmen@example.org',
    phones: [{ number: '0591 000 202', description: 'Schuldhulp' }],
    area: gemeenteArea(GM.emmen),
    locationKeys: ['demo-gemeente-emmen-stadskantoor'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    waitTime: 'binnen 4 weken een eerste gesprek; bij dreigende afsluiting of huisuitzetting binnen 3 werkdagen',
    assuredDate: '2026-06-30',
    demo: true,
  },
  {
    key: 'demo-hoogeveen-inloopspreekuur-werk',
    organizationKey: 'demo-gemeente-hoogeveen',
    name: 'Inloopspreekuur Werk (Hoogeveen)',
    summary: 'Loop binnen zonder afspraak en stel je vragen over werk, je rechten en hulp in Hoogeveen.',
    description:
      'Heb je een vraag over werk, maar weet je niet bij wie je moet zijn? Kom dan naar het inloopspreekuur van het team Werk. Je hoeft geen afspraak te maken. Je hoeft ook geen uitkering te hebben.\n\n' +
      'Een medewerker luistert naar je vraag en legt uit welke hulp er is. Bijvoorbeeld bij de gemeente, bij Werkpunt Drenthe of bij een organisatie in de buurt. Wil je meer hulp? Dan maakt de medewerker meteen een afspraak voor je. Je hoeft je verhaal dan niet opnieuw te vertellen.\n\n' +
      'Het spreekuur is in een rustige kamer. Je mag iemand meenemen, bijvoorbeeld je partner, een ouder of een vriend.',
    helpKinds: ['informatie-en-advies', 'rechten-en-geld', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Het spreekuur is voor alle inwoners van Hoogeveen. Een uitkering is niet nodig.',
    eligibility: 'Inwoners van de gemeente Hoogeveen met een vraag over werk.',
    howToApply: 'Loop binnen tijdens het spreekuur. Je hoeft je niet aan te melden.',
    whoDecides: 'Je hoeft niets aan te vragen. Voor verdere hulp beslist de gemeente Hoogeveen samen met jou.',
    url: 'https://example.org/demo/gemeente-hoogeveen/werk/spreekuur',
    email: 'werk.hoogeveen@example.org',
    phones: [{ number: '0528 000 101' }],
    area: gemeenteArea(GM.hoogeveen),
    locationKeys: ['demo-gemeente-hoogeveen-gemeentehuis'],
    schedules: [{ description: 'Elke woensdag van 13.00 tot 16.00 uur', byday: 'WE', opensAt: '13:00', closesAt: '16:00' }],
    cost: FREE,
    assuredDate: '2025-10-21',
    demo: true,
  },
  {
    key: 'demo-hoogeveen-werkcoach-zonder-uitkering',
    organizationKey: 'demo-gemeente-hoogeveen',
    name: 'Werkcoach voor inwoners zonder uitkering (Hoogeveen)',
    summary:
      'Een vaste werkcoach van de gemeente Hoogeveen helpt je stap voor stap naar werk, ook als je geen uitkering hebt.',
    description:
      'De gemeente Hoogeveen heeft werkcoaches speciaal voor mensen zonder uitkering. Zij weten dat jouw situatie anders is. Je krijgt geen inkomen van de gemeente, maar je hebt wel recht op hulp bij het vinden van werk.\n\n' +
      'Je werkcoach neemt de tijd om je te leren kennen. Wat heb je eerder gedaan? Wat kost je energie, en wat geeft je energie? Samen maken jullie een plan van aanpak. Daarin staan duidelijke afspraken, met een datum. Je werkcoach kan ook een training, een jobcoach of een aanpassing op je werkplek voor je regelen.\n\n' +
      'De hulp duurt zo lang als nodig is. Heb je werk gevonden? Dan blijft je werkcoach nog zes maanden in beeld. Zo kun je aan de bel trekken als het even lastig wordt.',
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Deze werkcoaches zijn er juist voor inwoners die geen uitkering hebben.',
    eligibility:
      'Inwoners van Hoogeveen van 18 jaar tot de AOW-leeftijd zonder uitkering, die door ziekte of een beperking moeite hebben met werk.',
    howToApply:
      'Kom langs op het inloopspreekuur op woensdag, of bel het team Werk. Je krijgt dan een afspraak met een werkcoach.',
    whoDecides: 'De gemeente Hoogeveen beslist, samen met jou.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/gemeente-hoogeveen/werk/werkcoach',
    email: 'werk.hoogeveen@example.org',
    phones: [{ number: '0528 000 101' }],
    area: gemeenteArea(GM.hoogeveen),
    locationKeys: ['demo-gemeente-hoogeveen-gemeentehuis'],
    schedules: [TOWN_HALL_HOURS],
    cost: FREE,
    waitTime: 'ongeveer 3 weken',
    assuredDate: '2026-09-14',
    demo: true,
  },
];
