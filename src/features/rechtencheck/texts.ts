// Fixed texts of the Rechtencheck pages, in B1 Dutch, and in English for the
// result (the rules give every explanation in both languages).
import type { Outcome, Provider } from '../../domain/rechtencheck/index.ts';
import type { AreaScope } from '../../content/types.ts';

export type Lang = 'nl' | 'en';

export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'nl';
}

export const outcomeLabels: Record<Lang, Record<Outcome, string>> = {
  nl: {
    waarschijnlijk: 'Waarschijnlijk wel',
    misschien: 'Misschien',
    meer_informatie_nodig: 'Meer informatie nodig',
    waarschijnlijk_niet: 'Waarschijnlijk niet',
  },
  en: {
    waarschijnlijk: 'Probably yes',
    misschien: 'Maybe',
    meer_informatie_nodig: 'More information needed',
    waarschijnlijk_niet: 'Probably not',
  },
};

/** Outcome → tag style (text says the outcome; the colour only repeats it). */
export const outcomeCss: Record<Outcome, string> = {
  waarschijnlijk: 'tag ok',
  misschien: 'tag warn',
  meer_informatie_nodig: 'tag',
  waarschijnlijk_niet: 'tag no',
};

export const criterionLabels: Record<Lang, Record<'voldaan' | 'niet_voldaan' | 'onbekend', string>> = {
  nl: { voldaan: 'Klopt', niet_voldaan: 'Klopt niet', onbekend: 'Nog niet bekend' },
  en: { voldaan: 'Met', niet_voldaan: 'Not met', onbekend: 'Not known yet' },
};

export const providerLabels: Record<Lang, Record<Provider, string>> = {
  nl: { gemeente: 'Gemeente', uwv: 'UWV', werkgever: 'Werkgever', 'gemeente-of-svb': 'Gemeente of SVB' },
  en: { gemeente: 'Gemeente', uwv: 'UWV', werkgever: 'Employer', 'gemeente-of-svb': 'Gemeente or SVB' },
};

export const scopeLabels: Record<Lang, Record<AreaScope, string>> = {
  nl: { gemeente: 'In je gemeente', arbeidsmarktregio: 'In je regio', national: 'Heel Nederland' },
  en: { gemeente: 'In your gemeente', arbeidsmarktregio: 'In your region', national: 'All of the Netherlands' },
};

export const ui = {
  nl: {
    title: 'Je uitslag',
    sharedTitle: 'Gedeelde uitslag van de Rechtencheck',
    personaTitle: (name: string) => `Voorbeeld: de uitslag voor ${name}`,
    computedOn: (date: string, version: string) => `Uitgerekend voor ${date}, met versie ${version} van de regels.`,
    gemeente: (name: string) => `Gemeente: ${name}.`,
    noGemeente: 'Je gaf geen gemeente op. Daarom zie je alleen hulp voor heel Nederland.',
    summary: 'In het kort',
    whoDecides: 'Wie beslist?',
    route: 'Gemeente of UWV?',
    whatToDo: 'Wat kun je doen?',
    bring: 'Neem mee:',
    ask: 'Vraag:',
    moreInfo: 'Meer informatie:',
    offers: 'Hulp in de Wegwijzer:',
    demo: 'Voorbeeld (demo)',
    why: 'Waarom? De voorwaarden en de wet',
    informative: '(ter informatie)',
    law: 'Wettelijke basis',
    validFrom: (date: string) => `geldt vanaf ${date}`,
    answers: 'Je antwoorden',
    answersShared: 'De antwoorden',
    change: 'Wijzig',
    changeHidden: (q: string) => `je antwoord op: ${q}`,
    receipt: 'Verantwoording (voor professionals)',
    receiptIntro: 'Met deze gegevens kan de uitslag later precies zo opnieuw worden uitgerekend.',
    receiptDate: 'Datum van de regels',
    receiptEngine: 'Versie van de Rechtencheck',
    receiptPolicy: 'Beleid van de gemeente',
    receiptHash: 'Controlecode (sha256)',
    receiptRules: 'Versie per regel',
    onThisPage: 'Op deze pagina',
    toAnswers: 'Je antwoorden',
    toSave: 'Printen of PDF',
    toShare: 'Delen met een consulent',
    otherLang: 'Read the explanation in English',
    otherLangCode: 'en' as Lang,
  },
  en: {
    title: 'Your result',
    sharedTitle: 'Shared result of the Rechtencheck',
    personaTitle: (name: string) => `Example: the result for ${name}`,
    computedOn: (date: string, version: string) => `Worked out for ${date}, with version ${version} of the rules.`,
    gemeente: (name: string) => `Gemeente: ${name}.`,
    noGemeente: 'You did not give a gemeente. So you only see help for the whole country.',
    summary: 'In short',
    whoDecides: 'Who decides?',
    route: 'Gemeente or UWV?',
    whatToDo: 'What can you do?',
    bring: 'Bring:',
    ask: 'Ask:',
    moreInfo: 'More information:',
    offers: 'Help in the Wegwijzer:',
    demo: 'Example (demo)',
    why: 'Why? The conditions and the law',
    informative: '(for information)',
    law: 'Legal basis',
    validFrom: (date: string) => `holds from ${date}`,
    answers: 'Your answers',
    answersShared: 'The answers',
    change: 'Change',
    changeHidden: (q: string) => `your answer to: ${q}`,
    receipt: 'Receipt (for professionals)',
    receiptIntro: 'With these details the result can be worked out again in exactly the same way.',
    receiptDate: 'Date of the rules',
    receiptEngine: 'Version of the Rechtencheck',
    receiptPolicy: 'Policy of the gemeente',
    receiptHash: 'Check code (sha256)',
    receiptRules: 'Version per rule',
    onThisPage: 'On this page',
    toAnswers: 'Your answers',
    toSave: 'Print or PDF',
    toShare: 'Share with an adviser',
    otherLang: 'Lees de uitleg in het Nederlands',
    otherLangCode: 'nl' as Lang,
  },
} as const;

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }),
};

// Formatted dates by language and input: a result page shows the same few
// source dates many times, and Intl formatting with a time zone is costly.
const formatted: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

/** 2026-11-23 or an ISO date-time → "23 november 2026". */
export function formatDate(iso: string, lang: Lang = 'nl'): string {
  const cache = formatted[lang];
  let text = cache.get(iso);
  if (text === undefined) {
    const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
    text = dateFormats[lang].format(date);
    if (cache.size >= 1000) cache.clear();
    cache.set(iso, text);
  }
  return text;
}
