// A pointer to a possible right to bijstand: Participatiewet art. 11, 13 lid 1
// onder f, 31 tot en met 34, and 47a. Never more than 'misschien': the
// Rechtencheck does not know the exact amounts, and the gemeente decides.
//
// What the law says, in our words:
// - Whoever lives in the Netherlands and lacks the means for the necessary
//   costs of living has a right to bijstand (art. 11). The means of the
//   person and a partner count (art. 31-34), not those of parents or other
//   housemates: they only lower the norm (kostendelersnorm, art. 22a).
// - Not under 18 (art. 13 lid 1 onder f).
// - From the AOW age, a top-up comes from the SVB instead (art. 47a).
// - Living with your parents does not rule bijstand out; the amount is then
//   lower because costs are shared (kostendelersnorm).
import { MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, MISSCHIEN, WAARSCHIJNLIJK, NUM_MISSING, NUM_UNKNOWN, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf } from '../kernel.ts';
import type { NextStep, RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, gemeenteUrl, BRING_ID } from './common.ts';

const leeftijd18 = criterion({
  id: 'leeftijd-18',
  label: t('Je bent 18 jaar of ouder', 'You are 18 or older'),
  source: 'pw-13',
  facts: ['age'],
  messages: [
    [MET, 'Je bent 18 jaar of ouder.', 'You are 18 or older.'],
    [NOT_MET, 'Je bent jonger dan 18. Dan is er geen bijstand; je ouders moeten voor je zorgen.', 'You are under 18. Then there is no bijstand; your parents must provide for you.'],
    [MISSING, 'We weten je leeftijd nog niet.', 'We do not know your age yet.'],
    [UNKNOWN, 'We weten je leeftijd niet.', 'We do not know your age.'],
  ],
});

const aow = criterion({
  id: 'onder-aow-leeftijd',
  label: t('Je bent jonger dan de AOW-leeftijd', 'You are below the AOW age'),
  source: 'pw-47a',
  facts: ['age'],
  messages: [
    [MET, 'Je bent jonger dan de AOW-leeftijd.', 'You are below the AOW age.'],
    [
      NOT_MET,
      'Je hebt de AOW-leeftijd. Is je inkomen te laag? Dan kun je bij de SVB een aanvulling (AIO) vragen, geen bijstand van de gemeente.',
      'You have reached the AOW age. Is your income too low? Then you can ask the SVB for a top-up (AIO), not bijstand from the gemeente.',
    ],
    [UNKNOWN, 'Je bent bijna of net AOW-leeftijd. Het hangt af van je geboortedatum.', 'You are close to the AOW age. It depends on your date of birth.'],
    [MISSING, 'We weten je leeftijd nog niet.', 'We do not know your age yet.'],
    [UNKNOWN, 'We weten je leeftijd niet.', 'We do not know your age.'],
  ],
});

const inkomen = criterion({
  id: 'inkomen-huishouden',
  label: t('Jouw inkomen (met dat van je partner) is lager dan de bijstandsnorm', 'Your income (with your partner’s) is below the bijstand standard'),
  source: 'pw-31-34',
  facts: ['householdIncome'],
  messages: [
    [MET, 'Jouw inkomen, samen met dat van je partner, is lager dan de bijstandsnorm.', 'Your income, together with your partner’s, is below the bijstand standard.'],
    [
      NOT_MET,
      'Jouw inkomen, samen met dat van je partner, is hoger dan de bijstandsnorm. Het inkomen van je ouders of andere huisgenoten telt niet mee. Verandert je situatie, kijk dan opnieuw.',
      'Your income, together with your partner’s, is above the bijstand standard. The income of your parents or other housemates does not count. If your situation changes, check again.',
    ],
    [UNKNOWN, 'Je weet niet of het inkomen onder de bijstandsnorm is. De gemeente kan dat uitrekenen.', 'You do not know whether the income is below the bijstand standard. The gemeente can work it out.'],
    [MISSING, 'We weten nog niet hoe hoog jouw inkomen is.', 'We do not know yet how high your income is.'],
  ],
});

const vermogen = criterion({
  id: 'vermogen-huishouden',
  label: t('Jouw spaargeld en bezit (met dat van je partner) is lager dan de grens', 'Your savings and assets (with your partner’s) are below the limit'),
  source: 'pw-31-34',
  facts: ['householdAssets'],
  messages: [
    [MET, 'Jouw vermogen, samen met dat van je partner, is lager dan de vermogensgrens.', 'Your assets, together with your partner’s, are below the asset limit.'],
    [
      NOT_MET,
      'Jouw vermogen, samen met dat van je partner, is hoger dan de grens. Dan moet je eerst daarvan leven. Is het spaargeld bijna op? Kijk dan opnieuw.',
      'Your assets, together with your partner’s, are above the limit. Then you must live on them first. Are your savings nearly gone? Check again.',
    ],
    [UNKNOWN, 'Je weet niet of je vermogen onder de grens is. De gemeente kan dat uitrekenen.', 'You do not know whether your assets are below the limit. The gemeente can work it out.'],
    [MISSING, 'We weten nog niet hoeveel vermogen je hebt.', 'We do not know yet what assets you have.'],
  ],
});

const alBijstand = criterion({
  id: 'heeft-al-bijstand',
  label: t('Je krijgt al bijstand', 'You already get bijstand'),
  kind: 'info',
  source: 'pw-11',
  facts: ['benefit'],
  messages: [[MET, 'Je krijgt al bijstand.', 'You already get bijstand.']],
});

// Why the person has no benefit: changes the explanation, not the outcome.
// Index = position in REASON_MESSAGE (0 = no message).
const R_PARTNER = 0;
const R_VERMOGEN = 1;
const R_ZIEK = 2;
const R_ZZP = 3;
const R_DENKT = 4;
const R_OUDERS = 5;

const denktGeenRecht = criterion({
  id: 'waarom-geen-uitkering',
  label: t('Waarom je geen uitkering hebt', 'Why you have no benefit'),
  kind: 'info',
  source: 'pw-11',
  facts: ['noBenefitReason'],
  messages: [
    [
      UNKNOWN,
      'Je partner heeft inkomen. Dat telt mee. Is jullie inkomen samen lager dan de bijstandsnorm voor een stel? Dan kun je een aanvulling krijgen.',
      'Your partner has an income. That counts. Is your joint income below the bijstand standard for a couple? Then you can get a top-up.',
    ],
    [
      UNKNOWN,
      'Je hebt spaargeld. Ligt het boven de vermogensgrens, dan leef je daar eerst van. Zakt het onder de grens, vraag dan bijstand aan.',
      'You have savings. If they are above the asset limit, you live on them first. When they drop below the limit, apply for bijstand.',
    ],
    [
      UNKNOWN,
      'Je had geen werk toen je ziek werd. Daarom heb je geen Ziektewet of WIA. Voor hulp bij werk is dan de gemeente aan zet, ook zonder uitkering.',
      'You had no job when you fell ill. That is why you have no Ziektewet or WIA. The gemeente is then responsible for help with work, also without a benefit.',
    ],
    [
      UNKNOWN,
      'Als zzp’er had je geen WW of WIA, tenzij je je zelf verzekerde. Voor hulp bij werk is de gemeente aan zet, ook zonder uitkering.',
      'As a self-employed person you had no WW or WIA, unless you insured yourself. The gemeente is responsible for help with work, also without a benefit.',
    ],
    [
      UNKNOWN,
      'Je denkt dat je geen recht hebt. Dat klopt niet altijd. Bijvoorbeeld: bij je ouders wonen sluit bijstand niet uit; je krijgt dan wel minder.',
      'You think you have no right. That is not always true. For example: living with your parents does not rule out bijstand; you then get less.',
    ],
    [
      UNKNOWN,
      'Bij je ouders wonen sluit bijstand niet uit. Alleen jouw inkomen en spaargeld tellen (en die van een partner), niet die van je ouders. Je krijgt wel minder, omdat je de kosten deelt (kostendelersnorm).',
      'Living with your parents does not rule out bijstand. Only your own income and savings count (and a partner’s), not your parents’. You do get less, because you share costs (kostendelersnorm).',
    ],
  ],
});

const REASON_MESSAGE: ReadonlyMap<number, number> = new Map([
  [C.noBenefitReason['partner-inkomen'], R_PARTNER],
  [C.noBenefitReason.vermogen, R_VERMOGEN],
  [C.noBenefitReason['geen-werk-bij-ziekte'], R_ZIEK],
  [C.noBenefitReason.zzp, R_ZZP],
  [C.noBenefitReason['denkt-geen-recht'], R_DENKT],
  [C.noBenefitReason['woont-bij-ouders'], R_OUDERS],
]);

export const bijstand: RuleModule = {
  id: 'bijstand',
  version: '1.1.0',
  title: t('Bijstand (een uitkering van de gemeente)', 'Bijstand (social assistance from the gemeente)'),
  provider: 'gemeente-of-svb',
  lawInBrief: t(
    'Heb je te weinig inkomen en vermogen om van te leven? Dan kun je bijstand krijgen. Het inkomen en vermogen van je partner tellen mee, dat van je ouders niet. Bij je ouders wonen sluit bijstand niet uit; je krijgt dan wel minder.',
    'Do you lack the income and assets to live on? Then you can get bijstand. Your partner’s income and assets count too, your parents’ do not. Living with your parents does not rule bijstand out; you then get less.',
  ),
  sources: ['pw-11', 'pw-13', 'pw-31-34', 'pw-47a'],
  criteria: [leeftijd18, aow, inkomen, vermogen, alBijstand, denktGeenRecht],
  summary: {
    waarschijnlijk: t('Je krijgt al bijstand.', 'You already get bijstand.'),
    misschien: t(
      'Misschien heb je recht op bijstand. Dit is geen besluit: de gemeente rekent het precies uit. Vraag het aan.',
      'You may have a right to bijstand. This is not a decision: the gemeente works it out exactly. Apply.',
    ),
    waarschijnlijk_niet: t('Je hebt nu waarschijnlijk geen recht op bijstand.', 'You probably have no right to bijstand now.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig over inkomen en vermogen.', 'We need a few more answers about income and assets.'),
  },
  decide(p, d, ctx, s, at) {
    if (p.benefit === C.benefit.bijstand) {
      for (let i = 0; i < 4; i++) s[at + i] = 0;
      s[at + 4] = code(alBijstand, 0);
      s[at + 5] = 0;
      return WAARSCHIJNLIJK;
    }
    s[at] = code(leeftijd18, p.age === NUM_MISSING ? 2 : p.age === NUM_UNKNOWN ? 3 : p.age >= ctx.bijstandMinLeeftijd ? 0 : 1);
    const a = d.belowAow & STATUS_MASK;
    s[at + 1] = code(aow, a === MET ? 0 : a === NOT_MET ? 1 : a === MISSING ? 3 : p.age === NUM_UNKNOWN ? 4 : 2);
    const i = p.householdIncome;
    s[at + 2] = code(inkomen, i === C.householdIncome['onder-bijstandsnorm'] ? 0 : i === C.householdIncome['boven-bijstandsnorm'] ? 1 : i === ENUM_MISSING ? 3 : 2);
    const v = p.householdAssets;
    s[at + 3] = code(vermogen, v === C.householdAssets['onder-vermogensgrens'] ? 0 : v === C.householdAssets['boven-vermogensgrens'] ? 1 : v === ENUM_MISSING ? 3 : 2);
    s[at + 4] = 0;
    const reason = REASON_MESSAGE.get(p.noBenefitReason);
    s[at + 5] = reason === undefined ? 0 : code(denktGeenRecht, reason);
    const outcome = allOf(s, at, 4);
    // A pointer, never a promise: at most 'misschien'.
    return outcome === WAARSCHIJNLIJK ? MISSCHIEN : outcome;
  },
  nextSteps(outcome, p, _d, ctx) {
    if (outcome === 'waarschijnlijk_niet') {
      if (p.age !== NUM_MISSING && p.age !== NUM_UNKNOWN && p.age >= Math.ceil(ctx.aowLeeftijd)) {
        return [
          {
            who: t('De SVB', 'The SVB'),
            action: t('Vraag bij de SVB of je een aanvulling op je AOW (AIO) kunt krijgen.', 'Ask the SVB whether you can get a top-up to your AOW (AIO).'),
            url: 'https://www.svb.nl',
            offer: { serviceKeys: ['bijstand'], helpKinds: ['rechten-en-geld'] },
          },
        ];
      }
      return [];
    }
    if (outcome === 'waarschijnlijk') return [];
    const url = gemeenteUrl(ctx);
    const step: NextStep = {
      who: t('De gemeente (team werk en inkomen)', 'The gemeente (work and income team)'),
      action: t(
        'Vraag bijstand aan bij de gemeente (vaak via de website). De gemeente rekent uit of je recht hebt.',
        'Apply for bijstand at the gemeente (often via its website). The gemeente works out whether you have a right.',
      ),
      bring: [
        BRING_ID,
        t('Bankafschriften van de laatste maanden', 'Bank statements of the last months'),
        t('Bewijs van inkomen en spaargeld van jou en je partner', 'Proof of income and savings of you and your partner'),
        t('Je huurcontract of hypotheekgegevens', 'Your rental contract or mortgage details'),
      ],
      ask: t('Vraag welke bijstandsnorm voor jou geldt en hoe lang het duurt voor je een besluit krijgt.', 'Ask which bijstand standard applies to you and how long it takes to get a decision.'),
      ...(url ? { url } : {}),
      offer: { serviceKeys: ['bijstand'], helpKinds: ['rechten-en-geld'] },
    };
    return [step];
  },
};

