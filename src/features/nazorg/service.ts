// Reading and checking the nazorg forms. Every problem names its field in
// Dutch (B1) and says how to fix it; nothing is stored while there are problems.
import { iscoSubMajorGroups } from '../../content/nazorg/isco08.ts';
import { cameAbout, checklistItems, contractKinds, instruments, placementEndReasons, ratings, withWhomOptions } from '../../db/nazorg/labels.ts';
import type { CheckinInput, PlacementInput } from '../../db/nazorg/placements.ts';
import { validateEnd, validatePlacementFacts } from '../../domain/nazorg/validate.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { FieldError } from '../../web/errors.ts';
import { isIsoDate, list, text, type FormBody } from '../../web/form-input.ts';

export type Values = Record<string, string | string[]>;

const placementFields = [
  'employerId', 'employerName', 'employerContact', 'employerContactPhone', 'jobTitle', 'occupationCode', 'startDate', 'hoursPerWeek',
  'contractKind', 'contractEnd', 'loonwaarde', 'loonwaardeRemeasure', 'lksDecisionEnd', 'jobcoachProvider', 'jobcoachEnd', 'banenafspraak',
  'cameAbout', 'agreementCheckins', 'agreementEmployer', 'agreementJobcoach', 'previousPlacementId',
] as const;

export function readPlacementForm(body: FormBody): Values {
  const v: Values = {};
  for (const f of placementFields) v[f] = text(body, f, 2000);
  v.instruments = list(body, 'instruments');
  v.checklist = list(body, 'checklist');
  return v;
}

const s = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

function date(errors: FieldError[], field: string, label: string, value: string, optional: boolean): string | null {
  if (!value) {
    if (!optional) errors.push({ field, message: `${label}: vul een datum in.` });
    return null;
  }
  if (!isIsoDate(value)) {
    errors.push({ field, message: `${label}: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-03-15.` });
    return null;
  }
  return value;
}

function number(errors: FieldError[], field: string, label: string, value: string): number | null {
  if (!value) return null;
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) {
    errors.push({ field, message: `${label}: vul een getal in, bijvoorbeeld 24.` });
    return null;
  }
  return n;
}

function choice<T extends string>(errors: FieldError[], field: string, label: string, value: string, options: Record<T, string>): T | null {
  if (!value) {
    errors.push({ field, message: `${label}: maak een keuze.` });
    return null;
  }
  if (!(value in options)) {
    errors.push({ field, message: `${label}: "${value.slice(0, 30)}" kennen we niet. Kies uit de lijst.` });
    return null;
  }
  return value as T;
}

function limit(errors: FieldError[], field: string, label: string, value: string, max: number): string | null {
  if (value.length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
  return value || null;
}

export function validatePlacement(v: Values): { errors: FieldError[]; input: PlacementInput | null } {
  const errors: FieldError[] = [];
  const employerId = s(v, 'employerId');
  const employerName = s(v, 'employerName');
  if (employerId && !UUID_PATTERN.test(employerId)) errors.push({ field: 'employerId', message: 'Werkgever: kies een werkgever uit de lijst.' });
  if (!employerId && !employerName) errors.push({ field: 'employerName', message: 'Werkgever: kies een werkgever uit de lijst of vul de naam van een nieuwe werkgever in.' });
  limit(errors, 'employerName', 'Naam werkgever', employerName, 200);
  const jobTitle = s(v, 'jobTitle');
  if (!jobTitle) errors.push({ field: 'jobTitle', message: 'Functie: vul de naam van de functie in, bijvoorbeeld "medewerker magazijn".' });
  limit(errors, 'jobTitle', 'Functie', jobTitle, 200);
  const occupationCode = s(v, 'occupationCode') || null;
  if (occupationCode && !(occupationCode in iscoSubMajorGroups)) errors.push({ field: 'occupationCode', message: 'Beroepsgroep: kies een groep uit de lijst.' });
  const startDate = date(errors, 'startDate', 'Startdatum', s(v, 'startDate'), false);
  const hoursPerWeek = number(errors, 'hoursPerWeek', 'Uren per week', s(v, 'hoursPerWeek'));
  const contractKind = choice(errors, 'contractKind', 'Soort contract', s(v, 'contractKind'), contractKinds);
  const contractEnd = date(errors, 'contractEnd', 'Einddatum contract', s(v, 'contractEnd'), true);
  if (contractKind === 'tijdelijk' && !s(v, 'contractEnd')) errors.push({ field: 'contractEnd', message: 'Einddatum contract: een tijdelijk contract heeft een einddatum. Vul die in.' });
  const chosen = arr(v, 'instruments');
  for (const i of chosen) if (!(i in instruments)) errors.push({ field: 'instruments', message: `Instrumenten: "${i.slice(0, 30)}" kennen we niet.` });
  const loonwaarde = number(errors, 'loonwaarde', 'Loonwaarde', s(v, 'loonwaarde'));
  const loonwaardeRemeasure = date(errors, 'loonwaardeRemeasure', 'Datum nieuwe loonwaardemeting', s(v, 'loonwaardeRemeasure'), true);
  const lksDecisionEnd = date(errors, 'lksDecisionEnd', 'Einddatum besluit loonkostensubsidie', s(v, 'lksDecisionEnd'), true);
  const jobcoachEnd = date(errors, 'jobcoachEnd', 'Einddatum jobcoaching', s(v, 'jobcoachEnd'), true);
  if (chosen.includes('loonkostensubsidie') && loonwaarde === null && !errors.some((e) => e.field === 'loonwaarde')) {
    errors.push({ field: 'loonwaarde', message: 'Loonwaarde: bij loonkostensubsidie hoort een loonwaarde. Vul het percentage in.' });
  }
  const cameAboutValue = choice(errors, 'cameAbout', 'Hoe de baan ontstond', s(v, 'cameAbout'), cameAbout);
  const checklist = arr(v, 'checklist');
  for (const c of checklist) if (!(c in checklistItems)) errors.push({ field: 'checklist', message: `Startlijst: "${c.slice(0, 30)}" kennen we niet.` });
  const previous = s(v, 'previousPlacementId') || null;
  if (previous && !UUID_PATTERN.test(previous)) errors.push({ field: 'previousPlacementId', message: 'Vorige baan: deze kennen we niet.' });
  for (const [f, label] of [['agreementCheckins', 'Wie houdt contact'], ['agreementEmployer', 'Contact bij de werkgever'], ['agreementJobcoach', 'Wat de jobcoach meldt'], ['jobcoachProvider', 'Jobcoach-organisatie'], ['employerContact', 'Contactpersoon werkgever'], ['employerContactPhone', 'Telefoon contactpersoon']] as const) {
    limit(errors, f, label, s(v, f), 1000);
  }
  if (startDate) {
    errors.push(...validatePlacementFacts({ start: startDate, end: contractEnd, hoursPerWeek, loonwaarde, jobcoachEnd, lksEnd: lksDecisionEnd, remeasureDate: loonwaardeRemeasure }));
  } else {
    errors.push(...validatePlacementFacts({ start: '0001-01-01', end: null, hoursPerWeek, loonwaarde, jobcoachEnd: null, lksEnd: null, remeasureDate: null }));
  }
  if (errors.length > 0 || !startDate || !contractKind || !cameAboutValue) return { errors, input: null };
  return {
    errors,
    input: {
      employerId: employerId || null,
      employerName: employerId ? null : employerName,
      employerContact: s(v, 'employerContact') || null,
      employerContactPhone: s(v, 'employerContactPhone') || null,
      jobTitle,
      occupationCode,
      startDate,
      hoursPerWeek,
      contractKind,
      contractEnd,
      instruments: chosen as PlacementInput['instruments'],
      loonwaarde,
      loonwaardeRemeasure,
      lksDecisionEnd,
      jobcoachProvider: s(v, 'jobcoachProvider') || null,
      jobcoachEnd,
      banenafspraak: s(v, 'banenafspraak') === 'ja',
      cameAbout: cameAboutValue,
      agreementCheckins: s(v, 'agreementCheckins') || null,
      agreementEmployer: s(v, 'agreementEmployer') || null,
      agreementJobcoach: s(v, 'agreementJobcoach') || null,
      checklist: checklist as PlacementInput['checklist'],
      previousPlacementId: previous,
    },
  };
}

export function readCheckinForm(body: FormBody): Values {
  return {
    momentKey: text(body, 'momentKey', 10),
    checkinDate: text(body, 'checkinDate', 20),
    withWhom: list(body, 'withWhom'),
    rating: text(body, 'rating', 2),
    note: text(body, 'note', 5000),
    risks: text(body, 'risks', 5000),
    actions: text(body, 'actions', 5000),
  };
}

export function validateCheckin(v: Values, startDate: string, today: string): { errors: FieldError[]; input: CheckinInput | null } {
  const errors: FieldError[] = [];
  const checkinDate = date(errors, 'checkinDate', 'Datum gesprek', s(v, 'checkinDate'), false);
  if (checkinDate && checkinDate < startDate) errors.push({ field: 'checkinDate', message: 'Datum gesprek: deze datum ligt voor de start van de baan. Kies een latere datum.' });
  if (checkinDate && checkinDate > today) errors.push({ field: 'checkinDate', message: 'Datum gesprek: deze datum ligt in de toekomst. Leg een gesprek vast als het geweest is.' });
  const withWhom = arr(v, 'withWhom');
  if (withWhom.length === 0) errors.push({ field: 'withWhom', message: 'Met wie: kies minstens één.' });
  for (const w of withWhom) if (!(w in withWhomOptions)) errors.push({ field: 'withWhom', message: `Met wie: "${w.slice(0, 30)}" kennen we niet.` });
  const rating = choice(errors, 'rating', 'Hoe gaat het', s(v, 'rating'), ratings);
  const momentKey = s(v, 'momentKey');
  if (momentKey && !/^[wmr]\d{1,2}$/.test(momentKey)) errors.push({ field: 'momentKey', message: 'Moment: kies een moment uit de lijst.' });
  for (const [f, label] of [['note', 'Notitie'], ['risks', 'Risico’s'], ['actions', 'Acties']] as const) limit(errors, f, label, s(v, f), 4000);
  if (errors.length > 0 || !checkinDate || !rating) return { errors, input: null };
  return {
    errors,
    input: {
      momentKey: momentKey || null,
      checkinDate,
      withWhom: withWhom as CheckinInput['withWhom'],
      rating: Number(rating),
      note: s(v, 'note') || null,
      risks: s(v, 'risks') || null,
      actions: s(v, 'actions') || null,
    },
  };
}

export function readEndForm(body: FormBody): Values {
  return { endDate: text(body, 'endDate', 20), reason: text(body, 'reason', 40), note: text(body, 'note', 5000) };
}

export function validateEndForm(v: Values, startDate: string) {
  const errors: FieldError[] = [];
  const endDate = date(errors, 'endDate', 'Laatste werkdag', s(v, 'endDate'), false);
  const reason = choice(errors, 'reason', 'Reden', s(v, 'reason'), placementEndReasons);
  if (endDate) errors.push(...validateEnd(startDate, endDate));
  limit(errors, 'note', 'Toelichting', s(v, 'note'), 4000);
  if (errors.length > 0 || !endDate || !reason) return { errors, input: null };
  return { errors, input: { endDate, reason, note: s(v, 'note') || null } };
}
