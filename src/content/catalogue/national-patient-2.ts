// Offers of national patient organisations, part 2 (Oogvereniging, Hoormij,
// Impuls & Woortblind, C-support), and free legal advice from Het Juridisch
// Loket, for when a person disagrees with a decision of the gemeente or UWV.

import type { ContentService } from '../types.ts';
import { ASSURED, ASSURED_OLD, FREE, paragraphs } from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;
const MEMBERSHIP = { description: 'Veel informatie is gratis; voor een lidmaatschap betaal je een bijdrage' };

export const patientServicesB: ContentService[] = [
  {
    key: 'oogvereniging-advies',
    organizationKey: 'oogvereniging',
    name: 'Advies en lotgenoten bij slechtzien of blindheid',
    summary:
      'De Oogvereniging geeft informatie en advies aan mensen die slechtziend of blind zijn, en brengt hen met elkaar in contact.',
    description: paragraphs(
      `Als je slecht ziet of blind bent, kun je met de juiste hulpmiddelen veel werk goed doen.
       Denk aan voorleessoftware, een vergroting op je scherm of een brailleleesregel. Maar niet iedere werkgever weet dat.`,
      `De Oogvereniging is er voor mensen met een visuele beperking of een oogaandoening. Je kunt er terecht met vragen en je ontmoet er lotgenoten.
       Zij delen tips, bijvoorbeeld over hulpmiddelen op het werk en over solliciteren.`,
      `Hulpmiddelen voor je werk vraag je aan bij je gemeente of bij UWV.
       De Oogvereniging kan je helpen om te weten wat er bestaat en wat je kunt vragen.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'werkplekaanpassing'],
    limitations: ['zintuiglijk-zien'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De vereniging is er voor iedereen met een visuele beperking, met of zonder uitkering.',
    eligibility: 'Mensen die slechtziend of blind zijn of een oogaandoening hebben, en hun naasten.',
    howToApply: 'Kijk op de website van de Oogvereniging, of neem contact op met de vereniging.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://www.oogvereniging.nl',
    area: NATIONAL,
    cost: MEMBERSHIP,
    assuredDate: ASSURED,
  },
  {
    key: 'hoormij-advies',
    organizationKey: 'hoormij',
    name: 'Informatie en contact bij slechthorendheid, doofheid en oorsuizen',
    summary:
      'Hoormij geeft informatie en advies aan mensen die slecht horen, doof zijn of last hebben van oorsuizen.',
    description: paragraphs(
      `Slecht horen maakt werk vaak vermoeiend. Vergaderen, telefoneren en een drukke werkplek kosten veel energie.
       Met aanpassingen gaat het vaak beter, bijvoorbeeld met hoorhulpmiddelen, een rustige plek of een schrijftolk.`,
      `Stichting Hoormij is er voor mensen met een hoorbeperking, oorsuizen (tinnitus) of andere oorklachten.
       Je vindt er informatie en advies. Ook kun je in contact komen met mensen die hetzelfde meemaken.`,
      `Een tolk voor je werk en andere hulpmiddelen vraag je meestal aan bij UWV of bij je gemeente.
       Hoormij kan je helpen om je vraag goed voor te bereiden.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'werkplekaanpassing'],
    limitations: ['zintuiglijk-horen'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. Hoormij is er voor iedereen met een hoorbeperking, met of zonder uitkering.',
    eligibility: 'Mensen die slechthorend of doof zijn, of oorsuizen of andere oorklachten hebben, en hun naasten.',
    howToApply: 'Kijk op de website van Hoormij, of neem contact op via de website.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://hoormij.nl',
    area: NATIONAL,
    cost: MEMBERSHIP,
    assuredDate: ASSURED,
  },
  {
    key: 'impuls-woortblind-informatie',
    organizationKey: 'impuls-woortblind',
    name: 'Informatie en lotgenoten bij ADHD, dyslexie en dyscalculie',
    summary:
      'Impuls & Woortblind geeft informatie over ADHD, dyslexie en dyscalculie en brengt mensen met elkaar in contact.',
    description: paragraphs(
      `Met ADHD heb je vaak moeite met concentratie, plannen of rustig blijven. Met dyslexie of dyscalculie kost lezen, schrijven of rekenen je meer moeite.
       Op het werk kan dat lastig zijn. Met structuur en de juiste hulpmiddelen gaat veel beter.`,
      `Impuls & Woortblind is een vereniging voor mensen met ADHD, dyslexie of dyscalculie, en hun naasten.
       De vereniging geeft informatie en organiseert contact met lotgenoten.`,
      `Van lotgenoten hoor je hoe zij het op hun werk aanpakken.
       Bijvoorbeeld of en wanneer ze vertellen over hun ADHD of dyslexie, en welke hulpmiddelen ze gebruiken.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'beperking-bespreken'],
    limitations: ['adhd', 'leerproblemen'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De vereniging is er voor iedereen met ADHD, dyslexie of dyscalculie, met of zonder uitkering.',
    eligibility: 'Mensen met ADHD, dyslexie of dyscalculie, en hun naasten.',
    howToApply: 'Kijk op de website van Impuls & Woortblind, of neem contact op met de vereniging.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://www.impulsenwoortblind.nl',
    area: NATIONAL,
    cost: MEMBERSHIP,
    assuredDate: ASSURED_OLD,
  },
  {
    key: 'c-support-long-covid',
    organizationKey: 'c-support',
    name: 'Persoonlijk advies bij long covid',
    summary:
      'C-support helpt mensen die lang klachten houden na corona. Je krijgt gratis informatie en persoonlijk advies, ook over werk en inkomen.',
    description: paragraphs(
      `Sommige mensen houden na corona lang klachten, zoals ernstige vermoeidheid, moeite met concentreren of kortademigheid. Dat heet long covid.
       Werken kan dan veel moeilijker worden, soms voor lange tijd.`,
      `C-support geeft informatie en persoonlijk advies aan mensen met long covid. Een adviseur denkt met je mee over je situatie, bijvoorbeeld over werk, inkomen en zorg.
       Ook helpt C-support je de weg te vinden naar de juiste hulp.`,
      `De hulp van C-support is gratis. Je kunt je zelf aanmelden via de website.
       Schrijf vooraf op welke vragen je hebt, bijvoorbeeld over je werk of je inkomen. Dan haal je meer uit het gesprek.`,
    ),
    helpKinds: ['informatie-en-advies', 'gezondheid-en-energie', 'rechten-en-geld'],
    limitations: ['energie-vermoeidheid', 'chronische-ziekte'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. C-support helpt iedereen met langdurige klachten na corona, met of zonder uitkering.',
    eligibility: 'Mensen die lang klachten houden na corona.',
    howToApply: 'Meld je aan via de website van C-support.',
    whoDecides: 'C-support, na je aanmelding.',
    url: 'https://www.c-support.nu',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'juridisch-loket-advies',
    organizationKey: 'juridisch-loket',
    name: 'Gratis juridisch advies, bijvoorbeeld over bezwaar maken',
    summary:
      'Ben je het niet eens met een besluit van je gemeente of UWV? Het Juridisch Loket legt gratis uit wat je kunt doen.',
    description: paragraphs(
      `Soms krijg je een besluit waar je het niet mee eens bent. Bijvoorbeeld als je gemeente je aanvraag voor hulp naar werk afwijst,
       of als UWV zegt dat je niet in het doelgroepregister hoort. Tegen zo’n besluit kun je bezwaar maken. Dat moet meestal binnen zes weken.`,
      `Het Juridisch Loket geeft gratis uitleg en advies. Ze vertellen je wat je rechten zijn en wat je kunt doen.
       Dat kan via de website, per telefoon of in een gesprek.`,
      `Is je zaak ingewikkeld? Dan kan het Juridisch Loket je doorverwijzen naar een advocaat.
       Heb je een laag inkomen, dan betaal je daar vaak maar een deel van. Dat heet gesubsidieerde rechtsbijstand.`,
    ),
    helpKinds: ['rechten-en-geld', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. Het Juridisch Loket helpt iedereen met een juridische vraag, met of zonder uitkering.',
    eligibility: 'Iedereen met een juridische vraag, bijvoorbeeld over een besluit van de gemeente of UWV.',
    howToApply: 'Kijk op de website van Het Juridisch Loket. Daar staat hoe je ze kunt bellen, chatten of langsgaan.',
    whoDecides: 'Je hoeft niets aan te vragen voor advies. Voor een advocaat met subsidie beslist de Raad voor Rechtsbijstand.',
    url: 'https://www.juridischloket.nl',
    area: NATIONAL,
    cost: { description: 'Advies is gratis. Een advocaat kost geld, maar met een laag inkomen betaal je vaak maar een deel.' },
    assuredDate: ASSURED,
  },
];
