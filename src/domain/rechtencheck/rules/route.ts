// Which route applies for jobcoaching and werkvoorzieningen: gemeente or UWV.
//
// The werkkaart in the research says UWV has "basic provisions for people
// without a doelgroepregister registration". In the law the dividing line is
// not the register, but who is responsible for the person:
// - the gemeente, for the people it supports toward work (Pw art. 7 lid 1
//   onder a, art. 10 lid 1 and 2), and with a hard claim to workplace
//   coaching for the doelgroep loonkostensubsidie (art. 10da);
// - UWV, for workers with a structurele functionele beperking who are not in
//   that group (Wet WIA art. 35, Reïntegratiebesluit), and for people on a
//   UWV benefit (Pw art. 7 lid 3 onder c);
// - UWV also for the gemeente's own group when the limitation is visual
//   (werkvoorzieningen, Pw art. 10h) or auditory (tolk, Pw art. 10g).
// So someone outside the register can get provisions from either; the
// register alone does not decide it.
import { C, type Person } from '../encode.ts';
import { R_NO_JOB, ROUTE_GEMEENTE, ROUTE_UWV, type Derived } from '../kernel.ts';
import type { RouteInfo, Text } from '../types.ts';
import { t } from '../types.ts';

// Indexed by the R_* constants in kernel.ts.
export const ROUTE_REASONS: readonly Text[] = [
  t(
    'Je krijgt een uitkering van UWV. Dan regelt UWV hulp en voorzieningen bij werk.',
    'You get a benefit from UWV. Then UWV arranges support and provisions at work.',
  ),
  t(
    'Je krijgt een uitkering via de gemeente. Dan regelt de gemeente hulp en voorzieningen bij werk.',
    'You get a benefit through the gemeente. Then the gemeente arranges support and provisions at work.',
  ),
  t(
    'De gemeente helpt je al bij werk, of je vond werk via de gemeente. Dan blijft de gemeente verantwoordelijk (Participatiewet art. 10 lid 2).',
    'The gemeente already helps you with work, or you found work through the gemeente. Then the gemeente stays responsible (Participatiewet art. 10(2)).',
  ),
  t(
    'Je kunt het minimumloon niet zelf verdienen. Dan hoor je bij de doelgroep loonkostensubsidie van de gemeente. De gemeente regelt dan de begeleiding en voorzieningen.',
    'You cannot earn the minimum wage yourself. Then you belong to the gemeente’s wage subsidy group. The gemeente then arranges coaching and provisions.',
  ),
  t(
    'Je hebt geen uitkering en nog geen baan. Voor hulp op weg naar werk is de gemeente aan zet.',
    'You have no benefit and no job yet. For support on the way to work, the gemeente is responsible.',
  ),
  t(
    'Je hebt zelf een baan gevonden en kunt het minimumloon verdienen. Als werknemer met een blijvende beperking vraag je voorzieningen aan bij UWV. Dat hangt niet af van het doelgroepregister.',
    'You found a job yourself and can earn the minimum wage. As an employee with a lasting limitation you apply to UWV for provisions. This does not depend on the doelgroepregister.',
  ),
  t(
    'We weten nog niet genoeg om te zeggen of de gemeente of UWV aan zet is. Belangrijk is: heb je een uitkering, helpt de gemeente je al, en kun je het minimumloon verdienen?',
    'We do not know enough yet to say whether the gemeente or UWV is responsible. What matters: do you have a benefit, does the gemeente already help you, and can you earn the minimum wage?',
  ),
  t(
    'Het is niet duidelijk of de gemeente of UWV aan zet is. Vraag het aan allebei; zij moeten je dan doorverwijzen.',
    'It is not clear whether the gemeente or UWV is responsible. Ask both; they must then refer you.',
  ),
];

export const VISUAL_REASON = t(
  'Je hebt een visuele beperking. Voor werkvoorzieningen en vervoer zorgt dan UWV, ook als de gemeente je helpt (Participatiewet art. 10h).',
  'You have a visual limitation. UWV then provides workplace and transport provisions, also when the gemeente supports you (Participatiewet art. 10h).',
);

export const HEARING_REASON = t(
  'Je hebt een auditieve beperking. Een tolk regelt UWV, ook als de gemeente je helpt (Participatiewet art. 10g). Andere voorzieningen lopen via de gemeente of UWV zoals hierboven.',
  'You have a hearing limitation. UWV arranges an interpreter, also when the gemeente supports you (Participatiewet art. 10g). Other provisions go through the gemeente or UWV as above.',
);


export const JOBCOACH_NO_JOB = t(
  'Je hebt nog geen baan. Een jobcoach begint als je werkt. Vind je werk via de gemeente, of kun je het minimumloon niet zelf verdienen, dan regelt de gemeente de jobcoach. Vind je zelf werk en kun je het minimumloon verdienen, dan UWV.',
  'You have no job yet. A jobcoach starts when you work. If you find work through the gemeente, or cannot earn the minimum wage yourself, the gemeente arranges the jobcoach. If you find work yourself and can earn the minimum wage, UWV does.',
);

export function routeInfo(d: Derived, p: Person, forProvisions: boolean): RouteInfo {
  if (!forProvisions && d.routeReason === R_NO_JOB) return { provider: 'onbekend', reason: JOBCOACH_NO_JOB };
  const reason = ROUTE_REASONS[d.routeReason] ?? ROUTE_REASONS[ROUTE_REASONS.length - 1]!;
  if (forProvisions && p.limitationKind === C.limitationKind.visueel) {
    return { provider: 'uwv', reason: VISUAL_REASON };
  }
  const provider = d.route === ROUTE_GEMEENTE ? 'gemeente' : d.route === ROUTE_UWV ? 'uwv' : 'onbekend';
  if (forProvisions && p.limitationKind === C.limitationKind.auditief) {
    return { provider, reason: { nl: `${reason.nl} ${HEARING_REASON.nl}`, en: `${reason.en} ${HEARING_REASON.en}` } };
  }
  return { provider, reason };
}
