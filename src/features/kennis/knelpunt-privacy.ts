// A bottleneck (knelpunt) is about a way of working or a policy, never about
// one person. Before one is stored, its text is checked for personal data:
// a BSN (a 9-digit number that passes the 11-proef), an e-mail address, a
// phone number, or a name (a title such as "mevrouw" or "dhr." followed by a
// capitalised word, two capitalised words after "cliënt", "klant", "persoon"
// and similar words, or a common first name followed by a capitalised family
// name, with prefixes such as "van", "de", "van der": "Ahmed Benali",
// "Jan van der Berg"). Text with any of these is refused as a whole.
import { isValidBsn } from '../../domain/bsn.ts';
import { commonFirstNames } from '../../content/reference/first-names.ts';

export type PersonalDataKind = 'bsn' | 'e-mail' | 'telefoon' | 'naam';

const nineDigits = /(?<!\d)(?:\d[\s.-]?){8}\d(?!\d)/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const phone = /(?<![\d])(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?!\d)/;

// Letters of names, including accented ones (Öztürk, Çelik, Émile).
const upper = "[A-ZÀ-ÖØ-Þ]";
const lower = "[a-zß-öø-ÿ'’-]";
const capitalised = `${upper}${lower}+`;
const particles = "(?:(?:van|de|der|den|het|ten|ter|te|in|op|'t|el|al|da|du|le|la|von)\\s+)*";

// "mevrouw Jansen", "dhr. De Vries", "mw El Amrani", "meneer van Dijk".
const titled = new RegExp(
  `(?<![\\p{L}])(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\\.?|[Mm]w\\.?|[Dd]hr\\.?|[Dd]e heer|[Hh]eer|[Mm]r\\.|[Mm]ej\\.?|[Jj]uffrouw)\\s+${particles}${capitalised}`,
  'u',
);
// "cliënt Jan Jansen", "klant Fatima el Idrissi", "persoon Piet de Boer".
const afterNoun = new RegExp(
  `(?<![\\p{L}])(?:[Cc]li[eë]nte?|[Kk]lant|[Pp]ersoon|[Dd]eelnemer|[Ii]nwoner|[Kk]andidaat|[Ww]erkzoekende)\\s+(?:genaamd\\s+|,\\s*)?${capitalised}\\s+${particles}${capitalised}`,
  'u',
);

// "Ahmed Benali belde", "Fatima el Idrissi", "Jan van der Berg", "Anna-Maria Kowalski".
const givenNames = [...commonFirstNames].sort((a, b) => b.length - a.length).join('|');
const givenAndFamily = new RegExp(`(?<![\\p{L}])(?:${givenNames})\\s+${particles}${capitalised}(?![\\p{L}])`, 'u');

/** Kinds of personal data found in the text (empty when none). */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if ([...text.matchAll(nineDigits)].some((m) => isValidBsn(m[0]))) found.push('bsn');
  if (email.test(text)) found.push('e-mail');
  if (phone.test(text)) found.push('telefoon');
  if (titled.test(text) || afterNoun.test(text) || givenAndFamily.test(text)) found.push('naam');
  return found;
}

const kindLabels: Record<PersonalDataKind, string> = {
  bsn: 'een BSN',
  'e-mail': 'een e-mailadres',
  telefoon: 'een telefoonnummer',
  naam: 'een naam',
};

/** The Dutch message for the form: what was found and what to do. */
export function personalDataMessage(kinds: PersonalDataKind[]): string {
  const list = kinds.map((k) => kindLabels[k]);
  const what = list.length > 1 ? `${list.slice(0, -1).join(', ')} en ${list.at(-1)}` : list[0] ?? 'persoonsgegevens';
  return `Beschrijving: haal de persoonsgegevens weg. We zien ${what}. Een knelpunt gaat over de werkwijze of het beleid, niet over één persoon. Iedereen die aan het veranderkompas meedoet, kan het lezen. Schrijf bijvoorbeeld "een inwoner" in plaats van een naam.`;
}
