// A realistic demo caseload, generated: 30 to 40 invented persons per demo
// consulent in varied states, with a history over the past 18 months. Pure
// and deterministic (a seeded generator): the same key and day give the same
// caseload, so the demo and its tests are reproducible. All names carry
// "(demo)".
import { mulberry32 } from './random.ts';

export type DemoState =
  | 'nieuw'
  | 'intake'
  | 'plan'
  | 'evaluatie-te-laat'
  | 'afspraak-te-laat'
  | 'vandaag'
  | 'passief'
  | 'geen-contact'
  | 'overgang';

export interface DemoPersonSpec {
  givenName: string;
  familyName: string;
  birthYear: number;
  state: DemoState;
  createdOn: string;
  caseload: 'actief' | 'passief';
  hasContactPerson: boolean;
  cameIntoViewVia: 'zelf' | 'uwv' | 'school' | 'wijkteam' | 'werkgever';
  contacts: Array<{ date: string; channel: 'gesprek' | 'telefoon' | 'e-mail' | 'video' }>;
  plan: { goalType: string; goal: string; createdOn: string; reviewDate: string } | null;
  agreements: Array<{ description: string; owner: 'persoon' | 'professional'; dueDate: string; done: boolean }>;
  registration: { createdOn: string; deadline: string } | null;
  transition: { kind: string; eventDate: string; deadline: string } | null;
}

/** A seeded generator for demo data, seeded from a string. */
export function seededRandom(key: string): () => number {
  let h = 1779033703 ^ key.length;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 3432918353), (h = (h << 13) | (h >>> 19));
  return mulberry32(h >>> 0);
}

const givenNames = ['Noah', 'Emma', 'Daan', 'Julia', 'Sem', 'Mila', 'Finn', 'Sara', 'Levi', 'Yara', 'Milan', 'Lisa', 'Bram', 'Fleur', 'Mohammed', 'Amira', 'Jesse', 'Iris', 'Thijs', 'Noor', 'Ruben', 'Anouk', 'Youssef', 'Eva', 'Lars', 'Zoë', 'Stijn', 'Fenna', 'Kevin', 'Esra', 'Joris', 'Mirthe', 'Dennis', 'Priya', 'Wouter', 'Lieke', 'Hamza', 'Sanne', 'Tim', 'Roos'];
// Not the family names of the named demo persons in seed.ts (Jansen, Benali, de Boer): tests find those by name.
const familyNames = ['de Jong', 'Kramer', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Veenstra', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Haddou', 'Yilmaz', 'Kaya', 'Schouten', 'Postma'];
const goals: Array<[string, string]> = [
  ['regulier-werk', 'Een baan van 16 uur in de groenvoorziening'],
  ['werk-met-loonkostensubsidie', 'Werk in een supermarkt met loonkostensubsidie'],
  ['beschut-werk', 'Een plek in beschut werk bij het werkbedrijf'],
  ['scholing', 'Een mbo-opleiding niveau 2 in de logistiek'],
  ['proefplaatsing', 'Een proefplaatsing van twee maanden in de zorg'],
  ['vrijwilligerswerk', 'Vrijwilligerswerk om ritme op te bouwen'],
];
const agreementTexts: Array<[string, 'persoon' | 'professional']> = [
  ['Cv bijwerken en opsturen', 'persoon'],
  ['Gesprek met de jobcoach plannen', 'professional'],
  ['Aanvraag doelgroepregister nagaan bij UWV', 'professional'],
  ['Twee vacatures uitzoeken', 'persoon'],
  ['Kennismaking bij de werkgever voorbereiden', 'persoon'],
];
const transitionKinds = ['school-verlaten-pro', 'einde-contract', 'uitkering-afgewezen', 'einde-jobcoaching'];

// The share of each state, in order; the rest of the caseload is 'plan'.
const stateCounts: Array<[DemoState, number]> = [
  ['nieuw', 3],
  ['intake', 4],
  ['evaluatie-te-laat', 3],
  ['afspraak-te-laat', 3],
  ['vandaag', 2],
  ['passief', 4],
  ['geen-contact', 2],
  ['overgang', 2],
];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Contacts from `from` to `until`, every `minGap` to `maxGap` days. */
function contactsBetween(rnd: () => number, from: string, until: string, minGap: number, maxGap: number): DemoPersonSpec['contacts'] {
  const channels = ['gesprek', 'telefoon', 'e-mail', 'video'] as const;
  const out: DemoPersonSpec['contacts'] = [];
  for (let d = from; d <= until; d = addDays(d, minGap + Math.floor(rnd() * (maxGap - minGap + 1)))) {
    out.push({ date: d, channel: channels[Math.floor(rnd() * channels.length)]! });
  }
  return out;
}

/**
 * The caseload of one demo consulent. `addWorkingDays` is passed in (from
 * src/domain/workdays.ts) so deadlines follow the same rules as the product.
 */
export function demoCaseload(key: string, today: string, addWorkingDays: (iso: string, n: number) => string): DemoPersonSpec[] {
  const rnd = seededRandom(`${key}:${today}`);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const total = 30 + Math.floor(seededRandom(key)() * 11);
  const states: DemoState[] = stateCounts.flatMap(([s, n]) => Array<DemoState>(n).fill(s));
  while (states.length < total) states.push('plan');
  const via = ['zelf', 'uwv', 'school', 'wijkteam', 'werkgever'] as const;
  return states.map((state, i) => {
    const givenName = givenNames[(i * 7 + int(0, givenNames.length - 1)) % givenNames.length]!;
    const familyName = `${familyNames[(i * 11 + int(0, familyNames.length - 1)) % familyNames.length]!} (demo)`;
    const spec: DemoPersonSpec = {
      givenName, familyName, birthYear: int(1966, 2007), state, createdOn: today, caseload: 'actief', hasContactPerson: true,
      cameIntoViewVia: pick(via), contacts: [], plan: null, agreements: [], registration: null, transition: null,
    };
    const withPlan = (createdOn: string, reviewDate: string) => {
      const [goalType, goal] = pick(goals);
      spec.plan = { goalType, goal, createdOn, reviewDate };
    };
    switch (state) {
      case 'nieuw': {
        spec.createdOn = addDays(today, -int(0, 4));
        spec.hasContactPerson = false;
        spec.cameIntoViewVia = 'zelf';
        spec.registration = { createdOn: spec.createdOn, deadline: addWorkingDays(spec.createdOn, 5) };
        break;
      }
      case 'intake': {
        spec.createdOn = addDays(today, -int(3, 20));
        spec.contacts = [{ date: addDays(spec.createdOn, int(1, 3)), channel: 'gesprek' }];
        break;
      }
      default: {
        // An older record: in view for 2 to 18 months, a plan made in the first weeks.
        spec.createdOn = addDays(today, -int(60, 540));
        const planOn = addDays(spec.createdOn, int(7, 25));
        const lastContact = state === 'geen-contact' ? addDays(today, -int(63, 100)) : state === 'passief' ? addDays(today, -int(30, 210)) : addDays(today, -int(2, 30));
        spec.contacts = contactsBetween(rnd, addDays(spec.createdOn, 2), lastContact, 14, 42);
        if (spec.contacts.at(-1)?.date !== lastContact) spec.contacts.push({ date: lastContact, channel: 'gesprek' });
        const review = state === 'evaluatie-te-laat' ? addDays(today, -int(3, 30)) : state === 'vandaag' && i % 2 === 0 ? today : addDays(today, int(10, 90));
        withPlan(planOn, review);
        const [text, owner] = pick(agreementTexts);
        spec.agreements.push({ description: text, owner, dueDate: addDays(planOn, 14), done: true });
        if (state === 'afspraak-te-laat') spec.agreements.push({ description: pick(agreementTexts)[0], owner: 'persoon', dueDate: addDays(today, -int(2, 20)), done: false });
        else if (state === 'vandaag' && i % 2 === 1) spec.agreements.push({ description: pick(agreementTexts)[0], owner: 'professional', dueDate: today, done: false });
        else spec.agreements.push({ description: pick(agreementTexts)[0], owner: pick(['persoon', 'professional'] as const), dueDate: addDays(today, int(5, 40)), done: false });
        if (state === 'passief') spec.caseload = 'passief';
        if (state === 'overgang') {
          const eventDate = addDays(today, -int(0, 12));
          spec.transition = { kind: pick(transitionKinds), eventDate, deadline: addWorkingDays(eventDate, 10) };
        }
      }
    }
    return spec;
  });
}
