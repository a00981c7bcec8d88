// The amounts a person needs to answer the income and savings question, in
// words, with the date each amount holds from. Read from the dated parameters
// (parameters.ts); an amount that is due for indexation says so.
import { kostendelersnorm, parameterAt, parameterEntryAt, staleParameters, type ParameterId } from './parameters.ts';
import type { Text } from './types.ts';

// Formatters built once: toLocaleString with a locale builds a new one per call.
const locale = (lang: 'nl' | 'en') => (lang === 'en' ? 'en-GB' : 'nl-NL');
const euroFormats = {
  whole: { nl: new Intl.NumberFormat(locale('nl'), { minimumFractionDigits: 0, maximumFractionDigits: 2 }), en: new Intl.NumberFormat(locale('en'), { minimumFractionDigits: 0, maximumFractionDigits: 2 }) },
  cents: { nl: new Intl.NumberFormat(locale('nl'), { minimumFractionDigits: 2, maximumFractionDigits: 2 }), en: new Intl.NumberFormat(locale('en'), { minimumFractionDigits: 2, maximumFractionDigits: 2 }) },
};
const dateFormats = {
  nl: new Intl.DateTimeFormat(locale('nl'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(locale('en'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function euro(value: number, lang: 'nl' | 'en'): string {
  return `€ ${euroFormats[value % 1 ? 'cents' : 'whole'][lang].format(value)}`;
}

function dateText(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateFormats[lang].format(new Date(Date.UTC(y, m - 1, d)));
}

/** A sentence when amounts are older than their last indexation date. */
function staleNote(ids: readonly ParameterId[], date: string): Text | null {
  const stale = staleParameters(date).filter((s) => ids.includes(s.id));
  if (stale.length === 0) return null;
  return {
    nl: 'Het bedrag van nu is iets hoger; de gemeente weet het precieze bedrag.',
    en: 'The current amount is a little higher; the gemeente knows the exact amount.',
  };
}

/** Bijstandsnorm for a single person, a couple, and someone living with two other adults (kostendelersnorm). */
export function normAmounts(date: string): Text {
  const single = parameterAt('bijstandsnormAlleenstaande', date);
  const couple = parameterAt('bijstandsnormGehuwden', date);
  const shared = kostendelersnorm(date, 3);
  const from = parameterEntryAt('bijstandsnormGehuwden', date)?.from ?? date;
  const note = staleNote(['bijstandsnormAlleenstaande', 'bijstandsnormGehuwden'], date);
  const out: Text = {
    nl: `De bijstandsnorm (netto per maand, met vakantiegeld, bedragen van ${dateText(from, 'nl')}): ${euro(single, 'nl')} als je alleen woont, ${euro(couple, 'nl')} voor jou en je partner samen. Woon je met 2 andere volwassenen van 27 jaar of ouder, zoals je ouders? Dan is het ${euro(shared, 'nl')} (kostendelersnorm).`,
    en: `The bijstand standard (net per month, holiday pay included, amounts of ${dateText(from, 'en')}): ${euro(single, 'en')} if you live alone, ${euro(couple, 'en')} for you and your partner together. Do you live with 2 other adults aged 27 or over, such as your parents? Then it is ${euro(shared, 'en')} (kostendelersnorm).`,
  };
  return note ? { nl: `${out.nl} ${note.nl}`, en: `${out.en} ${note.en}` } : out;
}

/** Vermogensgrens for a single person and for a couple or single parent. */
export function assetAmounts(date: string): Text {
  const single = parameterAt('vermogensgrensAlleenstaande', date);
  const couple = parameterAt('vermogensgrensGehuwden', date);
  const from = parameterEntryAt('vermogensgrensAlleenstaande', date)?.from ?? date;
  const note = staleNote(['vermogensgrensAlleenstaande', 'vermogensgrensGehuwden'], date);
  const out: Text = {
    nl: `De vermogensgrens (bedragen van ${dateText(from, 'nl')}): ${euro(single, 'nl')} als je alleen woont, ${euro(couple, 'nl')} met een partner of kind.`,
    en: `The asset limit (amounts of ${dateText(from, 'en')}): ${euro(single, 'en')} if you live alone, ${euro(couple, 'en')} with a partner or child.`,
  };
  return note ? { nl: `${out.nl} ${note.nl}`, en: `${out.en} ${note.en}` } : out;
}
