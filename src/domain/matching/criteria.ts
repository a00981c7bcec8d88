// The matching criteria: one definition per work condition, judged from both
// sides (what the vacancy asks, what the person needs). Each criterion gives
// met / not met / unknown with a reason in B1 Dutch, and a fixed number of
// points when met. The same definition carries its SQL form, so the database
// ranks with exactly the rule the explanation shows (test/integration/matching.test.ts
// compares both on random data).

export type Level = 1 | 2 | 3;
export type MatchStatus = 'voldaan' | 'niet-voldaan' | 'onbekend';
export type HardKey = 'rooster' | 'tempo' | 'structuur' | 'klantcontact' | 'fysiek' | 'prikkels' | 'reizen' | 'aanpassingen';
export const hardKeys: readonly HardKey[] = ['rooster', 'tempo', 'structuur', 'klantcontact', 'fysiek', 'prikkels', 'reizen', 'aanpassingen'];
export type CriterionKey = 'uren' | HardKey | 'beroep';

/** What a vacancy asks, as matching sees it. Null: not filled in. */
export interface VacancyConditions {
  id: string;
  hoursMin: number;
  hoursMax: number;
  roster: 'vast' | 'flexibel' | null;
  pace: Level | null;
  structure: Level | null;
  clientContact: Level | null;
  physical: Level | null;
  stimuli: Level | null;
  gemeenteCode: string | null;
  ovReachable: boolean | null;
  adaptationsPossible: boolean | null;
  occupationCode: string | null;
}

/** What a person needs, from their work profile. Null: no need or preference. */
export interface CandidateConditions {
  id: string;
  hoursMin: number | null;
  /** Always a hard condition: more hours are never proposed. */
  hoursMax: number;
  rosterNeed: 'vast' | 'flexibel' | null;
  paceMax: Level | null;
  structureNeed: Level | null;
  clientContactMax: Level | null;
  physicalMax: Level | null;
  stimuliMax: Level | null;
  needsOv: boolean;
  reachGemeenten: string[];
  needsAdaptations: boolean;
  occupationCodes: string[];
  /** Conditions the person marked as hard: never traded away by a high score elsewhere. */
  hard: HardKey[];
}

export interface Judgement {
  status: MatchStatus;
  reason: string;
  /** Not met on a hard condition of the person. */
  hardFail: boolean;
}

export interface Criterion {
  key: CriterionKey;
  label: string;
  points: number;
  judge(v: VacancyConditions, c: CandidateConditions): Judgement;
  /** SQL giving 0 (met), 1 (not met) or 2 (unknown), on vacancy `v` and candidate_profile `p`. */
  sqlStatus: string;
  /** SQL that is true when this criterion is a hard failure. */
  sqlHard: string;
}

export const paceLabels: Record<Level, string> = { 1: 'rustig', 2: 'gemiddeld', 3: 'hoog' };
export const structureLabels: Record<Level, string> = { 1: 'weinig', 2: 'gemiddeld', 3: 'veel' };
export const contactLabels: Record<Level, string> = { 1: 'geen', 2: 'soms', 3: 'veel' };
export const physicalLabels: Record<Level, string> = { 1: 'licht', 2: 'gemiddeld', 3: 'zwaar' };
export const stimuliLabels: Record<Level, string> = { 1: 'rustig', 2: 'gemiddeld', 3: 'druk' };

const met = (reason: string): Judgement => ({ status: 'voldaan', reason, hardFail: false });
const unknown = (reason: string): Judgement => ({ status: 'onbekend', reason, hardFail: false });
const notMet = (reason: string, hard: boolean): Judgement => ({ status: 'niet-voldaan', reason, hardFail: hard });

/** A person's maximum on a 1..3 scale against what the job asks (pace, contact, physical, stimuli). */
function atMost(key: HardKey, label: string, points: number, levels: Record<Level, string>, vCol: string, pCol: string,
  vGet: (v: VacancyConditions) => Level | null, cGet: (c: CandidateConditions) => Level | null): Criterion {
  return {
    key,
    label,
    points,
    judge(v, c) {
      const need = cGet(c);
      const ask = vGet(v);
      if (need === null) return met(`${label}: de kandidaat heeft hier geen grens.`);
      if (ask === null) return unknown(`${label}: de vacature zegt hier niets over. Vraag het na bij de werkgever.`);
      if (ask <= need) return met(`${label}: de baan vraagt ${levels[ask]}, de kandidaat kan tot ${levels[need]}.`);
      return notMet(`${label}: de baan vraagt ${levels[ask]}, de kandidaat kan hoogstens ${levels[need]}.`, c.hard.includes(key));
    },
    sqlStatus: `(case when p.${pCol} is null then 0 when v.${vCol} is null then 2 when v.${vCol} <= p.${pCol} then 0 else 1 end)`,
    sqlHard: `(p.${pCol} is not null and v.${vCol} is not null and v.${vCol} > p.${pCol} and '${key}' = any (p.hard))`,
  };
}

export const criteria: readonly Criterion[] = [
  {
    key: 'uren',
    label: 'Uren per week',
    points: 25,
    judge(v, c) {
      if (v.hoursMin > c.hoursMax) return notMet(`Uren: de baan vraagt minstens ${v.hoursMin} uur, de kandidaat kan hoogstens ${c.hoursMax} uur.`, true);
      if (c.hoursMin !== null && v.hoursMax < c.hoursMin) return notMet(`Uren: de baan heeft hoogstens ${v.hoursMax} uur, de kandidaat wil minstens ${c.hoursMin} uur.`, false);
      return met(`Uren: de baan heeft ${v.hoursMin} tot ${v.hoursMax} uur, de kandidaat kan ${c.hoursMin ?? 1} tot ${c.hoursMax} uur.`);
    },
    sqlStatus: '(case when v.hours_min > p.hours_max then 1 when p.hours_min is not null and v.hours_max < p.hours_min then 1 else 0 end)',
    sqlHard: '(v.hours_min > p.hours_max)',
  },
  {
    key: 'rooster',
    label: 'Rooster',
    points: 10,
    judge(v, c) {
      if (c.rosterNeed === null) return met('Rooster: de kandidaat kan met een vast en een wisselend rooster werken.');
      if (v.roster === null) return unknown('Rooster: de vacature zegt niet of het rooster vast is. Vraag het na.');
      if (v.roster === c.rosterNeed) return met(`Rooster: de kandidaat heeft een ${c.rosterNeed} rooster nodig, en de baan heeft dat.`);
      return notMet(`Rooster: de kandidaat heeft een ${c.rosterNeed} rooster nodig, de baan heeft een ${v.roster} rooster.`, c.hard.includes('rooster'));
    },
    sqlStatus: '(case when p.roster_need is null then 0 when v.roster is null then 2 when v.roster = p.roster_need then 0 else 1 end)',
    sqlHard: `(p.roster_need is not null and v.roster is not null and v.roster <> p.roster_need and 'rooster' = any (p.hard))`,
  },
  atMost('tempo', 'Tempo en deadlines', 10, paceLabels, 'pace', 'pace_max', (v) => v.pace, (c) => c.paceMax),
  {
    key: 'structuur',
    label: 'Structuur en begeleiding',
    points: 10,
    judge(v, c) {
      const need = c.structureNeed;
      if (need === null) return met('Structuur: de kandidaat heeft hier geen eis.');
      if (v.structure === null) return unknown('Structuur: de vacature zegt niets over structuur en begeleiding. Vraag het na.');
      if (v.structure >= need) return met(`Structuur: de kandidaat heeft ${structureLabels[need]} structuur nodig, de baan geeft ${structureLabels[v.structure]}.`);
      return notMet(`Structuur: de kandidaat heeft ${structureLabels[need]} structuur nodig, de baan geeft ${structureLabels[v.structure]}.`, c.hard.includes('structuur'));
    },
    sqlStatus: '(case when p.structure_need is null then 0 when v.structure is null then 2 when v.structure >= p.structure_need then 0 else 1 end)',
    sqlHard: `(p.structure_need is not null and v.structure is not null and v.structure < p.structure_need and 'structuur' = any (p.hard))`,
  },
  atMost('klantcontact', 'Contact met klanten', 10, contactLabels, 'client_contact', 'client_contact_max', (v) => v.clientContact, (c) => c.clientContactMax),
  atMost('fysiek', 'Lichamelijk werk', 10, physicalLabels, 'physical', 'physical_max', (v) => v.physical, (c) => c.physicalMax),
  atMost('prikkels', 'Geluid en drukte', 10, stimuliLabels, 'stimuli', 'stimuli_max', (v) => v.stimuli, (c) => c.stimuliMax),
  {
    key: 'reizen',
    label: 'Reizen',
    points: 15,
    judge(v, c) {
      if (c.reachGemeenten.length === 0) return unknown('Reizen: in het profiel staat niet waar de kandidaat kan werken.');
      if (v.gemeenteCode === null) return unknown('Reizen: de vacature zegt niet waar het werk is.');
      if (!c.reachGemeenten.includes(v.gemeenteCode)) return notMet('Reizen: het werk is buiten het gebied waar de kandidaat kan werken.', c.hard.includes('reizen'));
      if (c.needsOv && v.ovReachable === null) return unknown('Reizen: de kandidaat reist met het openbaar vervoer. Het is niet bekend of het werk zo te bereiken is.');
      if (c.needsOv && !v.ovReachable) return notMet('Reizen: de kandidaat reist met het openbaar vervoer, en het werk is zo niet goed te bereiken.', c.hard.includes('reizen'));
      return met('Reizen: het werk ligt in het gebied waar de kandidaat kan werken.');
    },
    sqlStatus: `(case when cardinality(p.reach_gemeenten) = 0 or v.gemeente_code is null then 2
      when not (v.gemeente_code = any (p.reach_gemeenten)) then 1
      when p.needs_ov and v.ov_reachable is null then 2 when p.needs_ov and not v.ov_reachable then 1 else 0 end)`,
    sqlHard: `('reizen' = any (p.hard) and cardinality(p.reach_gemeenten) > 0 and v.gemeente_code is not null
      and (not (v.gemeente_code = any (p.reach_gemeenten)) or (p.needs_ov and v.ov_reachable is false)))`,
  },
  {
    key: 'aanpassingen',
    label: 'Aanpassingen op het werk',
    points: 10,
    judge(v, c) {
      if (!c.needsAdaptations) return met('Aanpassingen: de kandidaat heeft geen aanpassingen nodig.');
      if (v.adaptationsPossible === null) return unknown('Aanpassingen: de vacature zegt niet of aanpassingen kunnen. Vraag het na.');
      if (v.adaptationsPossible) return met('Aanpassingen: de kandidaat heeft aanpassingen nodig, en die kunnen.');
      return notMet('Aanpassingen: de kandidaat heeft aanpassingen nodig, en die kunnen hier niet.', c.hard.includes('aanpassingen'));
    },
    sqlStatus: '(case when not p.needs_adaptations then 0 when v.adaptations_possible is null then 2 when v.adaptations_possible then 0 else 1 end)',
    sqlHard: `(p.needs_adaptations and v.adaptations_possible is false and 'aanpassingen' = any (p.hard))`,
  },
  {
    key: 'beroep',
    label: 'Soort werk',
    points: 10,
    judge(v, c) {
      if (c.occupationCodes.length === 0) return met('Soort werk: de kandidaat staat open voor elk soort werk.');
      if (v.occupationCode === null) return unknown('Soort werk: de vacature heeft geen beroepsgroep.');
      if (c.occupationCodes.includes(v.occupationCode)) return met('Soort werk: dit is het soort werk dat de kandidaat zoekt.');
      return notMet('Soort werk: de kandidaat zoekt ander werk.', false);
    },
    sqlStatus: `(case when cardinality(p.occupation_codes) = 0 then 0 when v.occupation_code is null then 2
      when v.occupation_code = any (p.occupation_codes) then 0 else 1 end)`,
    sqlHard: 'false',
  },
];

export const maxScore = criteria.reduce((sum, c) => sum + c.points, 0);
