// Wet SUWI art. 30b and Participatiewet art. 6 lid 1 onder a.
//
// What the law says, in our words:
// - UWV registers as werkzoekende, on their request, Dutch nationals, EU
//   citizens and people whose residence permit allows work (art. 30b lid 1).
// - UWV sets how long a registration lasts and how it is renewed; without a
//   renewal request it ends (art. 30b lid 3 en 4). People on a WW benefit are
//   kept registered through their benefit; people without one must renew
//   themselves, or they drop out of view.
// - Only with this registration does someone without a benefit count as
//   niet-uitkeringsgerechtigde for the gemeente (Pw art. 6 lid 1 onder a).
import { FIXABLE, MET, MISSING, UNKNOWN, STATUS_MASK, NOT_MET, WAARSCHIJNLIJK, WAARSCHIJNLIJK_NIET, MEER_INFORMATIE_NODIG, MISSCHIEN, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, onderAow, stepRegister } from './common.ts';

const aow = onderAow('pw-6a', 'onder-aow-leeftijd');

const ingeschreven = criterion({
  id: 'staat-ingeschreven',
  label: t('Je staat ingeschreven bij UWV als werkzoekende', 'You are registered at UWV as a job seeker'),
  kind: 'info',
  source: 'suwi-30b',
  facts: ['registeredJobseeker'],
  messages: [
    [MET, 'Je staat ingeschreven als werkzoekende.', 'You are registered as a job seeker.'],
    [FIXABLE, 'Je staat niet ingeschreven. Schrijf je in op werk.nl.', 'You are not registered. Register on werk.nl.'],
    [FIXABLE, 'Je inschrijving is verlopen. Schrijf je opnieuw in op werk.nl.', 'Your registration has expired. Register again on werk.nl.'],
    [UNKNOWN, 'Je weet niet of je bent ingeschreven. Kijk het na op werk.nl.', 'You do not know whether you are registered. Check on werk.nl.'],
    [MISSING, 'We weten nog niet of je bent ingeschreven.', 'We do not know yet whether you are registered.'],
  ],
});

const verlengen = criterion({
  id: 'zelf-verlengen',
  label: t('Je moet de inschrijving zelf verlengen', 'You must renew the registration yourself'),
  kind: 'info',
  source: 'suwi-30b',
  facts: ['benefit'],
  messages: [
    [
      MET,
      'Je hebt geen uitkering. Dan blijft je inschrijving niet vanzelf staan. Verleng haar op tijd op werk.nl, anders verloopt ze en raak je uit beeld bij UWV en de gemeente.',
      'You have no benefit. Then your registration does not stay on its own. Renew it in time on werk.nl, or it expires and UWV and the gemeente lose sight of you.',
    ],
    [
      NOT_MET,
      'Je hebt een uitkering. Vraag je uitkeringsinstantie of je inschrijving daarmee geregeld is.',
      'You have a benefit. Ask the benefit agency whether that takes care of your registration.',
    ],
  ],
});

export const inschrijvingWerkzoekende: RuleModule = {
  id: 'inschrijving-werkzoekende',
  version: '1.0.0',
  title: t('Inschrijven bij UWV als werkzoekende (en op tijd verlengen)', 'Registering at UWV as a job seeker (and renewing in time)'),
  provider: 'uwv',
  lawInBrief: t(
    'Je kunt je bij UWV inschrijven als werkzoekende. Zonder uitkering moet je die inschrijving zelf verlengen. Met die inschrijving telt de gemeente je mee voor hulp bij werk.',
    'You can register at UWV as a job seeker. Without a benefit you must renew that registration yourself. With it, the gemeente counts you in for support toward work.',
  ),
  sources: ['suwi-30b', 'pw-6a'],
  criteria: [aow, ingeschreven, verlengen],
  summary: {
    waarschijnlijk: t(
      'Je kunt je inschrijven als werkzoekende. Dat is de eerste stap naar hulp van de gemeente.',
      'You can register as a job seeker. It is the first step toward support from the gemeente.',
    ),
    misschien: t(
      'Je kunt je waarschijnlijk inschrijven, maar of het meetelt voor hulp van de gemeente hangt af van je leeftijd.',
      'You can probably register, but whether it counts for support from the gemeente depends on your age.',
    ),
    waarschijnlijk_niet: t(
      'Je hebt de AOW-leeftijd. Inschrijven als werkzoekende helpt je dan niet meer bij hulp van de gemeente.',
      'You have reached the AOW age. Registering as a job seeker then no longer helps you get support from the gemeente.',
    ),
    meer_informatie_nodig: t('We hebben je leeftijd nog nodig.', 'We still need your age.'),
  },
  decide(p, d, _ctx, s, at) {
    s[at] = d.belowAow;
    const r = p.registeredJobseeker;
    s[at + 1] = code(
      ingeschreven,
      r === C.registeredJobseeker.ja ? 0 : r === C.registeredJobseeker.nee ? 1 : r === C.registeredJobseeker.verlopen ? 2 : r === ENUM_MISSING ? 4 : 3,
    );
    const b = p.benefit;
    s[at + 2] = b === C.benefit.geen ? code(verlengen, 0) : b === ENUM_MISSING || b === C.benefit.onbekend ? 0 : code(verlengen, 1);
    const status = d.belowAow & STATUS_MASK;
    return status === MET
      ? WAARSCHIJNLIJK
      : status === NOT_MET
        ? WAARSCHIJNLIJK_NIET
        : status === MISSING
          ? MEER_INFORMATIE_NODIG
          : MISSCHIEN;
  },
  nextSteps(outcome, p) {
    if (outcome === 'waarschijnlijk_niet') return [];
    if (p.registeredJobseeker === C.registeredJobseeker.ja) {
      return [
        {
          who: t('UWV (werk.nl)', 'UWV (werk.nl)'),
          action: t(
            'Kijk op werk.nl wanneer je inschrijving afloopt. Zet de datum in je agenda en verleng op tijd.',
            'Check on werk.nl when your registration ends. Put the date in your calendar and renew in time.',
          ),
          ask: t('Vraag UWV hoe je een bericht krijgt voordat je inschrijving afloopt.', 'Ask UWV how you get a reminder before your registration ends.'),
          url: 'https://www.werk.nl/werkzoekenden/',
          offer: { serviceKeys: ['inschrijven-werkzoekende'], helpKinds: ['werk-vinden'] },
        },
      ];
    }
    return [stepRegister()];
  },
};
