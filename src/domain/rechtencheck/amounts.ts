// The amounts a person needs to answer the income and savings question, in
// words, with the date each amount holds from. Read from the dated parameters
// (parameters.ts); an amount that is due for indexation says so.
import { kostendelersnorm, parameterAt, parameterEntryAt, staleParameters, type ParameterId } from './parameters.ts';
import type { Text } from './types.ts';

function euro(value: number, lang: 'nl' | 'en'): string {
  return `€ ${value.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: value % 1 ? 2 : 0, maximumFractionDigits: 2 })}`;
}

function dateText(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
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
