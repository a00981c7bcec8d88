// Participatiewet art. 6 lid 1 onder h, art. 8a lid 2 onder d and art. 10 lid 1.
//
// What the law says, in our words:
// - A proefplaats is unpaid work at an employer for a short time, aimed at a
//   job with that employer (art. 6 lid 1 onder h, since 1 July 2023).
// - For someone on bijstand the verordening sets when the gemeente allows a
//   proefplaats with retained bijstand: two months, with at most four months
//   extra (art. 8a lid 2 onder d). This came with the Wet uitvoeren breed
//   offensief on 1 July 2023; before that the law did not regulate it, and
//   only the gemeente's own policy could allow it.
// - For someone without a benefit the law has no such rule. The gemeente can
//   offer a trial placement as a provision toward work (art. 10 lid 1); that
//   is local policy, so we ask the gemeente's data. A UWV jobcoach can also
//   be used during a trial placement.
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf } from '../kernel.ts';
import { parameterAt } from '../parameters.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { age27Status, code, criterion, gemeenteDoelgroep, leeftijd27Criterion, stepGemeente, stepRegister } from './common.ts';

const doelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-7');
const leeftijd = leeftijd27Criterion();

const regeling = criterion({
  id: 'proefplaats-voor-jou',
  label: t('De gemeente biedt een proefplaats aan mensen zoals jij', 'The gemeente offers a trial placement to people like you'),
  source: 'pw-8a-2d',
  facts: ['benefit', 'gemeente'],
  messages: [
    [
      MET,
      'Je hebt bijstand. Dan mag je met toestemming van de gemeente een proefplaats doen: eerst 2 maanden, daarna hooguit 4 maanden extra. Je houdt je bijstand.',
      'You have bijstand. Then, with the gemeente’s consent, you may do a trial placement: first 2 months, then at most 4 months more. You keep your bijstand.',
    ],
    [MET, 'Deze gemeente biedt ook proefplaatsen aan mensen zonder uitkering.', 'This gemeente also offers trial placements to people without a benefit.'],
    [
      NOT_MET,
      'Deze gemeente biedt geen proefplaats aan mensen zonder uitkering. Vraag naar andere hulp, zoals een werkervaringsplek of een jobcoach.',
      'This gemeente offers no trial placement to people without a benefit. Ask about other support, such as a work experience place or a jobcoach.',
    ],
    [
      UNKNOWN,
      'De wet regelt de proefplaats alleen voor mensen met bijstand. Zonder uitkering kan de gemeente het wel als hulp aanbieden. Vraag ernaar.',
      'The law only regulates the trial placement for people on bijstand. Without a benefit the gemeente can still offer it as support. Ask about it.',
    ],
    [MISSING, 'We weten nog niet of je een uitkering hebt.', 'We do not know yet whether you have a benefit.'],
  ],
});

export const proefplaatsing: RuleModule = {
  id: 'proefplaatsing',
  version: '1.1.0',
  title: t('Proefplaatsing bij een werkgever', 'Trial placement with an employer'),
  provider: 'gemeente',
  lawInBrief: t(
    'Bij een proefplaatsing werk je een korte tijd zonder loon bij een werkgever. Zo kun je laten zien wat je kunt. Het doel is een baan bij die werkgever.',
    'In a trial placement you work for a short time without pay at an employer. So you can show what you can do. The aim is a job with that employer.',
  ),
  sources: ['pw-6h', 'pw-8a-2d', 'pw-10'],
  criteria: [doelgroep, leeftijd, regeling],
  summary: {
    waarschijnlijk: t('Een proefplaatsing is waarschijnlijk mogelijk.', 'A trial placement is probably possible.'),
    misschien: t('Misschien is een proefplaatsing mogelijk. Vraag het de gemeente.', 'A trial placement may be possible. Ask the gemeente.'),
    waarschijnlijk_niet: t('Een proefplaatsing via de gemeente is waarschijnlijk niet mogelijk.', 'A trial placement through the gemeente is probably not possible.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.pwGroup;
    const b = p.benefit;
    let r: number;
    if (b === ENUM_MISSING) r = 4;
    else if (b === C.benefit.bijstand) r = ctx.breedOffensief ? 0 : 3;
    else if (b === C.benefit.geen || (p.supportedByGemeente === C.supportedByGemeente.ja && (d.uwvBenefit & STATUS_MASK) !== MET)) {
      r = ctx.polProefplaats === 1 ? 1 : ctx.polProefplaats === 2 ? 2 : 3;
    } else r = 3;
    const inGroup = (d.pwGroup & STATUS_MASK) !== NOT_MET;
    s[at + 1] = inGroup ? age27Status(leeftijd, p, ctx) : 0;
    s[at + 2] = inGroup ? code(regeling, r) : 0;
    return allOf(s, at, 3);
  },
  nextSteps(outcome, _p, d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    const first = parameterAt('proefplaatsMaanden', ctx.date);
    const extra = parameterAt('proefplaatsVerlengingMaanden', ctx.date);
    steps.push(
      stepGemeente(
        ctx,
        t('Vraag de gemeente om een proefplaatsing bij een werkgever.', 'Ask the gemeente for a trial placement with an employer.'),
        t(
          `Vraag hoe lang het duurt (met bijstand: ${first} maanden, hooguit ${extra} extra), wie je verzekert, en of er daarna een contract komt.`,
          `Ask how long it lasts (with bijstand: ${first} months, at most ${extra} more), who insures you, and whether a contract follows.`,
        ),
        { serviceKeys: ['proefplaatsing'], helpKinds: ['werk-vinden'] },
      ),
    );
    return steps;
  },
};

