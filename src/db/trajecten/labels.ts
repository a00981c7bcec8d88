// Trajecten: the fixed lists (how someone came into view, why there is no
// benefit, goal types, channels, transitions, end reasons), the gemeente's
// deadlines, and the access check every Trajecten query starts with.
// Every query checks access with inbeeld_may_see and writes a processing-log line (src/db/persons.ts).
import type { Queryable } from '../client.ts';
import type { Actor, RecordPart } from '../persons.ts';

export const cameIntoViewOptions = {
  zelf: 'Heeft zich zelf gemeld',
  uwv: 'Via UWV',
  school: 'Via school',
  wijkteam: 'Via het wijkteam',
  werkgever: 'Via een werkgever',
  anders: 'Anders',
} as const;

export const noBenefitReasons = {
  'inkomen-partner-of-ouders': 'Inkomen van partner of ouders is te hoog',
  'eigen-vermogen': 'Eigen spaargeld of vermogen',
  'medische-urenbeperking': 'Kan door de beperking maar weinig uren werken',
  'ww-of-ziektewet-gestopt': 'WW of Ziektewet is gestopt',
  'uitkering-of-wajong-afgewezen': 'Uitkering of Wajong afgewezen',
  zelfstandige: 'Is zelfstandige (zzp)',
  'jaren-buitenland': 'Heeft jaren in het buitenland gewoond',
  anders: 'Anders',
  onbekend: 'Nog niet bekend',
} as const;

// The kind of limitation as the person describes it: never a diagnosis
// (migration 145). Health data (AVG art. 9); see docs/access.md for the purpose.
export const limitationKinds = {
  lichamelijk: 'Lichamelijk',
  psychisch: 'Psychisch',
  verstandelijk: 'Verstandelijk',
  zintuiglijk: 'Zien of horen (zintuiglijk)',
  'chronische-ziekte': 'Chronische ziekte',
  'niet-aangeboren-hersenletsel': 'Niet-aangeboren hersenletsel',
  anders: 'Anders',
  'wil-ik-niet-zeggen': 'Wil ik niet zeggen',
} as const;
export type LimitationKind = keyof typeof limitationKinds;

export const goalTypes = {
  'regulier-werk': 'Gewoon betaald werk',
  'werk-met-loonkostensubsidie': 'Werk met loonkostensubsidie',
  'beschut-werk': 'Beschut werk',
  scholing: 'Scholing of opleiding',
  proefplaatsing: 'Proefplaatsing',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  'andere-participatie': 'Een andere vorm van meedoen',
} as const;

export const channels = {
  gesprek: 'Gesprek',
  telefoon: 'Telefoon',
  'e-mail': 'E-mail',
  video: 'Videobellen',
  huisbezoek: 'Huisbezoek',
  anders: 'Anders',
} as const;

export const transitionKinds = {
  'doelgroepregister-registratie': 'Opgenomen in het doelgroepregister',
  'uitkering-afgewezen': 'Uitkering afgewezen',
  'wajong-afgewezen': 'Wajong afgewezen',
  'school-verlaten-vso': 'Van school af (vso)',
  'school-verlaten-pro': 'Van school af (praktijkonderwijs)',
  'einde-jobcoaching': 'Jobcoaching gestopt',
  'einde-contract': 'Contract loopt af',
} as const;

export const endReasons = {
  'werk-gevonden': 'Heeft werk gevonden',
  'scholing-gestart': 'Is met een opleiding begonnen',
  'ondersteuning-elders': 'Krijgt ondersteuning ergens anders',
  'geen-hulpvraag-meer': 'Heeft geen hulpvraag meer',
  verhuisd: 'Verhuisd naar een andere gemeente',
  'geen-contact-meer': 'Geen contact meer mogelijk',
  'gemeente-stopt-ondersteuning': 'De gemeente stopt de ondersteuning',
  overleden: 'Overleden',
  anders: 'Anders',
} as const;

export type CameIntoView = keyof typeof cameIntoViewOptions;
export type NoBenefitReason = keyof typeof noBenefitReasons;
export type GoalType = keyof typeof goalTypes;
export type Channel = keyof typeof channels;
export type TransitionKind = keyof typeof transitionKinds;
export type EndReason = keyof typeof endReasons;

export interface GemeentePolicy {
  responseWorkingDays: number;
  transitionWorkingDays: number;
  activeNoContactWeeks: number;
  passiveNoContactMonths: number;
}

export const defaultGemeentePolicy: GemeentePolicy = {
  responseWorkingDays: 5,
  transitionWorkingDays: 10,
  activeNoContactWeeks: 8,
  passiveNoContactMonths: 6,
};

export async function gemeentePolicy(db: Queryable, gemeenteCode: string | null): Promise<GemeentePolicy> {
  if (!gemeenteCode) return defaultGemeentePolicy;
  const [row] = await db.query<GemeentePolicy>(
    `select response_working_days as "responseWorkingDays", transition_working_days as "transitionWorkingDays",
       active_no_contact_weeks as "activeNoContactWeeks", passive_no_contact_months as "passiveNoContactMonths"
     from gemeente_policy where gemeente_code = $1`,
    [gemeenteCode],
  );
  return row ?? defaultGemeentePolicy;
}

/** The pseudonym of a person the actor may see `part` of; null otherwise. `owner` demands the actor's own record. */
export async function accessible(tx: Queryable, actor: Actor, personId: string, part: RecordPart, owner = false): Promise<string | null> {
  const [row] = await tx.query<{ pseudonym: string }>(
    `select p.pseudonym from person p
     where p.id = $1 and p.erased_at is null
       and inbeeld_may_see(p.id, p.owner_organization_id, $4, $2::uuid, $3)
       and (not $5 or p.owner_organization_id = $2::uuid)`,
    [personId, actor.organizationId, actor.role, part, owner],
  );
  return row?.pseudonym ?? null;
}
