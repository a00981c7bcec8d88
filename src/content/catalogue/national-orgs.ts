// National organisations in the catalogue. Some are generic ("je gemeente",
// "het werkcentrum in je regio"): they stand for the local party that every
// person has, wherever they live. The others are real national organisations
// with their own website. Descriptions are B1 Dutch, in the je-form.

import type { ContentOrganization } from '../types.ts';

export const nationalOrganizations: ContentOrganization[] = [
  {
    key: 'je-gemeente',
    name: 'Je gemeente',
    type: 'gemeente',
    description:
      'Je gemeente is de gemeente waar je woont. Volgens de Participatiewet moet je gemeente je helpen om aan het werk te komen. ' +
      'Dat geldt ook als je geen uitkering hebt. Vraag bij je gemeente naar het team dat helpt bij werk. ' +
      'De naam van dat team verschilt per gemeente.',
  },
  {
    key: 'uwv',
    name: 'UWV',
    alternateName: 'Uitvoeringsinstituut Werknemersverzekeringen',
    type: 'uwv',
    description:
      'UWV regelt uitkeringen zoals WW, WIA en Wajong. UWV schrijft ook werkzoekenden in en houdt het doelgroepregister bij. ' +
      'Heb je geen uitkering? Dan helpt je gemeente je naar werk, niet UWV. ' +
      'Toch kun je bij UWV terecht om je in te schrijven, voor het doelgroepregister en soms voor een voorziening als je werk hebt.',
    website: 'https://www.uwv.nl',
    phones: [{ number: '088 - 898 92 94', description: 'UWV Telefoon Werknemers' }],
  },
  {
    key: 'werkcentrum-in-je-regio',
    name: 'Het werkcentrum in je regio',
    type: 'werkcentrum',
    description:
      'Nederland is verdeeld in 35 arbeidsmarktregio’s. In elke regio werken gemeenten, UWV, werkgevers en scholen samen. ' +
      'Samen bouwen zij een werkcentrum: een plek waar je terechtkunt met vragen over werk en leren. ' +
      'Soms heet het nog werkgeversservicepunt (WSP) of Werkplein. Hoe ver het werkcentrum is, verschilt per regio.',
  },
  {
    key: 'zorgverleners',
    name: 'Je huisarts en andere zorgverleners',
    type: 'zorg-welzijn',
    description:
      'Je huisarts, de praktijkondersteuner GGZ (POH-GGZ), een psycholoog of een ergotherapeut. ' +
      'Zij helpen je vooral met je gezondheid. Dat helpt vaak ook bij het vinden en houden van werk.',
  },
  {
    key: 'sociale-ondernemers',
    name: 'Sociale ondernemingen en sociale coöperaties',
    type: 'aanbieder',
    description:
      'Bedrijven die met hun werk ook een sociaal doel hebben. Ze maken werk voor mensen die het moeilijk hebben op de arbeidsmarkt. ' +
      'Je vindt ze in veel gemeenten, bijvoorbeeld in de horeca, de groenvoorziening of de schoonmaak.',
  },
  {
    key: 're-integratiebedrijven',
    name: 'Re-integratiebedrijven en jobcoaches',
    type: 'aanbieder',
    description:
      'Bedrijven en zelfstandige jobcoaches die mensen begeleiden naar werk of op het werk. ' +
      'Gemeenten, UWV en werkgevers kopen hun hulp vaak in. Soms kun je ze ook zelf inschakelen.',
  },
  {
    key: 'belangenorganisaties',
    name: 'Belangen- en patiëntenorganisaties',
    type: 'belangenorganisatie',
    description:
      'Verenigingen en stichtingen voor mensen met een bepaalde ziekte of beperking. Ze geven informatie, ' +
      'brengen je in contact met lotgenoten en komen op voor je belangen. ' +
      'Ook zijn er uitzendbureaus en bemiddelaars die zich richten op mensen met een arbeidsbeperking.',
  },
  {
    key: 'iederin',
    name: 'Ieder(in)',
    type: 'belangenorganisatie',
    description:
      'Ieder(in) is het netwerk voor mensen met een beperking of chronische ziekte. Veel patiënten- en gehandicaptenorganisaties doen mee. ' +
      'Ieder(in) komt op voor hun belangen bij de politiek en geeft informatie over onder meer werk, inkomen en zorg.',
    website: 'https://iederin.nl',
  },
  {
    key: 'mind',
    name: 'MIND',
    type: 'belangenorganisatie',
    description:
      'MIND is de landelijke organisatie voor mensen met psychische problemen en hun naasten. ' +
      'Cliënten- en familieorganisaties werken samen onder MIND. MIND geeft informatie, komt op voor belangen en wijst de weg naar hulp.',
    website: 'https://wijzijnmind.nl',
  },
  {
    key: 'nva',
    name: 'Nederlandse Vereniging voor Autisme',
    alternateName: 'NVA',
    type: 'belangenorganisatie',
    description:
      'De Nederlandse Vereniging voor Autisme (NVA) is er voor mensen met autisme en hun naasten. ' +
      'De vereniging geeft informatie en advies en brengt mensen met autisme met elkaar in contact.',
    website: 'https://www.autisme.nl',
  },
  {
    key: 'hersenletsel-nl',
    name: 'Hersenletsel.nl',
    type: 'belangenorganisatie',
    description:
      'Hersenletsel.nl is de vereniging voor mensen met niet-aangeboren hersenletsel (NAH) en hun naasten. ' +
      'De vereniging geeft informatie en organiseert in het hele land bijeenkomsten voor lotgenoten.',
    website: 'https://hersenletsel.nl',
  },
  {
    key: 'ms-vereniging',
    name: 'MS Vereniging Nederland',
    type: 'belangenorganisatie',
    description:
      'MS Vereniging Nederland is er voor mensen met multiple sclerose (MS) en hun naasten. ' +
      'De vereniging geeft informatie, komt op voor belangen en brengt mensen met MS met elkaar in contact.',
    website: 'https://msvereniging.nl',
  },
  {
    key: 'oogvereniging',
    name: 'Oogvereniging',
    type: 'belangenorganisatie',
    description:
      'De Oogvereniging is er voor mensen die slechtziend of blind zijn of een oogaandoening hebben, en voor hun naasten. ' +
      'De vereniging geeft informatie en advies en organiseert contact met lotgenoten.',
    website: 'https://www.oogvereniging.nl',
  },
  {
    key: 'hoormij',
    name: 'Stichting Hoormij',
    type: 'belangenorganisatie',
    description:
      'Stichting Hoormij is er voor mensen die slechthorend of doof zijn, of last hebben van oorsuizen (tinnitus) of andere oorklachten. ' +
      'Hoormij geeft informatie en advies en brengt mensen met elkaar in contact.',
    website: 'https://hoormij.nl',
  },
  {
    key: 'impuls-woortblind',
    name: 'Impuls & Woortblind',
    type: 'belangenorganisatie',
    description:
      'Impuls & Woortblind is de vereniging voor mensen met ADHD, dyslexie of dyscalculie, en hun naasten. ' +
      'De vereniging geeft informatie en organiseert contact met lotgenoten.',
    website: 'https://www.impulsenwoortblind.nl',
  },
  {
    key: 'c-support',
    name: 'C-support',
    type: 'belangenorganisatie',
    description:
      'C-support helpt mensen die lang klachten houden na corona (long covid). ' +
      'C-support geeft informatie en persoonlijk advies, ook over werk en inkomen.',
    website: 'https://www.c-support.nu',
  },
  {
    key: 'juridisch-loket',
    name: 'Het Juridisch Loket',
    type: 'aanbieder',
    description:
      'Het Juridisch Loket geeft gratis uitleg en advies over juridische vragen. ' +
      'Bijvoorbeeld als je het niet eens bent met een besluit van je gemeente of van UWV. Zo nodig verwijzen ze je door naar een advocaat.',
    website: 'https://www.juridischloket.nl',
  },
];
