// Participatiewet art. 10b (beschut werk).
//
// What the law says, in our words:
// - The gemeente offers beschut werk (a paid job in a sheltered setting with
//   adapted conditions) to someone it supports (art. 7 lid 1 onder a or 7a),
//   and also to someone on a WW, WIA, Wajong or Ziektewet benefit, when the
//   gemeente has established that this person can only work in such a
//   setting (lid 1). It does so on its own or on request.
// - UWV advises the gemeente on that (lid 2); the person can also ask UWV
//   for this advice directly (lid 3).
// - The duty ends when the gemeente has reached the number of places set for
//   it (lid 6). That is gemeente data here (policy).
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf } from '../kernel.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, onderAow, stepGemeente, stepRegister, stepUwv, BRING_ID, BRING_MEDICAL } from './common.ts';

const doelgroep = criterion({
  id: 'doelgroep-beschut-werk',
  label: t('Je hoort bij de mensen voor wie beschut werk kan', 'You belong to the people beschut werk is for'),
  source: 'pw-10b',
  facts: ['benefit', 'registeredJobseeker', 'age', 'supportedByGemeente'],
  messages: [
    [MET, 'De gemeente helpt je naar werk. Dan kan beschut werk voor je.', 'The gemeente helps you toward work. Then beschut werk is possible for you.'],
    [MET, 'Je hebt een uitkering van UWV. Ook dan kan de gemeente beschut werk aanbieden.', 'You have a benefit from UWV. Then too the gemeente can offer beschut werk.'],
    [FIXABLE, 'Schrijf je eerst in bij UWV als werkzoekende. Dan hoor je erbij.', 'First register at UWV as a job seeker. Then you belong to the group.'],
    [MISSING, 'We weten nog niet of de gemeente of UWV je helpt.', 'We do not know yet whether the gemeente or UWV helps you.'],
    [UNKNOWN, 'Het is niet duidelijk of je bij deze groep hoort.', 'It is not clear whether you belong to this group.'],
    [NOT_MET, 'Je hebt de AOW-leeftijd bereikt.', 'You have reached the AOW age.'],
  ],
});

const alleenBeschut = criterion({
  id: 'alleen-beschutte-omgeving',
  label: t('Je kunt alleen in een beschutte omgeving werken', 'You can only work in a sheltered setting'),
  source: 'pw-10b',
  facts: ['indication', 'canEarnMinimumWage', 'loonwaarde', 'structuralLimitation'],
  messages: [
    [MET, 'Je hebt een indicatie beschut werk.', 'You have a beschut werk indication.'],
    [
      NOT_MET,
      'Je kunt het minimumloon zelf verdienen. Beschut werk is voor mensen die alleen met veel aanpassing en begeleiding kunnen werken.',
      'You can earn the minimum wage yourself. Beschut werk is for people who can only work with a lot of adaptation and guidance.',
    ],
    [
      UNKNOWN,
      'Of je alleen in een beschutte omgeving kunt werken, stelt de gemeente vast na advies van UWV. Je mag UWV zelf om dat advies vragen.',
      'Whether you can only work in a sheltered setting is established by the gemeente after UWV advice. You may ask UWV for that advice yourself.',
    ],
    [MISSING, 'We weten nog niet genoeg over wat je kunt in werk.', 'We do not know enough yet about what you can do at work.'],
  ],
});

const plaatsen = criterion({
  id: 'plaatsen-beschikbaar',
  label: t('De gemeente heeft nog plekken', 'The gemeente still has places'),
  source: 'pw-10b',
  facts: ['gemeente'],
  messages: [
    [MET, 'De gemeente heeft vastgelegd dat er nog plekken beschut werk zijn.', 'The gemeente has recorded that there are still beschut werk places.'],
    [
      UNKNOWN,
      'De gemeente heeft haar aantal plekken gehaald. Dan hoeft ze er geen meer te geven. Vraag toch, en vraag naar een wachtlijst.',
      'The gemeente has reached its number of places. Then it does not have to give more. Ask anyway, and ask about a waiting list.',
    ],
    [UNKNOWN, 'We weten niet of er plekken zijn. Vraag het de gemeente.', 'We do not know whether there are places. Ask the gemeente.'],
    [
      MET,
      'De gemeente moet beschut werk bieden tot zij haar aantal plekken heeft gehaald. Je gemeente heeft bij ons niets vastgelegd. Vraag of er plekken zijn.',
      'The gemeente must offer beschut werk until it has reached its number of places. Your gemeente has recorded nothing with us. Ask whether there are places.',
    ],
  ],
});

const aow = onderAow('pw-10b');

export const beschutWerk: RuleModule = {
  id: 'beschut-werk',
  version: '1.0.0',
  title: t('Beschut werk', 'Sheltered employment (beschut werk)'),
  provider: 'gemeente',
  lawInBrief: t(
    'Kun je alleen werken op een beschutte plek, met veel aanpassing en begeleiding? Dan moet de gemeente je beschut werk aanbieden: een baan met loon.',
    'Can you only work in a sheltered place, with a lot of adaptation and guidance? Then the gemeente must offer you beschut werk: a paid job.',
  ),
  sources: ['pw-10b'],
  criteria: [doelgroep, alleenBeschut, plaatsen, aow],
  summary: {
    waarschijnlijk: t('Je hebt waarschijnlijk recht op beschut werk.', 'You probably have a right to beschut werk.'),
    misschien: t('Misschien is beschut werk iets voor jou. De gemeente beslist na advies van UWV.', 'Beschut werk may be for you. The gemeente decides after UWV advice.'),
    waarschijnlijk_niet: t('Beschut werk past waarschijnlijk niet bij je.', 'Beschut werk probably does not fit you.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    const g = d.pwGroup & STATUS_MASK;
    const uwv = d.uwvBenefit & STATUS_MASK;
    let dg: number;
    if (uwv === MET) dg = 1;
    else if (g === MET) dg = 0;
    else if (g === FIXABLE) dg = 2;
    else if (g === MISSING) dg = 3;
    else if (g === NOT_MET) dg = 5;
    else dg = 4;
    s[at] = code(doelgroep, dg);
    let ab: number;
    const cannot = d.cannotEarnWml & STATUS_MASK;
    if (p.indication === C.indication['beschut-werk']) ab = 0;
    else if (cannot === NOT_MET) ab = 1;
    else if (cannot === MISSING && p.indication === ENUM_MISSING) ab = 3;
    else ab = 2;
    s[at + 1] = code(alleenBeschut, ab);
    s[at + 2] = code(plaatsen, ctx.polBeschutPlaces === 1 ? (ctx.polRecorded ? 0 : 3) : ctx.polBeschutPlaces === 2 ? 1 : 2);
    s[at + 3] = d.belowAow;
    return allOf(s, at, 4);
  },
  nextSteps(outcome, p, d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE && (d.uwvBenefit & STATUS_MASK) !== MET) steps.push(stepRegister());
    if (p.indication !== C.indication['beschut-werk']) {
      steps.push(
        stepUwv(
          t(
            'Vraag UWV om advies of je alleen in een beschutte omgeving kunt werken. Je mag dat zelf vragen.',
            'Ask UWV for advice on whether you can only work in a sheltered setting. You may ask yourself.',
          ),
          t('Vraag wanneer het advies klaar is en of je het zelf ook krijgt.', 'Ask when the advice is ready and whether you get it too.'),
          { serviceKeys: ['beschut-werk'], helpKinds: ['werk-vinden'] },
          [BRING_ID, BRING_MEDICAL],
        ),
      );
    }
    steps.push(
      stepGemeente(
        ctx,
        t('Vraag de gemeente om beschut werk.', 'Ask the gemeente for beschut werk.'),
        t('Vraag of er plekken zijn, waar je zou werken en welke begeleiding je krijgt.', 'Ask whether there are places, where you would work and what guidance you get.'),
        { serviceKeys: ['beschut-werk'], helpKinds: ['werk-vinden'] },
      ),
    );
    return steps;
  },
};
