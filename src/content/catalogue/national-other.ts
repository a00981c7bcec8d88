// Other support (werkkaart D1-D9): offers that depend on local policy or on
// partnerships. They exist in some form everywhere, so they are listed as
// national offers of generic organisations, with a note that they differ
// per gemeente or region.

import type { ContentService } from '../types.ts';
import { ASSURED, ASSURED_OLD, FREE, paragraphs } from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;

export const otherServices: ContentService[] = [
  {
    key: 'werkcentrum',
    organizationKey: 'werkcentrum-in-je-regio',
    name: 'Werkcentrum in je regio',
    summary:
      'In je regio werken gemeenten, UWV, werkgevers en scholen samen in een werkcentrum. Daar kun je terecht met vragen over werk en leren.',
    description: paragraphs(
      `Nederland heeft 35 arbeidsmarktregio’s. In elke regio werken gemeenten, UWV, werkgevers, vakbonden en scholen samen.
       Ze bouwen aan een werkcentrum: één herkenbare plek voor vragen over werk, een andere baan of scholing.
       Het werkcentrum is bedoeld voor iedereen die werkt of werk zoekt.`,
      `Het werkcentrum is nog in opbouw. In de ene regio is al veel geregeld, in de andere nog weinig.
       Soms heet het nog werkgeversservicepunt (WSP), Werkplein of Leerwerkloket.
       Vaak heeft het werkcentrum contact met werkgevers die openstaan voor mensen met een beperking.`,
      `Vraag bij je gemeente hoe het werkcentrum in jouw regio heet en waar het zit.
       Vertel erbij dat je een arbeidsbeperking hebt, zodat ze je goed kunnen verwijzen.`,
    ),
    helpKinds: ['werk-vinden', 'open-werkgever', 'informatie-en-advies', 'scholing'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Het werkcentrum is bedoeld voor iedereen die werkt of werk zoekt. Wat je er precies kunt krijgen, verschilt per regio.',
    eligibility: 'Iedereen die werkt of werk zoekt in de regio.',
    howToApply: 'Vraag je gemeente naar het werkcentrum in je regio, of zoek op internet naar de naam van je arbeidsmarktregio en "werkcentrum".',
    whoDecides:
      'Dat hangt af van de hulp. Voor hulp van de gemeente beslist je gemeente, voor hulp van UWV beslist UWV.',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'regionale-projecten',
    organizationKey: 'werkcentrum-in-je-regio',
    name: 'Regionale projecten naar werk',
    summary:
      'In veel regio’s zijn er projecten die mensen met een arbeidsbeperking helpen aan werk. Welke er zijn, verschilt per regio en per jaar.',
    description: paragraphs(
      `Naast de vaste regelingen zijn er vaak projecten in de regio. Bijvoorbeeld samen met werkgevers uit de zorg of de techniek,
       een leerwerktraject, of een aanpak voor jongeren die van het speciaal onderwijs komen.
       Zulke projecten worden vaak betaald met tijdelijk geld. Ze kunnen dus ook weer stoppen.`,
      `Of je mee kunt doen, hangt af van de afspraken in het project. Soms is het alleen voor mensen met een uitkering, soms ook voor mensen zonder uitkering.
       Vraag dat altijd na.`,
      `Je gemeente of het werkcentrum in je regio weet welke projecten er nu lopen.
       Vraag het ook bij je patiëntenorganisatie: die kent soms projecten voor mensen met jouw beperking.`,
    ),
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'open-werkgever', 'school-naar-werk'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Dat verschilt per project. Sommige projecten zijn alleen voor mensen met een uitkering, andere ook voor mensen zonder uitkering.',
    eligibility: 'Dat verschilt per project.',
    howToApply: 'Vraag bij je gemeente of bij het werkcentrum in je regio welke projecten er nu zijn en hoe je je aanmeldt.',
    whoDecides: 'De organisatie die het project uitvoert, vaak samen met je gemeente.',
    area: NATIONAL,
    assuredDate: ASSURED_OLD,
  },
  {
    key: 'jobcoaching-overig',
    organizationKey: 're-integratiebedrijven',
    name: 'Jobcoach via je werkgever, je school of zelf geregeld',
    summary:
      'Lukt het niet via de gemeente of UWV? Soms regelt je werkgever of je school een jobcoach. Je kunt ook zelf een jobcoach inhuren.',
    description: paragraphs(
      `Een jobcoach kan ook op andere manieren geregeld worden. Sommige werkgevers hebben een eigen, interne jobcoach.
       Sommige scholen, zoals praktijkscholen, begeleiden oud-leerlingen nog een tijd op hun werk. En je kunt ook zelf een jobcoach inhuren.`,
      `Een interne jobcoach kent het bedrijf goed. Maar die persoon werkt voor je werkgever.
       Vind je het lastig om met iemand van je werk over problemen te praten? Dan past een jobcoach van buiten misschien beter.`,
      `Huur je zelf een jobcoach in, dan betaal je die meestal zelf. Vraag daarom eerst bij je gemeente of UWV of zij de kosten kunnen betalen.
       Vraag een jobcoach altijd naar zijn of haar ervaring met jouw beperking.`,
    ),
    helpKinds: ['jobcoaching', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Via je werkgever, je school of zelf regelen kan ook zonder uitkering. Wel moet iemand de jobcoach betalen.',
    eligibility: 'Iedereen die werk heeft of gaat beginnen en begeleiding op het werk wil.',
    howToApply:
      'Vraag je werkgever of er een interne jobcoach is, of vraag je (oude) school naar begeleiding. Zelf inhuren kan bij een jobcoachbureau of een zelfstandige jobcoach.',
    whoDecides: 'Je werkgever, je school of jijzelf, afhankelijk van wie de jobcoach regelt en betaalt.',
    area: NATIONAL,
    cost: { description: 'Verschilt: soms betaalt je werkgever of school, zelf inhuren kost geld' },
    assuredDate: ASSURED,
  },
  {
    key: 're-integratiebedrijven',
    organizationKey: 're-integratiebedrijven',
    name: 'Re-integratiebedrijven en particuliere jobcoaches',
    summary:
      'Re-integratiebedrijven begeleiden mensen stap voor stap naar werk. Meestal betaalt de gemeente, UWV of een werkgever. Sommige zijn gespecialiseerd in een beperking.',
    description: paragraphs(
      `Een re-integratiebedrijf helpt mensen op weg naar werk. Denk aan uitzoeken wat je kunt, sollicitatietraining, contact met werkgevers
       en begeleiding in de eerste tijd op je werk. Er zijn ook bedrijven die zich richten op één groep, bijvoorbeeld mensen met autisme of met psychische klachten.`,
      `Meestal koopt je gemeente, UWV of een werkgever de hulp in. Je gemeente werkt vaak met een paar vaste bedrijven.
       Heb je een voorkeur voor een bepaald bedrijf? Vraag dan of dat kan.`,
      `Je kunt een re-integratiebedrijf ook zelf inschakelen en betalen. Vraag dan vooraf wat het kost en wat je ervoor krijgt.
       Vraag ook naar hun ervaring met mensen met jouw beperking.`,
    ),
    helpKinds: ['re-integratie-traject', 'solliciteren', 'jobcoaching', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja, als iemand de hulp betaalt. Zonder uitkering loopt dat meestal via je gemeente.',
    eligibility: 'Iedereen die begeleiding naar werk wil. Wie betaalt, bepaalt vaak de voorwaarden.',
    howToApply: 'Vraag je gemeente of een re-integratiebedrijf je kan helpen. Of neem zelf contact op met een bedrijf.',
    whoDecides: 'De organisatie die betaalt: meestal je gemeente, UWV of je werkgever. Betaal je zelf, dan kies je zelf.',
    area: NATIONAL,
    cost: { description: 'Meestal betaalt de gemeente, UWV of de werkgever; zelf inhuren kost geld' },
    assuredDate: ASSURED,
  },
  {
    key: 'sociale-ondernemingen',
    organizationKey: 'sociale-ondernemers',
    name: 'Werken bij een sociale onderneming of sociale coöperatie',
    summary:
      'Sociale ondernemingen maken werk voor mensen die het lastig hebben op de arbeidsmarkt. Er is vaak meer begeleiding en ruimte.',
    description: paragraphs(
      `Een sociale onderneming is een bedrijf met een sociaal doel. Het verkoopt producten of diensten, maar wil ook werk bieden aan mensen die moeilijk werk vinden.
       Denk aan een lunchroom, een fietsenmaker of een schoonmaakbedrijf.
       Een sociale coöperatie lijkt erop. Daar zijn de mensen die er werken vaak samen eigenaar.`,
      `Bij een sociale onderneming is er vaak meer begeleiding en begrip voor je beperking.
       Soms is het een opstap naar een baan bij een andere werkgever. Soms werk je er voor langere tijd.`,
      `Sociale ondernemingen werken vaak samen met de gemeente. Dan kan bijvoorbeeld loonkostensubsidie of een jobcoach meegaan.
       Vraag je gemeente welke sociale ondernemingen er bij jou in de buurt zijn.`,
    ),
    helpKinds: ['werk-vinden', 'open-werkgever', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Dat verschilt per onderneming en hangt af van de afspraken met je gemeente.',
    eligibility: 'Dat verschilt per onderneming.',
    howToApply: 'Vraag je gemeente naar sociale ondernemingen in de buurt, of neem zelf contact op met een onderneming.',
    whoDecides: 'De sociale onderneming, soms samen met je gemeente.',
    area: NATIONAL,
    assuredDate: ASSURED_OLD,
  },
  {
    key: 'zorg-en-welzijn',
    organizationKey: 'zorgverleners',
    name: 'Hulp van je huisarts, POH-GGZ, psycholoog of ergotherapeut',
    summary:
      'Zorgverleners helpen je met je gezondheid en je energie. Dat helpt ook om werk te vinden en te houden. Je begint meestal bij je huisarts.',
    description: paragraphs(
      `Werk en gezondheid hangen samen. Je huisarts kan met je meedenken en je doorverwijzen.
       Veel huisartsen hebben een praktijkondersteuner GGZ (POH-GGZ). Die helpt bij psychische klachten, zoals stress, somberheid of angst.
       Is meer hulp nodig, dan kan een psycholoog je verder helpen.`,
      `Een ergotherapeut helpt je om dagelijkse dingen en je werk beter vol te houden.
       Bijvoorbeeld door je energie slim te verdelen of je werkplek anders in te richten. Ergotherapie zit voor een deel in het basispakket van je zorgverzekering.`,
      `Zorgverleners zijn geen loopbaanadviseurs. Maar ze kunnen je wel helpen je klachten te begrijpen.
       Soms schrijven ze een advies dat je kunt gebruiken bij je gemeente of UWV. Vertel ze dat werk voor jou belangrijk is.`,
    ),
    helpKinds: ['gezondheid-en-energie', 'passend-werk-ontdekken', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. Deze zorg loopt via je zorgverzekering. Een uitkering speelt geen rol.',
    eligibility: 'Iedereen met een zorgverzekering.',
    howToApply: 'Maak een afspraak bij je huisarts. Voor een ergotherapeut heb je meestal geen verwijzing nodig; vraag het na bij je zorgverzekeraar.',
    whoDecides: 'Je huisarts of zorgverlener, en je zorgverzekeraar voor de vergoeding.',
    area: NATIONAL,
    cost: { description: 'Huisarts en POH-GGZ zijn gratis. Voor andere zorg kan je eigen risico gelden.' },
    assuredDate: ASSURED,
  },
  {
    key: 'ips-ggz',
    organizationKey: 'zorgverleners',
    name: 'IPS: Individuele Plaatsing en Steun bij psychische problemen',
    summary:
      'IPS helpt mensen met ernstige psychische problemen aan betaald werk, met steun van een vaste begeleider. Het loopt vaak via de GGZ.',
    description: paragraphs(
      `IPS staat voor Individuele Plaatsing en Steun. Het is voor mensen met ernstige psychische problemen die willen werken.
       Het idee is: eerst een baan vinden en dan leren op de werkplek. Je hoeft dus niet eerst lang te trainen.`,
      `Een IPS-trajectbegeleider zoekt samen met jou naar werk dat bij je past. Hij of zij werkt samen met je behandelaar.
       Ook als je werkt, blijft de begeleider je steunen. Die steun stopt niet na een vaste tijd.`,
      `IPS wordt vaak gegeven door een GGZ-instelling. Of het bij jou in de buurt is en wie het betaalt, verschilt per regio.
       Vraag je behandelaar of je gemeente ernaar.`,
    ),
    helpKinds: ['werk-vinden', 're-integratie-traject', 'werk-houden'],
    limitations: ['psychisch'],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Dat hangt af van wie IPS in jouw regio betaalt. Vraag het na bij je behandelaar of je gemeente.',
    eligibility: 'Mensen met ernstige psychische problemen die betaald werk willen. Vaak ben je in behandeling bij de GGZ.',
    howToApply: 'Vraag je behandelaar bij de GGZ of IPS mogelijk is. Heb je geen behandelaar? Vraag dan je huisarts of je gemeente.',
    whoDecides: 'De GGZ-instelling, samen met wie het betaalt (vaak de gemeente of UWV).',
    area: NATIONAL,
    assuredDate: ASSURED,
  },
  {
    key: 'belangen-en-patientenorganisaties',
    organizationKey: 'belangenorganisaties',
    name: 'Patiëntenorganisaties, belangenorganisaties en gespecialiseerde uitzendbureaus',
    summary:
      'Veel organisaties helpen mensen met een beperking: met informatie, contact met lotgenoten en soms bemiddeling naar werk.',
    description: paragraphs(
      `Voor bijna elke ziekte of beperking is er een patiëntenorganisatie. Zij weten veel over leven en werken met jouw beperking.
       Je vindt er informatie, tips en contact met lotgenoten: mensen die hetzelfde meemaken. Sommige organisaties hebben ook een advieslijn.`,
      `Belangenorganisaties komen op voor de rechten van mensen met een beperking. Zij weten vaak goed wat in de wet staat en waar je terechtkunt.
       Er zijn ook uitzendbureaus en bemiddelaars die zich richten op mensen met een arbeidsbeperking. Zij zoeken werkgevers die openstaan voor jou.`,
      `In deze wegwijzer vind je een aantal landelijke organisaties, zoals Ieder(in), MIND, de NVA, Hersenletsel.nl, MS Vereniging Nederland,
       de Oogvereniging, Hoormij, Impuls & Woortblind en C-support. Zoek je iets anders? Vraag dan je huisarts of je gemeente welke organisatie bij jou past.`,
    ),
    helpKinds: ['lotgenoten', 'informatie-en-advies', 'open-werkgever', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. Deze organisaties helpen iedereen, met of zonder uitkering.',
    eligibility: 'Iedereen met een ziekte of beperking, en hun naasten.',
    howToApply: 'Kijk op de website van de organisatie die bij jouw beperking past, of bel of mail hen.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    area: NATIONAL,
    cost: { description: 'Vaak gratis; voor een lidmaatschap betaal je soms een bijdrage' },
    assuredDate: ASSURED,
  },
];
