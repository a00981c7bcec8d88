// The veranderkompas (change compass) for gemeenten: a conversation tool for
// policy and services for people with an occupational disability and no
// benefit. Based on the research in Bijlage 5 of the ZINZIZ report; every
// sentence is InBeeld's own wording, in plain Dutch (B1) and English.
// Identifiers follow the research inventory (see docs/veranderkompas.md).
import { step1 } from './veranderkompas-stap1.ts';
import { step2 } from './veranderkompas-stap2.ts';
import { step3 } from './veranderkompas-stap3.ts';
import { step4 } from './veranderkompas-stap4.ts';
import { step5 } from './veranderkompas-stap5.ts';
import {
  question,
  type Bilingual,
  type ConversationQuestion,
  type Language,
  type SolutionDirection,
  type Step,
  type StepNumber,
  type SteeringFactor,
} from './veranderkompas-types.ts';

export * from './veranderkompas-types.ts';

export const steps: readonly Step[] = [step1, step2, step3, step4, step5];
export const stepNumbers: readonly StepNumber[] = [1, 2, 3, 4, 5];

/** The two questions every step ends with, before the steering factors. */
export const sharedQuestions: readonly ConversationQuestion[] = [
  question('VK-ALG-GV1', 'Welke stuurfactoren vind je belangrijk? Waarom?', 'Which steering factors matter most to you? Why?'),
  question(
    'VK-ALG-GV2',
    'Welke oplossingsrichtingen passen bij ons? Wat doen we al, en wat levert dat op? Wat willen we anders of beter doen?',
    'Which solution directions fit us? What do we already do, and what does it bring? What would we like to do differently or better?',
  ),
];

export interface IntroSection {
  key: string;
  heading: Bilingual;
  text: Bilingual;
}

/** What the veranderkompas is, why, where it comes from and how to use it. */
export const introSections: readonly IntroSection[] = [
  {
    key: 'wat',
    heading: { nl: 'Wat is het veranderkompas?', en: 'What is the veranderkompas?' },
    text: {
      nl:
        'Het veranderkompas helpt gemeenten om een goed gesprek te voeren over beleid en hulp voor mensen met een arbeidsbeperking zonder uitkering. ' +
        'Beleidsadviseurs, bestuurders, managers en professionals bespreken samen hoe de hulp goed kan werken en welk beleid daarbij helpt. ' +
        'Het kompas geeft vragen, aandachtspunten en ideeën. Sommige ideeën kun je meteen gebruiken; andere wijzen de weg voor later.',
      en:
        'The veranderkompas helps gemeenten hold a good conversation about policy and help for people with an occupational disability and no benefit. ' +
        'Policy advisers, administrators, managers and professionals discuss together how the help can work well and which policy supports it. ' +
        'The compass offers questions, points of attention and ideas. Some ideas can be used straight away; others show the way for later.',
    },
  },
  {
    key: 'waarom',
    heading: { nl: 'Waarom?', en: 'Why?' },
    text: {
      nl:
        'Gemeenten zijn verantwoordelijk voor deze groep en mogen zelf kiezen hoe ze dat doen. Hoeveel aandacht de groep krijgt, verschilt per gemeente. ' +
        'Als geld en keuzes voor de korte termijn voorgaan, krijgen deze mensen vaak te weinig aandacht. Dan krijgen ze niet de hulp die ze nodig hebben en waar ze recht op hebben. ' +
        'Verschillen tussen gemeenten voelen bovendien oneerlijk, voor de mensen zelf en voor professionals. Daarom is er behoefte aan uitwisseling en openheid.',
      en:
        'Gemeenten are responsible for this group and may choose how they do it. How much attention the group gets differs per gemeente. ' +
        'When money and short-term choices come first, these people often get too little attention. Then they do not get the help they need and have a right to. ' +
        'Differences between gemeenten also feel unfair, to the people themselves and to professionals. That is why sharing and openness are needed.',
    },
  },
  {
    key: 'bron',
    heading: { nl: 'Waar komt het vandaan?', en: 'Where does it come from?' },
    text: {
      nl:
        'Het kompas komt uit onderzoek van ZINZIZ naar hulp voor deze groep, betaald met een SUWI-subsidie. De onderzoekers spraken beleidsadviseurs van gemeenten, ' +
        'hielden bijeenkomsten in de regio met professionals, managers en beleidsadviseurs, en bespraken de uitkomsten met deskundigen op het gebied van wetten, inclusie ' +
        'en landelijke ontwikkelingen zoals de werkcentra. Dat leverde stuurfactoren en oplossingsrichtingen op.',
      en:
        'The compass comes from ZINZIZ research into help for this group, funded by a SUWI grant. The researchers interviewed policy advisers of gemeenten, ' +
        'held regional meetings with professionals, managers and policy advisers, and discussed the results with experts on law, inclusion ' +
        'and national developments such as the werkcentra. This produced steering factors and solution directions.',
    },
  },
  {
    key: 'hoe',
    heading: { nl: 'Met wie en wanneer?', en: 'With whom and when?' },
    text: {
      nl:
        'Gebruik het kompas om bewustzijn en urgentie te vergroten, beleid te evalueren, afwegingen te bespreken en oplossingen te verkennen. ' +
        'Doe dat met bestuur, management, beleid en uitvoering samen, in één gemeente of met meerdere gemeenten. ' +
        'Stel daarna drie vragen: waar staan we nu, waar willen we heen, en wat hebben we daarvoor nodig?',
      en:
        'Use the compass to raise awareness and urgency, evaluate policy, discuss trade-offs and explore solutions. ' +
        'Do this with administrators, management, policy and delivery together, in one gemeente or with several. ' +
        'Then ask three questions: where are we now, where do we want to go, and what do we need to get there?',
    },
  },
  {
    key: 'stappen',
    heading: { nl: 'Stap voor stap', en: 'Step by step' },
    text: {
      nl:
        'Elke stap begint met vragen voor het gesprek. Daarna volgen stuurfactoren en oplossingsrichtingen. Sommige oplossingen werken meteen, andere gaan over de lange termijn. ' +
        'Volg de stappen op volgorde, ook al is het verleidelijk om meteen naar de oplossingen te gaan. De kartrekker bepaalt welke stappen voorrang krijgen.',
      en:
        'Each step starts with questions for the conversation. Steering factors and solution directions follow. Some solutions work straight away, others are about the long term. ' +
        'Follow the steps in order, even if it is tempting to jump to the solutions. The kartrekker decides which steps come first.',
    },
  },
];

export interface Tip {
  title: Bilingual;
  text: Bilingual;
}

/** Tips for preparing the meetings. */
export const preparationTips: readonly Tip[] = [
  {
    title: { nl: 'Kies een kartrekker', en: 'Choose a kartrekker' },
    text: { nl: 'Iemand leidt het proces en let op de voortgang.', en: 'Someone leads the process and keeps an eye on progress.' },
  },
  {
    title: { nl: 'Bepaal de focus', en: 'Decide the focus' },
    text: {
      nl: 'Werk je met één gemeente of met meerdere, bijvoorbeeld in de arbeidsmarktregio? Spreek af hoe vaak jullie bij elkaar komen, en kies de stappen.',
      en: 'Will you work with one gemeente or several, for example in the arbeidsmarktregio? Agree how often you meet, and choose the steps.',
    },
  },
  {
    title: { nl: 'Nodig deelnemers uit', en: 'Invite participants' },
    text: {
      nl: 'Denk aan beleidsmakers, managers en professionals uit de uitvoering, en eventueel bestuurders en ervaringsdeskundigen.',
      en: 'Think of policy makers, managers and frontline professionals, and possibly administrators and experts by experience.',
    },
  },
  {
    title: { nl: 'Deel stukken vooraf', en: 'Share documents beforehand' },
    text: {
      nl: 'Bijvoorbeeld het onderzoeksrapport, beleidsstukken of een beschrijving van jullie werkwijze. Dan kan iedereen zich voorbereiden.',
      en: 'For example the research report, policy papers or a description of how you work. Then everyone can prepare.',
    },
  },
];

/** Tips for during the meetings. */
export const meetingTips: readonly Tip[] = [
  {
    title: { nl: 'Begin met kennis delen', en: 'Start by sharing knowledge' },
    text: { nl: 'Wie zijn deze mensen, wat maken ze mee en wat hebben ze nodig?', en: 'Who are these people, what do they go through and what do they need?' },
  },
  {
    title: { nl: 'Werk per stap', en: 'Work step by step' },
    text: { nl: 'Gebruik de gespreksvragen van elke stap om ervaringen te delen.', en: 'Use the conversation questions of each step to share experiences.' },
  },
  {
    title: { nl: 'Markeer en bespreek', en: 'Mark and discuss' },
    text: {
      nl: 'Laat iedereen markeren welke stuurfactoren en oplossingsrichtingen kansrijk zijn, en bespreek samen de uitkomst.',
      en: 'Let everyone mark which steering factors and solution directions are promising, and discuss the outcome together.',
    },
  },
  {
    title: { nl: 'Spreek acties af', en: 'Agree on actions' },
    text: { nl: 'Maak duidelijk wie wat doet, en wanneer.', en: 'Make clear who does what, and by when.' },
  },
];

// ---------------------------------------------------------------- options used by the tool

export const markValues = ['kansrijk', 'aanwezig', 'niet-relevant'] as const;
export type MarkValue = (typeof markValues)[number];
export const markLabels: Record<MarkValue, Bilingual> = {
  kansrijk: { nl: 'Kansrijk', en: 'Promising' },
  aanwezig: { nl: 'Hebben we al', en: 'Already in place' },
  'niet-relevant': { nl: 'Niet van toepassing', en: 'Not relevant' },
};

export const participantRoles = ['beleid', 'management', 'professional', 'ervaringsdeskundige', 'bestuur'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const participantRoleLabels: Record<ParticipantRole, Bilingual> = {
  beleid: { nl: 'Beleid', en: 'Policy' },
  management: { nl: 'Management', en: 'Management' },
  professional: { nl: 'Uitvoering (professional)', en: 'Frontline professional' },
  ervaringsdeskundige: { nl: 'Ervaringsdeskundige', en: 'Expert by experience' },
  bestuur: { nl: 'Bestuur', en: 'Administrator' },
};

export const actionStatuses = ['open', 'bezig', 'klaar'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, Bilingual> = {
  open: { nl: 'Open', en: 'Open' },
  bezig: { nl: 'Bezig', en: 'In progress' },
  klaar: { nl: 'Klaar', en: 'Done' },
};

// ---------------------------------------------------------------- lookups

export function stepByNumber(n: number): Step | undefined {
  return steps.find((s) => s.number === n);
}

export function parseStepNumber(value: unknown): StepNumber | null {
  const n = typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return (stepNumbers as readonly number[]).includes(n) ? (n as StepNumber) : null;
}

/** Something a participant can mark: a steering factor or a solution direction. */
export type MarkableItem =
  | { kind: 'factor'; id: string; step: StepNumber; factor: SteeringFactor; title: Bilingual }
  | { kind: 'direction'; id: string; step: StepNumber; factor: SteeringFactor; direction: SolutionDirection; title: Bilingual };

/** Steering factors and their solution directions, in the order of the compass. */
export function markableItems(step: Step): MarkableItem[] {
  const items: MarkableItem[] = [];
  for (const factor of step.steeringFactors) {
    items.push({ kind: 'factor', id: factor.id, step: step.number, factor, title: factor.title });
    for (const d of factor.solutionDirections) items.push({ kind: 'direction', id: d.id, step: step.number, factor, direction: d, title: d.text });
  }
  return items;
}

export const allMarkableItems: readonly MarkableItem[] = steps.flatMap(markableItems);
export const markableItemById: ReadonlyMap<string, MarkableItem> = new Map(allMarkableItems.map((i) => [i.id, i]));

export const steeringFactorById: ReadonlyMap<string, { step: Step; factor: SteeringFactor }> = new Map(
  steps.flatMap((step) => step.steeringFactors.map((factor) => [factor.id, { step, factor }] as const)),
);

/** The conversation questions of a step, followed by the shared closing questions. */
export function questionsOf(step: Step): ConversationQuestion[] {
  return [...step.questions, ...sharedQuestions];
}

/** Categories a bottleneck can be filed under: a whole step, or one of its steering factors. */
export interface BottleneckCategory {
  id: string;
  step: StepNumber;
  label: Bilingual;
}

export const bottleneckCategories: readonly BottleneckCategory[] = steps.flatMap((step) => [
  { id: step.id, step: step.number, label: { nl: `Stap ${step.number}: ${step.shortTitle.nl} (algemeen)`, en: `Step ${step.number}: ${step.shortTitle.en} (general)` } },
  ...step.steeringFactors.map((f) => ({ id: f.id, step: step.number, label: f.title })),
]);
export const bottleneckCategoryById: ReadonlyMap<string, BottleneckCategory> = new Map(bottleneckCategories.map((c) => [c.id, c]));

/** Picks the text in the wanted language. */
export function tr(text: Bilingual, lang: Language): string {
  return text[lang];
}
