// Participatiewet art. 6 lid 1 onder e, art. 10c and art. 10d.
//
// What the law says, in our words:
// - The doelgroep loonkostensubsidie are the people the gemeente supports
//   (art. 7 lid 1 onder a, and under 27 art. 7a) who cannot earn the minimum
//   wage with full-time work but can work (art. 6 lid 1 onder e). The
//   gemeente establishes this, on request or on its own (art. 10c).
// - When an employer wants to hire such a person, the gemeente grants the
//   employer loonkostensubsidie, on its own or on request of the employer or
//   the person (art. 10d lid 1, in this form since 1 July 2023). Without a
//   loonwaardemeting it can give 50% for the first six months (lid 5).
// - The law does not limit this to the doelgroepregister. Gemeenten sometimes
//   act as if it does; that is not in the law.
// - Not in a Wsw job (lid 3).
import { MET, UNKNOWN } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf } from '../kernel.ts';
import { parameterAt } from '../parameters.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, gemeenteDoelgroep, heeftWerk, kanMinimumloonNiet, stepGemeente, stepRegister, BRING_ID, BRING_UWV, BRING_CONTRACT } from './common.ts';
import { STATUS_MASK, FIXABLE } from '../codes.ts';

const doelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-6e');
const wml = kanMinimumloonNiet('pw-6e');
const baan = heeftWerk('pw-10d');

const geenWsw = criterion({
  id: 'geen-wsw-baan',
  label: t('Je werkt niet in een Wsw-baan', 'You do not work in a Wsw job'),
  source: 'pw-10d-3',
  facts: ['indication'],
  messages: [
    [
      UNKNOWN,
      'Je hebt een Wsw-indicatie. Werk je in een Wsw-baan (sociale werkvoorziening)? Dan geldt loonkostensubsidie niet. Bij een gewone werkgever wel.',
      'You have a Wsw indication. Do you work in a Wsw job (sheltered employment)? Then wage subsidy does not apply. With a regular employer it does.',
    ],
  ],
});

const nietAlleenRegister = criterion({
  id: 'niet-alleen-doelgroepregister',
  label: t('Je hoeft niet in het doelgroepregister te staan', 'You do not have to be in the doelgroepregister'),
  kind: 'info',
  source: 'pw-10d',
  facts: [],
  messages: [
    [
      MET,
      'Loonkostensubsidie hangt niet af van het doelgroepregister. Het gaat erom of je het minimumloon niet zelf kunt verdienen.',
      'Wage subsidy does not depend on the doelgroepregister. What matters is whether you cannot earn the minimum wage yourself.',
    ],
  ],
});

const verplicht = criterion({
  id: 'gemeente-moet-geven',
  label: t('De gemeente moet de subsidie geven als je in de doelgroep zit', 'The gemeente must grant the subsidy if you are in the target group'),
  kind: 'info',
  source: 'pw-10d',
  facts: [],
  messages: [
    [
      MET,
      'Zit je in de doelgroep en wil een werkgever je aannemen? Dan moet de gemeente loonkostensubsidie geven. Jij of de werkgever mag het aanvragen.',
      'Are you in the target group and does an employer want to hire you? Then the gemeente must grant wage subsidy. You or the employer may apply.',
    ],
    [
      UNKNOWN,
      'Op deze datum gaf de gemeente loonkostensubsidie op een andere manier (de regels veranderden op 1 juli 2023).',
      'On this date the gemeente granted wage subsidy in another way (the rules changed on 1 July 2023).',
    ],
  ],
});

export const loonkostensubsidie: RuleModule = {
  id: 'loonkostensubsidie',
  version: '1.0.0',
  title: t('Loonkostensubsidie voor je werkgever', 'Wage subsidy (LKS) for your employer'),
  provider: 'gemeente',
  lawInBrief: t(
    'Kun je door je beperking het minimumloon niet zelf verdienen? Dan betaalt de gemeente je werkgever een deel van je loon. Jij krijgt wel gewoon loon. Het doelgroepregister is daarvoor niet nodig.',
    'Can you not earn the minimum wage yourself because of your limitation? Then the gemeente pays your employer part of your wage. You still get a normal wage. The doelgroepregister is not needed for this.',
  ),
  sources: ['pw-6e', 'pw-10c', 'pw-10d', 'pw-10d-3', 'pw-7'],
  criteria: [doelgroep, wml, baan, geenWsw, nietAlleenRegister, verplicht],
  summary: {
    waarschijnlijk: t(
      'Je werkgever kan waarschijnlijk loonkostensubsidie krijgen.',
      'Your employer can probably get wage subsidy.',
    ),
    misschien: t('Misschien kan je werkgever loonkostensubsidie krijgen.', 'Your employer may be able to get wage subsidy.'),
    waarschijnlijk_niet: t('Loonkostensubsidie past waarschijnlijk niet bij je.', 'Wage subsidy probably does not fit you.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.pwGroup;
    s[at + 1] = d.cannotEarnWml;
    s[at + 2] = d.hasJob;
    s[at + 3] = p.indication === C.indication.wsw ? code(geenWsw, 0) : 0;
    s[at + 4] = code(nietAlleenRegister, 0);
    s[at + 5] = code(verplicht, ctx.breedOffensief ? 0 : 1);
    return allOf(s, at, 4);
  },
  nextSteps(outcome, _p, d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    const pct = parameterAt('lksForfaitairPercentage', ctx.date);
    const months = parameterAt('lksForfaitairMaanden', ctx.date);
    const quick = Number.isNaN(pct)
      ? t('', '')
      : t(
          ` Zonder meting kan de gemeente de eerste ${months} maanden ${pct}% geven.`,
          ` Without a measurement the gemeente can give ${pct}% for the first ${months} months.`,
        );
    steps.push(
      stepGemeente(
        ctx,
        t(
          `Vraag de gemeente om vast te stellen dat je bij de doelgroep loonkostensubsidie hoort. Heb je een werkgever? Vraag dan samen loonkostensubsidie aan.${quick.nl}`,
          `Ask the gemeente to establish that you belong to the wage subsidy group. Do you have an employer? Then apply for wage subsidy together.${quick.en}`,
        ),
        t(
          'Vraag hoe de loonwaarde wordt gemeten en wanneer je een besluit krijgt.',
          'Ask how the loonwaarde is measured and when you get a decision.',
        ),
        { serviceKeys: ['loonkostensubsidie'], helpKinds: ['werk-vinden'] },
        [BRING_ID, BRING_UWV, BRING_CONTRACT],
      ),
    );
    return steps;
  },
};
