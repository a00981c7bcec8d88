// The questionnaire: questions, and which of them still change an outcome.
//
// A question is worth asking only when its answer can change the outcome of
// at least one instrument, given what the person already told us. We test
// that directly: fill in each possible answer, run all rules, and compare the
// outcomes. No one is shown more than MAX_QUESTIONS questions.
import { ENUMS, type EnumFact, type FactKey, type RechtencheckFacts } from './facts.ts';
import { assetAmounts, normAmounts } from './amounts.ts';
import type { Text } from './types.ts';
import { t } from './types.ts';

export const MAX_QUESTIONS = 12;

export interface AnswerOption {
  /** The value of the answer (null = "weet ik niet" for a number). */
  value: string | number | null;
  label: Text;
  /** The facts this answer fills in. */
  sets: Partial<RechtencheckFacts>;
}

export interface Question {
  /** The fact this question asks about, or a name for a question that fills several facts. */
  id: FactKey | 'huishouden' | 'achtergrond' | 'baan' | 'beperking';
  /** The facts the answer fills in. The question counts as answered when one of them is present. */
  facts: readonly FactKey[];
  text: Text;
  help: Text;
  /**
   * 'choice': pick one option; 'multi': tick all that apply (the facts of
   * unticked options take the values in `base`); 'number': a number, or the
   * "weet ik niet" option; 'numbers': several numbers in one question (see
   * `fields`; each may be left as "weet ik niet" = null); 'gemeente': a
   * gemeente picker.
   */
  type: 'choice' | 'multi' | 'number' | 'numbers' | 'gemeente';
  /** For choices: all options, "weet ik niet" included. For numbers: the "weet ik niet" option. */
  options: AnswerOption[];
  /** For 'multi': the facts when nothing is ticked ("geen van deze"). */
  base?: Partial<RechtencheckFacts>;
  /** For 'numbers': one input per fact. */
  fields?: { fact: FactKey; label: Text; unit: Text; min: number; max: number; help?: Text }[];
  unit?: Text;
  min?: number;
  max?: number;
  /** Only ask when this holds for the answers so far (e.g. hours only with a job). */
  askWhen?: (facts: RechtencheckFacts) => boolean;
  /** Help that shows amounts of the day (bijstandsnorm, vermogensgrens); replaces `help`. */
  helpAt?: (date: string) => Text;
  /** Also worth asking when the answer only changes an explanation (not an outcome). */
  explains?: boolean;
}

/** The help text of a question on a date (with the amounts that hold then). */
export function questionHelp(q: Question, date: string): Text {
  return q.helpAt ? q.helpAt(date) : q.help;
}

const DONT_KNOW = t('Weet ik niet', 'I don’t know');

function choice(id: EnumFact, text: Text, help: Text, labels: Record<string, Text>, askWhen?: Question['askWhen']): Question {
  const values = ENUMS[id] as readonly string[];
  // Options in the order of the labels (most common first), each value once.
  if (Object.keys(labels).length !== values.length - 1 || Object.keys(labels).some((v) => !values.includes(v))) {
    throw new Error(`vraag ${id}: labels passen niet bij de waarden`);
  }
  const options: AnswerOption[] = Object.keys(labels)
    .map((v) => {
      const label = labels[v];
      if (!label) throw new Error(`vraag ${id}: geen label voor ${v}`);
      return { value: v, label, sets: { [id]: v } };
    });
  options.push({ value: 'onbekend', label: DONT_KNOW, sets: { [id]: 'onbekend' } });
  return { id, facts: [id], text, help, type: 'choice', options, ...(askWhen ? { askWhen } : {}) };
}

function number(id: FactKey, text: Text, help: Text, unit: Text, min: number, max: number, askWhen?: Question['askWhen']): Question {
  return {
    id,
    facts: [id],
    text,
    help,
    type: 'number',
    options: [{ value: null, label: DONT_KNOW, sets: { [id]: null } }],
    unit,
    min,
    max,
    ...(askWhen ? { askWhen } : {}),
  };
}

const hasJob = (f: RechtencheckFacts): boolean => f.jobStatus === 'werk' || f.jobStatus === 'aanbod';

const YES = t('Ja', 'Yes');
const NO = t('Nee', 'No');

/** All questions, in the order we ask them (most decisive first). */
export const questions: readonly Question[] = [
  {
    id: 'gemeente',
    facts: ['gemeente'],
    text: t('In welke gemeente woon je?', 'Which gemeente do you live in?'),
    help: t('Elke gemeente heeft eigen regels. Zo kunnen we je de juiste hulp laten zien.', 'Each gemeente has its own rules. This way we can show you the right help.'),
    type: 'gemeente',
    options: [],
  },
  number(
    'age',
    t('Hoe oud ben je?', 'How old are you?'),
    t('Sommige regels hangen af van je leeftijd, bijvoorbeeld onder 27 jaar of vanaf de AOW-leeftijd.', 'Some rules depend on your age, for example under 27 or from the AOW age.'),
    t('jaar', 'years'),
    0,
    120,
  ),
  choice(
    'benefit',
    t('Krijg je nu een uitkering?', 'Do you get a benefit now?'),
    t('Met een uitkering van UWV helpt UWV je. Zonder uitkering, of met bijstand, helpt de gemeente.', 'With a UWV benefit, UWV helps you. Without a benefit, or with bijstand, the gemeente helps.'),
    {
      geen: t('Nee, geen uitkering', 'No, no benefit'),
      bijstand: t('Bijstand', 'Bijstand (social assistance)'),
      ww: t('WW', 'WW (unemployment)'),
      wia: t('WIA of WAO', 'WIA or WAO (disability)'),
      wajong: t('Wajong', 'Wajong'),
      ziektewet: t('Ziektewet', 'Ziektewet (sickness)'),
      anw: t('Anw (nabestaanden)', 'Anw (surviving dependants)'),
      ioaw: t('IOAW of IOAZ', 'IOAW or IOAZ'),
      anders: t('Een andere uitkering', 'Another benefit'),
    },
  ),
  {
    ...choice(
    'noBenefitReason',
    t('Waarom heb je geen uitkering?', 'Why do you have no benefit?'),
    t(
      'Kies wat het meest past. Soms denken mensen dat ze geen recht hebben, terwijl dat wel zo is.',
      'Choose what fits best. Sometimes people think they have no right while they do.',
    ),
    {
      'partner-inkomen': t('Mijn partner heeft inkomen', 'My partner has an income'),
      vermogen: t('Ik heb spaargeld of vermogen', 'I have savings or assets'),
      'woont-bij-ouders': t('Ik woon bij mijn ouders', 'I live with my parents'),
      'geen-werk-bij-ziekte': t('Ik had geen werk toen ik ziek werd', 'I had no job when I fell ill'),
      zzp: t('Ik was zzp’er', 'I was self-employed'),
      'denkt-geen-recht': t('Ik denk dat ik geen recht heb', 'I think I have no right'),
      anders: t('Iets anders', 'Something else'),
    },
    (f) => f.benefit === 'geen',
  ),
    explains: true,
  },
  choice(
    'registeredJobseeker',
    t('Sta je ingeschreven bij UWV als werkzoekende?', 'Are you registered at UWV as a job seeker?'),
    t('Dat doe je op werk.nl. Zonder uitkering moet je de inschrijving zelf verlengen.', 'You do that on werk.nl. Without a benefit you must renew it yourself.'),
    { ja: YES, nee: NO, verlopen: t('Ik stond ingeschreven, maar het is verlopen', 'I was registered, but it has expired') },
  ),
  {
    id: 'beperking',
    facts: ['structuralLimitation', 'limitationKind'],
    text: t('Heb je een ziekte of handicap waar je blijvend last van hebt bij werk?', 'Do you have an illness or disability that lastingly affects you at work?'),
    help: t(
      'Kies wat je het meest last geeft. Bij slecht zien of slecht horen regelt UWV sommige voorzieningen.',
      'Choose what affects you most. For poor sight or poor hearing UWV arranges some provisions.',
    ),
    type: 'choice',
    options: [
      ...(
        [
          ['lichamelijk', t('Ja, lichamelijk', 'Yes, physical')],
          ['visueel', t('Ja, slecht zien', 'Yes, poor sight')],
          ['auditief', t('Ja, slecht horen', 'Yes, poor hearing')],
          ['psychisch', t('Ja, psychisch (bijvoorbeeld autisme of depressie)', 'Yes, mental health (for example autism or depression)')],
          ['verstandelijk', t('Ja, verstandelijk', 'Yes, intellectual')],
          ['nah', t('Ja, hersenletsel (NAH)', 'Yes, brain injury (NAH)')],
          ['chronisch', t('Ja, een chronische ziekte (bijvoorbeeld MS of langdurige vermoeidheid)', 'Yes, a chronic illness (for example MS or long-term fatigue)')],
          ['anders', t('Ja, iets anders', 'Yes, something else')],
        ] as const
      ).map(([kind, label]) => ({ value: kind, label, sets: { structuralLimitation: 'ja', limitationKind: kind } as Partial<RechtencheckFacts> })),
      { value: 'nee', label: t('Nee', 'No'), sets: { structuralLimitation: 'nee' } },
      { value: 'onbekend', label: DONT_KNOW, sets: { structuralLimitation: 'onbekend', limitationKind: 'onbekend' } },
    ],
  },
  choice(
    'canEarnMinimumWage',
    t('Kun je met een volle baan zelf het minimumloon verdienen?', 'Could you earn the minimum wage yourself in a full-time job?'),
    t('Het gaat om wat je werk waard is, niet om hoeveel uur je kunt werken.', 'It is about what your work is worth, not about how many hours you can work.'),
    { ja: YES, nee: NO },
  ),
  choice(
    'jobStatus',
    t('Heb je werk, of een aanbod van een werkgever?', 'Do you have work, or an offer from an employer?'),
    t('Sommige hulp, zoals een jobcoach, begint als je werk hebt.', 'Some support, like a jobcoach, starts when you have work.'),
    {
      geen: t('Nee, ik zoek werk', 'No, I am looking for work'),
      aanbod: t('Ik heb een aanbod', 'I have an offer'),
      werk: t('Ja, ik werk', 'Yes, I work'),
    },
  ),
  {
    id: 'huishouden',
    facts: ['householdIncome', 'householdAssets'],
    text: t('Hoeveel inkomen en spaargeld heb je, samen met je partner?', 'How much income and savings do you have, together with your partner?'),
    help: t(
      'Tel alleen jouw inkomen en spaargeld, en dat van je partner als je die hebt. Het inkomen van je ouders of huisgenoten telt niet mee. De gemeente vergelijkt het inkomen met de bijstandsnorm en het spaargeld met de vermogensgrens.',
      'Count only your own income and savings, and your partner’s if you have one. The income of your parents or housemates does not count. The gemeente compares the income with the bijstand standard and the savings with the asset limit.',
    ),
    helpAt: (date) => {
      const norm = normAmounts(date);
      const assets = assetAmounts(date);
      return t(
        `Tel alleen jouw inkomen en spaargeld, en dat van je partner als je die hebt. Het inkomen van je ouders of huisgenoten telt niet mee. ${norm.nl} ${assets.nl}`,
        `Count only your own income and savings, and your partner’s if you have one. The income of your parents or housemates does not count. ${norm.en} ${assets.en}`,
      );
    },
    type: 'choice',
    options: [
      {
        value: 'te-weinig',
        label: t('Inkomen onder de bijstandsnorm en spaargeld onder de grens', 'Income below the bijstand standard and savings below the limit'),
        sets: { householdIncome: 'onder-bijstandsnorm', householdAssets: 'onder-vermogensgrens' },
      },
      {
        value: 'spaargeld',
        label: t('Inkomen onder de bijstandsnorm, maar spaargeld boven de grens', 'Income below the bijstand standard, but savings above the limit'),
        sets: { householdIncome: 'onder-bijstandsnorm', householdAssets: 'boven-vermogensgrens' },
      },
      {
        value: 'inkomen',
        label: t('Inkomen boven de bijstandsnorm (bijvoorbeeld door mijn partner)', 'Income above the bijstand standard (for example through my partner)'),
        sets: { householdIncome: 'boven-bijstandsnorm' },
      },
      {
        value: 'onbekend',
        label: DONT_KNOW,
        sets: { householdIncome: 'onbekend', householdAssets: 'onbekend' },
      },
    ],
  },
  choice(
    'supportedByGemeente',
    t('Helpt de gemeente je al bij werk, of vond je je werk via de gemeente?', 'Does the gemeente already help you with work, or did you find your job through the gemeente?'),
    t('Dan blijft de gemeente aan zet voor hulp op je werk.', 'Then the gemeente stays responsible for support at work.'),
    { ja: YES, nee: NO },
  ),
  {
    id: 'achtergrond',
    facts: ['inDoelgroepregister', 'indication', 'school'],
    text: t('Wat past bij jou? Vink aan wat klopt.', 'What applies to you? Tick what is true.'),
    help: t(
      'Het doelgroepregister houdt UWV bij; je krijgt een brief als je erin staat. Een Wsw-indicatie of indicatie beschut werk krijg je als je alleen met veel hulp kunt werken.',
      'UWV keeps the doelgroepregister; you get a letter if you are in it. You get a Wsw or beschut werk indication if you can only work with a lot of help.',
    ),
    type: 'multi',
    base: { inDoelgroepregister: 'nee', indication: 'geen', school: 'anders' },
    options: [
      { value: 'doelgroepregister', label: t('Ik sta in het doelgroepregister (banenafspraak)', 'I am in the doelgroepregister (banenafspraak)'), sets: { inDoelgroepregister: 'ja' } },
      { value: 'wsw', label: t('Ik heb een Wsw-indicatie', 'I have a Wsw indication'), sets: { indication: 'wsw' } },
      { value: 'beschut-werk', label: t('Ik heb een indicatie beschut werk', 'I have a beschut werk indication'), sets: { indication: 'beschut-werk' } },
      { value: 'vso', label: t('Ik ging naar voortgezet speciaal onderwijs (vso)', 'I went to special secondary education (vso)'), sets: { school: 'vso' } },
      { value: 'pro', label: t('Ik ging naar praktijkonderwijs (pro)', 'I went to practical education (pro)'), sets: { school: 'pro' } },
      { value: 'entree', label: t('Ik deed mbo entree', 'I did mbo entry level'), sets: { school: 'entree' } },
      { value: 'geen', label: t('Geen van deze', 'None of these'), sets: {} },
      { value: 'onbekend', label: DONT_KNOW, sets: { inDoelgroepregister: 'onbekend', indication: 'onbekend', school: 'onbekend' } },
    ],
  },
  {
    id: 'baan',
    facts: ['jobHoursPerWeek', 'jobContractMonths', 'loonwaarde'],
    text: t('Vertel iets over je baan of aanbod.', 'Tell us about your job or offer.'),
    help: t(
      'UWV geeft een jobcoach meestal bij minstens 12 uur per week en een contract van minstens 6 maanden. Weet je iets niet? Laat het dan leeg.',
      'UWV usually gives a jobcoach with at least 12 hours a week and a contract of at least 6 months. Don’t know something? Leave it empty.',
    ),
    type: 'numbers',
    options: [{ value: null, label: DONT_KNOW, sets: { jobHoursPerWeek: null, jobContractMonths: null, loonwaarde: null } }],
    fields: [
      { fact: 'jobHoursPerWeek', label: t('Uren per week', 'Hours a week'), unit: t('uur', 'hours'), min: 0, max: 80 },
      {
        fact: 'jobContractMonths',
        label: t('Duur van het contract', 'Length of the contract'),
        unit: t('maanden', 'months'),
        min: 0,
        max: 600,
        help: t('Vul 120 in bij een vast contract.', 'Enter 120 for a permanent contract.'),
      },
      {
        fact: 'loonwaarde',
        label: t('Loonwaarde, als die gemeten is', 'Loonwaarde, if it has been measured'),
        unit: t('procent van het minimumloon', 'percent of the minimum wage'),
        min: 0,
        max: 200,
        help: t('De loonwaarde is wat je werk waard is. 100% is het volle minimumloon.', 'The loonwaarde is what your work is worth. 100% is the full minimum wage.'),
      },
    ],
    askWhen: hasJob,
  },
];

const BY_ID = new Map<string, Question>(questions.map((q) => [q.id, q]));

export function question(id: Question['id']): Question {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`geen vraag ${id}`);
  return found;
}

/** What an answer to a 'multi' question fills in: the base, then each ticked option. */
export function multiAnswer(q: Question, ticked: readonly (string | number | null)[]): Partial<RechtencheckFacts> {
  const out: Partial<RechtencheckFacts> = { ...(q.base ?? {}) };
  for (const option of q.options) if (ticked.includes(option.value)) Object.assign(out, option.sets);
  return out;
}

export function isAnswered(q: Question, facts: RechtencheckFacts): boolean {
  return q.facts.some((key) => facts[key] !== undefined);
}

