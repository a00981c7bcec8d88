// Jobcoaching from the gemeente (Participatiewet art. 10 lid 1 en 3, art. 10da,
// art. 8a lid 2 onder e) and from UWV (Wet WIA art. 35 lid 1 en 2 onder d,
// Reïntegratiebesluit art. 18, UWV Protocol Jobcoach).
//
// What the law says, in our words:
// Gemeente
// - The people the gemeente supports have a claim to personal support at
//   work (a jobcoach) when they could not do their tasks without it (art. 10
//   lid 1). The verordening sets how long and how intensive (art. 8a lid 2
//   onder e, since 1 July 2023).
// - Whoever belongs to the doelgroep loonkostensubsidie has an aanspraak on
//   coaching at the workplace (art. 10da); the gemeente's verordening sets
//   how long and how intensive (art. 8a lid 2 onder e).
// UWV
// - UWV can give a worker with a structurele functionele beperking personal
//   support at work, when the person could not do the job without it
//   (Wet WIA art. 35; Reïntegratiebesluit art. 18). Not for the people the
//   gemeente is responsible for.
// - UWV's Protocol Jobcoach 2016 asked for a contract of at least 6 months
//   and 12 hours a week, and work worth at least 35% of the minimum wage (in
//   exceptional cases from 8 hours and 20%), for at most 3 years. That policy
//   rule lapsed on 1 October 2019 and we found no current public rule that
//   confirms the limits, although UWV still names them. So falling short of a
//   limit gives at most 'misschien', with the advice to ask UWV; only the law
//   itself (a job, a lasting limitation, UWV responsible) can give a 'no'.
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, NUM_MISSING, NUM_UNKNOWN, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf, R_NO_JOB, ROUTE_GEMEENTE, ROUTE_MISSING, ROUTE_UWV, type Derived } from '../kernel.ts';
import { parameterAt } from '../parameters.ts';
import type { CriterionDef, RuleModule } from '../types.ts';
import { t } from '../types.ts';
import {
  age27Status,
  code,
  criterion,
  gemeenteDoelgroep,
  leeftijd27Criterion,
  heeftWerk,
  onderAow,
  stepGemeente,
  stepRegister,
  stepUwv,
  structural,
  structureleBeperking,
  BRING_CONTRACT,
  BRING_ID,
  BRING_MEDICAL,
  SB_MISSING,
  SB_NO,
} from './common.ts';

function routeCriterion(id: string, provider: 'gemeente' | 'uwv', source: string): CriterionDef {
  const other = provider === 'gemeente' ? 'UWV' : 'de gemeente';
  const otherEn = provider === 'gemeente' ? 'UWV' : 'the gemeente';
  return criterion({
    id,
    label:
      provider === 'gemeente'
        ? t('De gemeente is aan zet (niet UWV)', 'The gemeente is responsible (not UWV)')
        : t('UWV is aan zet (niet de gemeente)', 'UWV is responsible (not the gemeente)'),
    source,
    facts: ['benefit', 'supportedByGemeente', 'canEarnMinimumWage', 'loonwaarde', 'jobStatus'],
    messages: [
      [MET, `In jouw situatie is ${provider === 'gemeente' ? 'de gemeente' : 'UWV'} aan zet. Zie de uitleg over de route.`, `In your situation ${provider === 'gemeente' ? 'the gemeente' : 'UWV'} is responsible. See the route explanation.`],
      [NOT_MET, `In jouw situatie is ${other} aan zet, niet ${provider === 'gemeente' ? 'de gemeente' : 'UWV'}. Zie de uitleg over de route.`, `In your situation ${otherEn} is responsible, not ${provider === 'gemeente' ? 'the gemeente' : 'UWV'}. See the route explanation.`],
      [MISSING, 'We weten nog niet of de gemeente of UWV aan zet is.', 'We do not know yet whether the gemeente or UWV is responsible.'],
      [UNKNOWN, 'Het is niet duidelijk of de gemeente of UWV aan zet is.', 'It is not clear whether the gemeente or UWV is responsible.'],
      [
        UNKNOWN,
        'Je hebt nog geen baan. Vind je werk via de gemeente, dan is de gemeente aan zet. Vind je zelf werk en kun je het minimumloon verdienen, dan UWV.',
        'You have no job yet. If you find work through the gemeente, the gemeente is responsible. If you find work yourself and can earn the minimum wage, UWV is.',
      ],
    ],
  });
}

function routeStatus(def: CriterionDef, d: Derived, provider: number): number {
  // Coaching starts with a job. Without one, who pays depends on how the job
  // is found; both stay open.
  if (d.routeReason === R_NO_JOB) return code(def, 4);
  if (d.route === provider) return code(def, 0);
  if (d.route === ROUTE_GEMEENTE || d.route === ROUTE_UWV) return code(def, 1);
  return code(def, d.route === ROUTE_MISSING ? 2 : 3);
}

// --- Gemeente ---------------------------------------------------------------

const gDoelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-10');
const gLeeftijd = leeftijd27Criterion();
const gRoute = routeCriterion('route-gemeente', 'gemeente', 'pw-10-2');

const N_LKS = 0;
const N_ASSESS = 1;
const N_NO_LIMIT = 2;
const N_MISSING = 3;

const nodig = criterion({
  id: 'begeleiding-nodig',
  label: t('Je hebt begeleiding nodig om je werk te kunnen doen', 'You need coaching to be able to do your work'),
  source: 'pw-10da',
  facts: ['canEarnMinimumWage', 'loonwaarde', 'structuralLimitation'],
  messages: [
    [
      MET,
      'Je hoort bij de doelgroep loonkostensubsidie. Dan heb je aanspraak op begeleiding op de werkplek (art. 10da). Hoe lang en hoe vaak staat in de verordening van je gemeente.',
      'You belong to the wage subsidy group. Then you have a claim (aanspraak) to coaching at the workplace (art. 10da). The gemeente’s verordening sets how long and how often.',
    ],
    [
      UNKNOWN,
      'De gemeente kijkt of je zonder begeleiding je werk niet kunt doen. Is dat zo, dan heb je er recht op (art. 10).',
      'The gemeente checks whether you could not do your work without coaching. If so, you have a right to it (art. 10).',
    ],
    [
      UNKNOWN,
      'Je zegt dat je geen blijvende beperking hebt. Een jobcoach kan toch, als je zonder begeleiding je werk niet kunt doen. De gemeente beoordeelt dat.',
      'You say you have no lasting limitation. A jobcoach is still possible if you could not do your work without it. The gemeente assesses that.',
    ],
    [MISSING, 'We weten nog niet genoeg over je beperking en wat je kunt verdienen.', 'We do not know enough yet about your limitation and what you can earn.'],
  ],
});

const gBaan = criterion({
  id: 'baan-of-aanbod',
  label: t('Je hebt een baan of aanbod (of gaat op proef werken)', 'You have a job or offer (or start a trial placement)'),
  source: 'pw-10',
  facts: ['jobStatus'],
  messages: [
    [MET, 'Je hebt een baan of aanbod. Een jobcoach helpt je daar op de werkvloer.', 'You have a job or offer. A jobcoach helps you there on the work floor.'],
    [FIXABLE, 'Een jobcoach begeleidt je op je werk. Dat begint zodra je een baan of proefplaats hebt.', 'A jobcoach guides you at work. It starts as soon as you have a job or trial placement.'],
    [UNKNOWN, 'Het is niet duidelijk of er al een baan of aanbod is.', 'It is not clear whether there is a job or offer.'],
    [MISSING, 'We weten nog niet of je een baan of aanbod hebt.', 'We do not know yet whether you have a job or offer.'],
  ],
});

const gBeleid = criterion({
  id: 'beleid-gemeente',
  label: t('Wat deze gemeente doet', 'What this gemeente does'),
  kind: 'info',
  source: 'pw-8a',
  facts: ['gemeente'],
  messages: [
    [MET, 'Deze gemeente biedt jobcoaching ook aan mensen zonder uitkering.', 'This gemeente also offers jobcoaching to people without a benefit.'],
    [
      NOT_MET,
      'Volgens onze gegevens biedt deze gemeente dit niet aan mensen zonder uitkering. De wet geeft je toch een aanspraak. Vraag het schriftelijk aan; bij een nee kun je bezwaar maken.',
      'According to our data this gemeente does not offer this to people without a benefit. The law still gives you a claim. Apply in writing; if the answer is no, you can object.',
    ],
    [UNKNOWN, 'We weten niet wat deze gemeente hierover heeft vastgelegd. Vraag ernaar.', 'We do not know what this gemeente has set on this. Ask about it.'],
    [
      MET,
      'De wet geeft je deze aanspraak ook zonder uitkering. Je gemeente heeft bij ons niet vastgelegd hoe zij jobcoaching regelt. Vraag het de gemeente, en vraag het schriftelijk aan.',
      'The law gives you this claim also without a benefit. Your gemeente has not recorded with us how it arranges jobcoaching. Ask the gemeente, and apply in writing.',
    ],
  ],
});

export const jobcoachingGemeente: RuleModule = {
  id: 'jobcoaching-gemeente',
  version: '1.1.0',
  title: t('Jobcoach via de gemeente', 'Jobcoach through the gemeente'),
  provider: 'gemeente',
  lawInBrief: t(
    'Helpt de gemeente je naar werk? Dan kun je een jobcoach krijgen als je zonder begeleiding je werk niet kunt doen. Hoor je bij de doelgroep loonkostensubsidie, dan heb je aanspraak op begeleiding op de werkplek. Hoe lang en hoe vaak regelt de gemeente in haar verordening.',
    'Does the gemeente help you toward work? Then you can get a jobcoach if you could not do your work without coaching. If you belong to the wage subsidy group, you have a claim (aanspraak) to coaching at the workplace. The gemeente’s verordening sets how long and how often.',
  ),
  sources: ['pw-10', 'pw-10da', 'pw-8a', 'pw-10-2'],
  criteria: [gDoelgroep, gLeeftijd, gRoute, nodig, gBaan, gBeleid],
  showsRoute: true,
  summary: {
    waarschijnlijk: t('Je kunt waarschijnlijk een jobcoach krijgen via de gemeente.', 'You can probably get a jobcoach through the gemeente.'),
    misschien: t('Misschien kun je een jobcoach krijgen via de gemeente.', 'You may be able to get a jobcoach through the gemeente.'),
    waarschijnlijk_niet: t('Een jobcoach via de gemeente past waarschijnlijk niet. Kijk bij de jobcoach via UWV.', 'A jobcoach through the gemeente probably does not fit. See the jobcoach through UWV.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.pwGroup;
    // Someone in the doelgroep loonkostensubsidie keeps the claim of art.
    // 10da at any age; the age rule only touches the general duty.
    const cannot = d.cannotEarnWml & STATUS_MASK;
    s[at + 1] = (d.pwGroup & STATUS_MASK) === NOT_MET || cannot === MET ? 0 : age27Status(gLeeftijd, p, ctx);
    s[at + 2] = routeStatus(gRoute, d, ROUTE_GEMEENTE);
    const sb = structural(p);
    let n: number;
    if (cannot === MET) n = N_LKS;
    else if (sb === SB_NO) n = N_NO_LIMIT;
    else if (cannot === MISSING && sb === SB_MISSING) n = N_MISSING;
    else n = N_ASSESS;
    s[at + 3] = code(nodig, n);
    const job = d.hasJob & STATUS_MASK;
    s[at + 4] = code(gBaan, job === MET ? 0 : job === FIXABLE ? 1 : job === MISSING ? 3 : 2);
    // Without a recorded policy we say the law, not what "this gemeente" does.
    s[at + 5] = code(gBeleid, !ctx.polRecorded && ctx.polJobcoaching === 1 ? 3 : ctx.polJobcoaching - 1);
    return allOf(s, at, 5);
  },
  nextSteps(outcome, _p, d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    steps.push(
      stepGemeente(
        ctx,
        t('Vraag de gemeente om een jobcoach. Doe het schriftelijk als aanvraag.', 'Ask the gemeente for a jobcoach. Do it in writing, as an application.'),
        t(
          'Vraag hoe lang en hoe vaak je begeleiding krijgt, of je zelf een jobcoach mag kiezen, en wat er na die tijd gebeurt.',
          'Ask how long and how often you get coaching, whether you may choose your own jobcoach, and what happens after that time.',
        ),
        { serviceKeys: ['jobcoaching-gemeente'], helpKinds: ['jobcoaching'] },
        [BRING_ID, BRING_MEDICAL, BRING_CONTRACT],
      ),
    );
    return steps;
  },
};

// --- UWV --------------------------------------------------------------------

const uBaan = heeftWerk('wia-35', 'werknemer-met-contract');
const uRoute = routeCriterion('route-uwv', 'uwv', 'wia-35');
const uBeperking = structureleBeperking('wia-35');

const contract = criterion({
  id: 'contract-6-maanden',
  label: t('Je contract duurt minstens 6 maanden (grens van UWV, niet in de wet)', 'Your contract lasts at least 6 months (UWV limit, not in the law)'),
  source: 'uwv-protocol-jobcoach',
  facts: ['jobContractMonths'],
  messages: [
    [MET, 'Je contract duurt 6 maanden of langer.', 'Your contract lasts 6 months or longer.'],
    [
      UNKNOWN,
      'Je contract duurt korter dan 6 maanden. UWV vroeg vroeger minstens 6 maanden (Protocol Jobcoach 2016, vervallen). Vraag UWV of die grens nog geldt en of een jobcoach toch kan.',
      'Your contract is shorter than 6 months. UWV used to ask for at least 6 months (Protocol Jobcoach 2016, lapsed). Ask UWV whether that limit still holds and whether a jobcoach is still possible.',
    ],
    [UNKNOWN, 'Je weet niet hoe lang je contract duurt. Kijk in je contract of vraag het de werkgever.', 'You do not know how long your contract lasts. Check your contract or ask the employer.'],
    [MISSING, 'We weten nog niet hoe lang je contract duurt.', 'We do not know yet how long your contract lasts.'],
  ],
});

const uren = criterion({
  id: 'uren-per-week',
  label: t('Je werkt minstens 12 uur per week (grens van UWV, niet in de wet)', 'You work at least 12 hours a week (UWV limit, not in the law)'),
  source: 'uwv-protocol-jobcoach',
  facts: ['jobHoursPerWeek'],
  messages: [
    [MET, 'Je werkt 12 uur per week of meer.', 'You work 12 hours a week or more.'],
    [
      UNKNOWN,
      'Je werkt minder dan 12 uur per week. UWV noemt 12 uur als gewone ondergrens en maakte vroeger uitzonderingen vanaf 8 uur. Vraag UWV of een jobcoach voor jou kan.',
      'You work less than 12 hours a week. UWV names 12 hours as the usual minimum and used to make exceptions from 8 hours. Ask UWV whether a jobcoach is possible for you.',
    ],
    [
      UNKNOWN,
      'Je werkt minder dan 8 uur per week. Volgens het oude protocol van UWV was dat te weinig. Geen geldende regel bevestigt die grens. Vraag UWV of een jobcoach toch kan, en vraag om een besluit op papier.',
      'You work less than 8 hours a week. Under UWV’s old protocol that was too little. No current rule confirms that limit. Ask UWV whether a jobcoach is still possible, and ask for a written decision.',
    ],
    [UNKNOWN, 'Je weet niet hoeveel uur je werkt.', 'You do not know how many hours you work.'],
    [MISSING, 'We weten nog niet hoeveel uur per week je werkt.', 'We do not know yet how many hours a week you work.'],
  ],
});

const loonwaarde = criterion({
  id: 'loonwaarde-35',
  label: t('Je werk is minstens 35% van het minimumloon waard (grens van UWV, niet in de wet)', 'Your work is worth at least 35% of the minimum wage (UWV limit, not in the law)'),
  source: 'uwv-protocol-jobcoach',
  facts: ['loonwaarde', 'canEarnMinimumWage'],
  messages: [
    [MET, 'Je loonwaarde is 35% of meer.', 'Your loonwaarde is 35% or more.'],
    [MET, 'Je kunt het minimumloon verdienen; dan is je loonwaarde ruim boven 35%.', 'You can earn the minimum wage; then your loonwaarde is well above 35%.'],
    [
      UNKNOWN,
      'Je loonwaarde is lager dan 35%. UWV noemt 35% als gewone ondergrens en maakte vroeger uitzonderingen vanaf 20%. Vraag UWV of een jobcoach voor jou kan.',
      'Your loonwaarde is below 35%. UWV names 35% as the usual minimum and used to make exceptions from 20%. Ask UWV whether a jobcoach is possible for you.',
    ],
    [
      UNKNOWN,
      'Je loonwaarde is lager dan 20%. Volgens het oude protocol van UWV was dat te laag. Geen geldende regel bevestigt die grens. Vraag UWV of een jobcoach toch kan. Kijk ook naar de jobcoach via de gemeente.',
      'Your loonwaarde is below 20%. Under UWV’s old protocol that was too low. No current rule confirms that limit. Ask UWV whether a jobcoach is still possible. Also look at the jobcoach through the gemeente.',
    ],
    [UNKNOWN, 'Je loonwaarde is niet bekend. UWV kijkt ernaar bij de aanvraag.', 'Your loonwaarde is not known. UWV looks at it when you apply.'],
    [MISSING, 'We weten nog niet wat je werk waard is (loonwaarde).', 'We do not know yet what your work is worth (loonwaarde).'],
  ],
});

const uAow = onderAow('wia-35');

const maxDuur = criterion({
  id: 'maximale-duur',
  label: t('Hoe lang een UWV-jobcoach kan', 'How long a UWV jobcoach is possible'),
  kind: 'info',
  source: 'uwv-protocol-jobcoach',
  facts: [],
  messages: [
    [
      MET,
      'UWV geeft een jobcoach steeds voor een periode. Het oude protocol noemde hooguit 3 jaar bij dezelfde werkgever. Vraag UWV hoe lang het nu kan.',
      'UWV grants a jobcoach for a period at a time. The old protocol named at most 3 years with the same employer. Ask UWV how long it can be now.',
    ],
  ],
});

export const jobcoachingUwv: RuleModule = {
  id: 'jobcoaching-uwv',
  version: '1.1.0',
  title: t('Jobcoach via UWV', 'Jobcoach through UWV'),
  provider: 'uwv',
  lawInBrief: t(
    'Werk je en heb je door een blijvende beperking begeleiding nodig? Dan kan UWV een jobcoach betalen. Dat geldt als de gemeente niet aan zet is. UWV noemt meestal een contract van minstens 6 maanden en 12 uur per week; dat staat niet in de wet.',
    'Do you work and need coaching because of a lasting limitation? Then UWV can pay for a jobcoach. This holds when the gemeente is not responsible. UWV usually names a contract of at least 6 months and 12 hours a week; that is not in the law.',
  ),
  sources: ['wia-35', 'rib-18', 'uwv-protocol-jobcoach'],
  criteria: [uBaan, uRoute, uBeperking, contract, uren, loonwaarde, uAow, maxDuur],
  showsRoute: true,
  summary: {
    waarschijnlijk: t('Je kunt waarschijnlijk een jobcoach krijgen via UWV.', 'You can probably get a jobcoach through UWV.'),
    misschien: t('Misschien kun je een jobcoach krijgen via UWV.', 'You may be able to get a jobcoach through UWV.'),
    waarschijnlijk_niet: t('Een jobcoach via UWV past waarschijnlijk niet. Kijk bij de jobcoach via de gemeente.', 'A jobcoach through UWV probably does not fit. See the jobcoach through the gemeente.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.hasJob;
    s[at + 1] = routeStatus(uRoute, d, ROUTE_UWV);
    const sb = structural(p);
    s[at + 2] = code(uBeperking, sb);
    const job = d.hasJob & STATUS_MASK;
    if (job === MET) {
      const m = p.jobContractMonths;
      s[at + 3] = code(contract, m === NUM_MISSING ? 3 : m === NUM_UNKNOWN ? 2 : m >= ctx.jobcoachMinMaanden ? 0 : 1);
      const h = p.jobHoursPerWeek;
      s[at + 4] = code(
        uren,
        h === NUM_MISSING ? 4 : h === NUM_UNKNOWN ? 3 : h >= ctx.jobcoachMinUren ? 0 : h >= ctx.jobcoachUitzonderingUren ? 1 : 2,
      );
      const lw = p.loonwaarde;
      let l: number;
      if (lw >= 0) l = lw >= ctx.jobcoachMinLoonwaarde ? 0 : lw >= ctx.jobcoachUitzonderingLoonwaarde ? 2 : 3;
      else if (p.canEarnMinimumWage === C.canEarnMinimumWage.ja) l = 1;
      else if (lw === NUM_MISSING && p.canEarnMinimumWage === ENUM_MISSING) l = 5;
      else l = 4;
      s[at + 5] = code(loonwaarde, l);
    } else {
      // The contract conditions only matter once there is a job.
      s[at + 3] = 0;
      s[at + 4] = 0;
      s[at + 5] = 0;
    }
    s[at + 6] = d.belowAow;
    s[at + 7] = code(maxDuur, 0);
    return allOf(s, at, 7);
  },
  nextSteps(outcome, _p, _d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const jaren = parameterAt('uwvJobcoachMaxJaren', ctx.date);
    return [
      stepUwv(
        t(
          'Vraag een jobcoach aan bij UWV (formulier Aanvraag Jobcoach). Jij of je werkgever kan dat doen. Kies een jobcoachorganisatie die UWV erkent, of laat je werkgever een interne jobcoach aanvragen.',
          'Apply to UWV for a jobcoach (form Aanvraag Jobcoach). You or your employer can do this. Choose a jobcoach organisation recognised by UWV, or let your employer apply for an internal jobcoach.',
        ),
        t(
          `Vraag hoeveel uur begeleiding je krijgt en hoe lang (het oude protocol noemde hooguit ${jaren} jaar bij dezelfde werkgever). Valt je contract onder 12 uur of 6 maanden? Vraag dan of het toch kan.`,
          `Ask how many hours of coaching you get and for how long (the old protocol named at most ${jaren} years with the same employer). Is your contract under 12 hours or 6 months? Ask whether it is still possible.`,
        ),
        { serviceKeys: ['jobcoaching-uwv'], helpKinds: ['jobcoaching'] },
        [BRING_ID, BRING_CONTRACT, BRING_MEDICAL],
      ),
    ];
  },
};
