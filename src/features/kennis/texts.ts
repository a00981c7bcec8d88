// Fixed texts of the Kennis pages (werkkaart and persona's), in B1 Dutch and
// in English. The content itself lives in src/content/kennis.
import type { Text } from '../../content/kennis/werkkaart.ts';

export type Lang = 'nl' | 'en';

export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'nl';
}

/** Adds ?taal=en (or &taal=en) to a path for English pages. */
export function withLang(path: string, lang: Lang): string {
  if (lang === 'nl') return path;
  const [base, hash] = path.split('#') as [string, string | undefined];
  return `${base}${base.includes('?') ? '&' : '?'}taal=en${hash !== undefined ? `#${hash}` : ''}`;
}

export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_ANSWER_LENGTH = 4000;

export const ui = {
  nl: {
    otherLang: 'Read in English',
    otherLangCode: 'en' as Lang,
    kennisTitle: 'Kennis voor professionals',
    kennisLead:
      'Hulpmiddelen voor wie werkt met mensen met een arbeidsbeperking zonder uitkering. Gebaseerd op het onderzoek "Tussen wal en schip" (Wever e.a., 2025).',
    werkkaartTitle: 'Werkkaart',
    werkkaartLead:
      'Praktische kennis voor je gesprekken: over de groep, de wet, de beperking en de begeleiding. Met vragen om over na te denken.',
    personasTitle: 'Persona’s',
    personasLead: 'Vijf voorbeelden van mensen met een arbeidsbeperking zonder uitkering. Voor training en teamoverleg.',
    kompasTitle: 'Veranderkompas',
    kompasLead: 'Voor gemeenten die hun beleid en dienstverlening voor deze groep willen verbeteren, stap voor stap.',
    toKompas: 'Naar het veranderkompas',
    toWerkkaart: 'Naar de werkkaart',
    toPersonas: 'Naar de persona’s',
    contents: 'Inhoud',
    searchLabel: 'Zoek in de werkkaart',
    searchHint: 'Bijvoorbeeld: vrijblijvend, doorverwijzen, loonkostensubsidie.',
    searchButton: 'Zoeken',
    searchTooLong: `Je zoekvraag is te lang. Gebruik hoogstens ${MAX_QUERY_LENGTH} tekens, bijvoorbeeld een paar woorden.`,
    checkSearch: 'Controleer je zoekvraag',
    results: (n: number, q: string) => `${n === 1 ? '1 resultaat' : `${n} resultaten`} voor "${q}".`,
    noResults: 'Probeer een ander woord, of minder woorden. Of kies een hoofdstuk uit de inhoud.',
    chapter: 'Hoofdstuk',
    backToWerkkaart: 'Terug naar de inhoud van de werkkaart',
    backToPersonas: 'Terug naar alle persona’s',
    onThisPage: 'Op deze pagina',
    tips: 'Wat kun je doen?',
    linksTitle: 'Verder in InBeeld',
    helpKindsTitle: 'Zoek hulp in de Wegwijzer',
    servicesTitle: 'Aanbod in de Wegwijzer',
    rechtencheckTitle: 'Rechtencheck',
    rechtencheckLink: 'Naar de Rechtencheck',
    trajectenTitle: 'In je werk',
    reflectionTitle: 'Reflecteren',
    reflectionIntro: 'Denk na over deze vragen, alleen of met je team.',
    reflectionLogin: 'Log in om je antwoorden te bewaren. Alleen jij kunt ze dan lezen.',
    loginLink: 'Inloggen',
    reflectionPrivate:
      'Je antwoorden zijn alleen voor jou. Niemand anders kan ze lezen. Schrijf geen namen of andere gegevens op van mensen die je helpt.',
    answerLabel: (n: number) => `Jouw antwoord op vraag ${n}`,
    answerHint: `Hoogstens ${MAX_ANSWER_LENGTH} tekens. Laat leeg om een antwoord te wissen.`,
    savedAt: (date: string) => `Laatst opgeslagen: ${date}.`,
    save: 'Antwoorden opslaan',
    saved: 'Je antwoorden zijn opgeslagen.',
    notSaved: 'Nog niet opgeslagen',
    fixFields: 'Pas deze velden aan:',
    answerTooLong: (n: number, len: number) =>
      `Antwoord op vraag ${n}: dit is te lang. Gebruik hoogstens ${MAX_ANSWER_LENGTH} tekens. Nu zijn het er ${len}.`,
    meerWeten: 'Meer weten',
    meerDoen: 'Meer doen?',
    source: 'Bron: werkkaart uit het onderzoek "Tussen wal en schip" (Wever e.a., 2025), in eigen woorden.',
    // persona's
    personaLabel: 'Persona: een voorbeeld van iemand met een arbeidsbeperking zonder uitkering',
    age: (n: number) => `${n} jaar`,
    inShort: 'In het kort',
    whoIAm: 'Het verhaal',
    limitation: 'Beperking',
    noBenefit: 'Waarom geen uitkering?',
    obstacles: (name: string) => `Waar loopt ${name} tegenaan?`,
    currentSituation: (name: string) => `Waar staat ${name} nu?`,
    needs: (name: string) => `Wat heeft ${name} nodig?`,
    gapNeeds: 'Het onderzoek geeft voor deze persona geen lijst van wat nodig is. Bespreek met je team wat dat zou kunnen zijn.',
    gapCurrent: 'Het onderzoek beschrijft niet waar deze persona nu staat. Bespreek met je team hoe de situatie nu zou kunnen zijn.',
    conversation: (name: string) => `In gesprek over ${name}`,
    conversationIntro: 'Vragen voor een training of een teamoverleg.',
    rechtencheckPersona: (name: string) => `Waar heeft ${name} misschien recht op?`,
    rechtencheckPersonaText: (name: string) =>
      `De Rechtencheck is al ingevuld met de situatie van ${name}. Je ziet welke hulp ${name} misschien kan krijgen, en waarom.`,
    rechtencheckPersonaLink: (name: string) => `Bekijk de Rechtencheck van ${name}`,
    wegwijzerPersona: (name: string) => `Hulp zoeken voor iemand zoals ${name}`,
    print: 'Print deze persona',
    printAll: 'Print',
    disclaimer: 'Let op',
  },
  en: {
    otherLang: 'Lees in het Nederlands',
    otherLangCode: 'nl' as Lang,
    kennisTitle: 'Knowledge for professionals',
    kennisLead:
      'Tools for those who work with people with a work limitation and no benefit. Based on the research "Tussen wal en schip" (Wever et al., 2025).',
    werkkaartTitle: 'Work card',
    werkkaartLead:
      'Practical knowledge for your conversations: about the group, the law, the limitation and the guidance. With questions to reflect on.',
    personasTitle: 'Personas',
    personasLead: 'Five examples of people with a work limitation and no benefit. For training and team meetings.',
    kompasTitle: 'Change compass',
    kompasLead: 'For gemeenten that want to improve their policy and services for this group, step by step.',
    toKompas: 'Go to the change compass (Dutch)',
    toWerkkaart: 'Go to the work card',
    toPersonas: 'Go to the personas',
    contents: 'Contents',
    searchLabel: 'Search the work card',
    searchHint: 'For example: voluntary, referral, wage cost subsidy.',
    searchButton: 'Search',
    searchTooLong: `Your search is too long. Use at most ${MAX_QUERY_LENGTH} characters, for example a few words.`,
    checkSearch: 'Check your search',
    results: (n: number, q: string) => `${n === 1 ? '1 result' : `${n} results`} for "${q}".`,
    noResults: 'Try another word, or fewer words. Or choose a chapter from the contents.',
    chapter: 'Chapter',
    backToWerkkaart: 'Back to the contents of the work card',
    backToPersonas: 'Back to all personas',
    onThisPage: 'On this page',
    tips: 'What can you do?',
    linksTitle: 'More in InBeeld',
    helpKindsTitle: 'Find help in the Wegwijzer',
    servicesTitle: 'Offers in the Wegwijzer',
    rechtencheckTitle: 'Rechtencheck',
    rechtencheckLink: 'Go to the Rechtencheck',
    trajectenTitle: 'In your work',
    reflectionTitle: 'Reflect',
    reflectionIntro: 'Think about these questions, alone or with your team.',
    reflectionLogin: 'Log in to keep your answers. Then only you can read them.',
    loginLink: 'Log in',
    reflectionPrivate:
      'Your answers are for you only. Nobody else can read them. Do not write down names or other details of people you help.',
    answerLabel: (n: number) => `Your answer to question ${n}`,
    answerHint: `At most ${MAX_ANSWER_LENGTH} characters. Leave empty to delete an answer.`,
    savedAt: (date: string) => `Last saved: ${date}.`,
    save: 'Save answers',
    saved: 'Your answers have been saved.',
    notSaved: 'Not saved yet',
    fixFields: 'Please correct these fields:',
    answerTooLong: (n: number, len: number) =>
      `Answer to question ${n}: this is too long. Use at most ${MAX_ANSWER_LENGTH} characters. It is now ${len}.`,
    meerWeten: 'Learn more',
    meerDoen: 'Do more?',
    source: 'Source: work card from the research "Tussen wal en schip" (Wever et al., 2025), in our own words.',
    personaLabel: 'Persona: an example of someone with a work limitation and no benefit',
    age: (n: number) => `${n} years old`,
    inShort: 'In short',
    whoIAm: 'The story',
    limitation: 'Limitation',
    noBenefit: 'Why no benefit?',
    obstacles: (name: string) => `What does ${name} run into?`,
    currentSituation: (name: string) => `Where does ${name} stand now?`,
    needs: (name: string) => `What does ${name} need?`,
    gapNeeds: 'The research gives no list of what this persona needs. Discuss with your team what that could be.',
    gapCurrent: 'The research does not describe where this persona stands now. Discuss with your team what the situation could be.',
    conversation: (name: string) => `Discussing ${name}`,
    conversationIntro: 'Questions for a training or a team meeting.',
    rechtencheckPersona: (name: string) => `What may ${name} be entitled to?`,
    rechtencheckPersonaText: (name: string) =>
      `The Rechtencheck is already filled in with ${name}’s situation. You see which help ${name} may get, and why.`,
    rechtencheckPersonaLink: (name: string) => `View ${name}’s Rechtencheck`,
    wegwijzerPersona: (name: string) => `Find help for someone like ${name}`,
    print: 'Print this persona',
    printAll: 'Print',
    disclaimer: 'Please note',
  },
} as const;

export type Ui = (typeof ui)[Lang];
