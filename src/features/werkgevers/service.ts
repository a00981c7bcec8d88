// Reading and checking the employer, vacancy, work-profile and placement forms.
// Every problem names its field in Dutch (B1) and says how to fix it;
// nothing is stored while there are problems.
import { iscoSubMajorGroups } from '../../content/nazorg/isco08.ts';
import { gemeenten } from '../../content/reference/index.ts';
import { contractKinds } from '../../db/nazorg/labels.ts';
import type { EmployerInput, VacancyInput } from '../../db/werkgevers/employers.ts';
import type { PlacementFromMatch } from '../../db/werkgevers/matches.ts';
import type { ProfileInput, ShareInput } from '../../db/werkgevers/profiles.ts';
import { benefitKeys, type BenefitKey } from '../../domain/matching/benefits.ts';
import { hardKeys, type Level } from '../../domain/matching/criteria.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { FieldError } from '../../web/errors.ts';
import { isIsoDate, list, text, type FormBody } from '../../web/form-input.ts';
import { openToLabels, originLabels, rosterLabels, sizeClasses, spreadLabels } from './labels.ts';

export type Values = Record<string, string | string[]>;

const gemeenteCodes = new Set(gemeenten.map((g) => g.code));
const s = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

export function readForm(body: FormBody, fields: readonly string[], lists: readonly string[] = []): Values {
  const v: Values = {};
  for (const f of fields) v[f] = text(body, f, 5000);
  for (const f of lists) v[f] = list(body, f);
  return v;
}

function limit(errors: FieldError[], field: string, label: string, value: string, max: number, required = false): string | null {
  if (required && !value) errors.push({ field, message: `${label}: vul dit in.` });
  if (value.length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
  return value || null;
}

function optionalChoice<T extends string>(errors: FieldError[], field: string, label: string, value: string, options: Record<T, string>): T | null {
  if (!value) return null;
  if (!(value in options)) {
    errors.push({ field, message: `${label}: "${value.slice(0, 30)}" kennen we niet. Kies uit de lijst.` });
    return null;
  }
  return value as T;
}

function choices<T extends string>(errors: FieldError[], field: string, label: string, values: string[], allowed: readonly T[]): T[] {
  for (const x of values) if (!(allowed as readonly string[]).includes(x)) errors.push({ field, message: `${label}: "${x.slice(0, 30)}" kennen we niet. Kies uit de lijst.` });
  return values.filter((x): x is T => (allowed as readonly string[]).includes(x));
}

function level(errors: FieldError[], field: string, label: string, value: string): Level | null {
  if (!value) return null;
  if (!['1', '2', '3'].includes(value)) {
    errors.push({ field, message: `${label}: kies een van de drie keuzes.` });
    return null;
  }
  return Number(value) as Level;
}

function hours(errors: FieldError[], field: string, label: string, value: string, required: boolean): number | null {
  if (!value) {
    if (required) errors.push({ field, message: `${label}: vul een aantal uren in, bijvoorbeeld 16.` });
    return null;
  }
  const n = Number(value.replace(',', '.'));
  if (!Number.isInteger(n) || n < 1 || n > 40) {
    errors.push({ field, message: `${label}: vul een heel getal in van 1 tot en met 40.` });
    return null;
  }
  return n;
}

function yesNo(errors: FieldError[], field: string, label: string, value: string): boolean | null {
  if (!value || value === 'onbekend') return null;
  if (value !== 'ja' && value !== 'nee') {
    errors.push({ field, message: `${label}: kies ja, nee of weet ik niet.` });
    return null;
  }
  return value === 'ja';
}

function gemeente(errors: FieldError[], field: string, label: string, value: string): string | null {
  if (!value) return null;
  if (!gemeenteCodes.has(value)) {
    errors.push({ field, message: `${label}: deze gemeente kennen we niet. Kies een gemeente uit de lijst.` });
    return null;
  }
  return value;
}

function occupation(errors: FieldError[], field: string, value: string): string | null {
  if (!value) return null;
  if (!(value in iscoSubMajorGroups)) {
    errors.push({ field, message: 'Beroepsgroep: kies een groep uit de lijst.' });
    return null;
  }
  return value;
}

export const employerFields = ['name', 'sector', 'sizeClass', 'gemeenteCode', 'contactName', 'contactPhone', 'contactEmail', 'agreements'] as const;

export function validateEmployer(v: Values): { errors: FieldError[]; input: EmployerInput | null } {
  const errors: FieldError[] = [];
  const name = s(v, 'name');
  limit(errors, 'name', 'Naam werkgever', name, 200, true);
  const email = s(v, 'contactEmail');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: 'contactEmail', message: 'E-mailadres: dit is geen geldig e-mailadres. Gebruik bijvoorbeeld naam@bedrijf.nl.' });
  const phone = s(v, 'contactPhone');
  if (phone && !/^[0-9 +()-]{6,20}$/.test(phone)) errors.push({ field: 'contactPhone', message: 'Telefoon: gebruik alleen cijfers, spaties en + ( ) -, bijvoorbeeld 0591 123 456.' });
  const input: EmployerInput = {
    name,
    sector: limit(errors, 'sector', 'Sector', s(v, 'sector'), 100),
    sizeClass: optionalChoice(errors, 'sizeClass', 'Grootte', s(v, 'sizeClass'), sizeClasses),
    gemeenteCode: gemeente(errors, 'gemeenteCode', 'Gemeente', s(v, 'gemeenteCode')),
    contactName: limit(errors, 'contactName', 'Contactpersoon', s(v, 'contactName'), 200),
    contactPhone: phone || null,
    contactEmail: limit(errors, 'contactEmail', 'E-mailadres', email.toLowerCase(), 200),
    openTo: choices(errors, 'openTo', 'Staat open voor', arr(v, 'openTo'), Object.keys(openToLabels) as Array<keyof typeof openToLabels>),
    agreements: limit(errors, 'agreements', 'Afspraken', s(v, 'agreements'), 4000),
  };
  return { errors, input: errors.length ? null : input };
}

export const vacancyFields = ['title', 'description', 'occupationCode', 'gemeenteCode', 'hoursMin', 'hoursMax', 'hoursSpread', 'roster', 'pace', 'structure',
  'clientContact', 'physical', 'stimuli', 'ovReachable', 'adaptationsPossible', 'origin', 'banenafspraak', 'status'] as const;

export function validateVacancy(v: Values): { errors: FieldError[]; input: VacancyInput | null } {
  const errors: FieldError[] = [];
  const title = s(v, 'title');
  limit(errors, 'title', 'Functie', title, 200, true);
  const hoursMin = hours(errors, 'hoursMin', 'Uren per week, minstens', s(v, 'hoursMin'), true);
  const hoursMax = hours(errors, 'hoursMax', 'Uren per week, hoogstens', s(v, 'hoursMax'), true);
  if (hoursMin !== null && hoursMax !== null && hoursMin > hoursMax) errors.push({ field: 'hoursMax', message: 'Uren per week, hoogstens: dit is minder dan het minimum. Vul een hoger getal in.' });
  const origin = optionalChoice(errors, 'origin', 'Hoe de baan ontstond', s(v, 'origin'), originLabels);
  if (!s(v, 'origin')) errors.push({ field: 'origin', message: 'Hoe de baan ontstond: maak een keuze.' });
  const input = {
    title,
    description: limit(errors, 'description', 'Omschrijving', s(v, 'description'), 4000),
    occupationCode: occupation(errors, 'occupationCode', s(v, 'occupationCode')),
    gemeenteCode: gemeente(errors, 'gemeenteCode', 'Gemeente van de werkplek', s(v, 'gemeenteCode')),
    hoursMin: hoursMin ?? 0,
    hoursMax: hoursMax ?? 0,
    hoursSpread: optionalChoice(errors, 'hoursSpread', 'Verdeling van de uren', s(v, 'hoursSpread'), spreadLabels),
    roster: optionalChoice(errors, 'roster', 'Rooster', s(v, 'roster'), rosterLabels),
    pace: level(errors, 'pace', 'Tempo', s(v, 'pace')),
    structure: level(errors, 'structure', 'Structuur', s(v, 'structure')),
    clientContact: level(errors, 'clientContact', 'Klantcontact', s(v, 'clientContact')),
    physical: level(errors, 'physical', 'Lichamelijk werk', s(v, 'physical')),
    stimuli: level(errors, 'stimuli', 'Geluid en drukte', s(v, 'stimuli')),
    ovReachable: yesNo(errors, 'ovReachable', 'Openbaar vervoer', s(v, 'ovReachable')),
    adaptationsPossible: yesNo(errors, 'adaptationsPossible', 'Aanpassingen', s(v, 'adaptationsPossible')),
    origin: origin ?? 'bestaande-vacature',
    banenafspraak: s(v, 'banenafspraak') === 'ja',
    benefits: choices<BenefitKey>(errors, 'benefits', 'Voordelen voor de werkgever', arr(v, 'benefits'), benefitKeys),
  } satisfies VacancyInput;
  return { errors, input: errors.length ? null : input };
}

export const profileFields = ['wishes', 'skills', 'helps', 'hoursMin', 'hoursMax', 'rosterNeed', 'paceMax', 'structureNeed', 'clientContactMax', 'physicalMax',
  'stimuliMax', 'needsOv', 'needsAdaptations', 'method', 'agreed'] as const;
export const profileLists = ['occupationCodes', 'reachGemeenten', 'hard', 'shareWith'] as const;

const methods = { 'in-persoon': 'In een gesprek', telefonisch: 'Telefonisch', schriftelijk: 'Schriftelijk', online: 'Online' } as const;

export function validateProfile(v: Values, shareable: readonly string[]): { errors: FieldError[]; input: ProfileInput | null; share: ShareInput | null } {
  const errors: FieldError[] = [];
  if (s(v, 'agreed') !== 'ja') errors.push({ field: 'agreed', message: 'Toestemming: vink aan dat de persoon het profiel wil laten zien. Zonder toestemming slaan we niets op.' });
  const method = optionalChoice(errors, 'method', 'Hoe gaf de persoon toestemming', s(v, 'method'), methods);
  if (!s(v, 'method')) errors.push({ field: 'method', message: 'Hoe gaf de persoon toestemming: maak een keuze.' });
  const hoursMin = hours(errors, 'hoursMin', 'Uren per week, minstens', s(v, 'hoursMin'), false);
  const hoursMax = hours(errors, 'hoursMax', 'Uren per week, hoogstens', s(v, 'hoursMax'), true);
  if (hoursMin !== null && hoursMax !== null && hoursMin > hoursMax) errors.push({ field: 'hoursMax', message: 'Uren per week, hoogstens: dit is minder dan het minimum. Vul een hoger getal in.' });
  for (const [f, label] of [['wishes', 'Wensen'], ['skills', 'Kunnen en ervaring'], ['helps', 'Wat helpt bij het werk']] as const) {
    limit(errors, f, label, s(v, f), 2000);
    if (/diagnose|autisme|adhd|depressie|burn-?out|hersenletsel|\bms\b|psychose|bipolair/i.test(s(v, f))) {
      errors.push({ field: f, message: `${label}: schrijf geen diagnose of ziekte in het profiel. Beschrijf wat de persoon nodig heeft, bijvoorbeeld "een rustige werkplek".` });
    }
  }
  const occupationCodes = arr(v, 'occupationCodes');
  for (const c of occupationCodes) if (!(c in iscoSubMajorGroups)) errors.push({ field: 'occupationCodes', message: 'Soort werk: kies groepen uit de lijst.' });
  const reach = arr(v, 'reachGemeenten');
  for (const c of reach) if (!gemeenteCodes.has(c)) errors.push({ field: 'reachGemeenten', message: 'Waar kan de persoon werken: kies gemeenten uit de lijst.' });
  const shareWith = arr(v, 'shareWith');
  for (const o of shareWith) if (!UUID_PATTERN.test(o) || !shareable.includes(o)) errors.push({ field: 'shareWith', message: 'Delen met: kies organisaties uit de lijst.' });
  const input: ProfileInput = {
    wishes: s(v, 'wishes') || null,
    skills: s(v, 'skills') || null,
    helps: s(v, 'helps') || null,
    occupationCodes,
    hoursMin,
    hoursMax: hoursMax ?? 0,
    rosterNeed: optionalChoice(errors, 'rosterNeed', 'Rooster', s(v, 'rosterNeed'), rosterLabels),
    paceMax: level(errors, 'paceMax', 'Tempo', s(v, 'paceMax')),
    structureNeed: level(errors, 'structureNeed', 'Structuur', s(v, 'structureNeed')),
    clientContactMax: level(errors, 'clientContactMax', 'Klantcontact', s(v, 'clientContactMax')),
    physicalMax: level(errors, 'physicalMax', 'Lichamelijk werk', s(v, 'physicalMax')),
    stimuliMax: level(errors, 'stimuliMax', 'Geluid en drukte', s(v, 'stimuliMax')),
    needsOv: s(v, 'needsOv') === 'ja',
    reachGemeenten: reach,
    needsAdaptations: s(v, 'needsAdaptations') === 'ja',
    hard: choices(errors, 'hard', 'Harde voorwaarden', arr(v, 'hard'), hardKeys),
  };
  if (errors.length || !method) return { errors, input: null, share: null };
  return { errors, input, share: { organizationIds: shareWith, method } };
}

export const placementFields = ['startDate', 'contractKind', 'contractEnd', 'hoursPerWeek'] as const;

export function validatePlacementFromMatch(v: Values): { errors: FieldError[]; input: PlacementFromMatch | null } {
  const errors: FieldError[] = [];
  const startDate = s(v, 'startDate');
  if (!isIsoDate(startDate)) errors.push({ field: 'startDate', message: 'Startdatum: vul een geldige datum in, bijvoorbeeld 2026-03-15.' });
  const contractKind = optionalChoice(errors, 'contractKind', 'Soort contract', s(v, 'contractKind'), contractKinds);
  if (!s(v, 'contractKind')) errors.push({ field: 'contractKind', message: 'Soort contract: maak een keuze.' });
  const end = s(v, 'contractEnd');
  if (end && !isIsoDate(end)) errors.push({ field: 'contractEnd', message: 'Einddatum contract: vul een geldige datum in, bijvoorbeeld 2027-03-14.' });
  if (contractKind === 'tijdelijk' && !end) errors.push({ field: 'contractEnd', message: 'Einddatum contract: een tijdelijk contract heeft een einddatum. Vul die in.' });
  if (end && isIsoDate(startDate) && end < startDate) errors.push({ field: 'contractEnd', message: 'Einddatum contract: deze ligt voor de startdatum. Kies een latere datum.' });
  const hoursPerWeek = hours(errors, 'hoursPerWeek', 'Uren per week', s(v, 'hoursPerWeek'), false);
  if (errors.length || !contractKind) return { errors, input: null };
  return { errors, input: { startDate, contractKind, contractEnd: end || null, hoursPerWeek } };
}
