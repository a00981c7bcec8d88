// Reading and checking the veranderkompas forms. Every problem names its
// field in Dutch and says how to fix it; nothing is stored while there are
// problems.
import {
  actionStatuses,
  markValues,
  participantRoles,
  questionsOf,
  steeringFactorById,
  stepByNumber,
  type ActionStatus,
  type MarkValue,
  type ParticipantRole,
  type Step,
  type StepNumber,
  markableItems,
} from '../../content/kennis/veranderkompas.ts';
import type { MarkInput, NewAction } from '../../db/veranderkompas/participation.ts';
import type { NewTrajectory, TrajectoryArea } from '../../db/veranderkompas/trajectories.ts';
import type { FieldError } from '../../web/errors.ts';
import { text, list, isIsoDate, type FormBody } from '../../web/form-input.ts';
export { text, list, isIsoDate };

export type Body = FormBody;

function required(errors: FieldError[], field: string, label: string, value: string, max: number): void {
  if (!value) errors.push({ field, message: `${label}: vul dit veld in.` });
  else if (value.length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
}

function optional(errors: FieldError[], field: string, label: string, value: string, max: number): void {
  if (value.length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
}

function dateField(errors: FieldError[], field: string, label: string, value: string): void {
  if (!value) errors.push({ field, message: `${label}: vul een datum in.` });
  else if (!isIsoDate(value)) errors.push({ field, message: `${label}: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-03-15.` });
}

function role(errors: FieldError[], field: string, value: string): ParticipantRole | null {
  if (!value) {
    errors.push({ field, message: 'Rol in het traject: maak een keuze.' });
    return null;
  }
  if (!(participantRoles as readonly string[]).includes(value)) {
    errors.push({ field, message: `Rol in het traject: "${value.slice(0, 30)}" kennen we niet. Kies uit de lijst.` });
    return null;
  }
  return value as ParticipantRole;
}

function stepList(errors: FieldError[], values: string[]): StepNumber[] {
  const steps = [...new Set(values)].map(Number).filter((n) => stepByNumber(n)) as StepNumber[];
  if (values.some((v) => !/^[1-5]$/.test(v))) errors.push({ field: 'steps', message: 'Stappen: kies alleen stappen uit de lijst.' });
  else if (steps.length === 0) errors.push({ field: 'steps', message: 'Stappen: kies minstens één stap.' });
  return steps.sort();
}

// ---------------------------------------------------------------- new trajectory

export interface TrajectoryForm {
  name: string;
  focus: string;
  area: string;
  steps: string[];
  ownRole: string;
}

export function readTrajectoryForm(body: Body): TrajectoryForm {
  return { name: text(body, 'name'), focus: text(body, 'focus'), area: text(body, 'area'), steps: list(body, 'steps'), ownRole: text(body, 'ownRole') };
}

export function validateTrajectory(form: TrajectoryForm, known: { gemeenten: Set<string>; regios: Set<string> }): { errors: FieldError[]; input: NewTrajectory | null } {
  const errors: FieldError[] = [];
  required(errors, 'name', 'Naam van het traject', form.name, 120);
  optional(errors, 'focus', 'Focus', form.focus, 1000);
  let area: TrajectoryArea | null = null;
  const [kind, code] = form.area.split(':');
  if (!form.area) errors.push({ field: 'area', message: 'Gebied: kies een gemeente of een arbeidsmarktregio.' });
  else if (kind === 'gemeente' && code && known.gemeenten.has(code)) area = { kind: 'gemeente', code };
  else if (kind === 'regio' && code && known.regios.has(code)) area = { kind: 'regio', code };
  else errors.push({ field: 'area', message: 'Gebied: dit gebied kennen we niet. Kies uit de lijst.' });
  const steps = stepList(errors, form.steps);
  const ownRole = role(errors, 'ownRole', form.ownRole);
  if (errors.length > 0 || !area || !ownRole) return { errors, input: null };
  return { errors, input: { name: form.name, focus: form.focus || null, area, steps, ownRole } };
}

// ---------------------------------------------------------------- participants and settings

export interface ParticipantForm {
  kind: 'account' | 'gast';
  email: string;
  guestName: string;
  role: string;
}

export function readParticipantForm(body: Body): ParticipantForm {
  const kind = text(body, 'kind') === 'gast' ? 'gast' : 'account';
  return { kind, email: text(body, 'email'), guestName: text(body, 'guestName'), role: text(body, kind === 'gast' ? 'guestRole' : 'role') };
}

export function validateParticipant(form: ParticipantForm): { errors: FieldError[]; role: ParticipantRole | null } {
  const errors: FieldError[] = [];
  if (form.kind === 'account') {
    if (!form.email) errors.push({ field: 'email', message: 'E-mailadres: vul het e-mailadres van het account in.' });
    else if (form.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email)) errors.push({ field: 'email', message: 'E-mailadres: dit is geen geldig e-mailadres. Een goed voorbeeld is naam@gemeente.nl.' });
  } else {
    required(errors, 'guestName', 'Naam van de deelnemer', form.guestName, 120);
  }
  const r = role(errors, form.kind === 'account' ? 'role' : 'guestRole', form.role);
  return { errors, role: errors.length ? null : r };
}

export function validateSettings(body: Body, choices: Set<string>): { errors: FieldError[]; steps: StepNumber[]; gemeenten: string[] } {
  const errors: FieldError[] = [];
  const steps = stepList(errors, list(body, 'steps'));
  const gemeenten = [...new Set(list(body, 'gemeenten'))];
  if (gemeenten.length === 0) errors.push({ field: 'gemeenten', message: 'Gemeenten: kies minstens één gemeente.' });
  else if (gemeenten.some((g) => !choices.has(g))) errors.push({ field: 'gemeenten', message: 'Gemeenten: kies alleen gemeenten uit de lijst.' });
  return { errors, steps, gemeenten };
}

// ---------------------------------------------------------------- meetings

export interface MeetingForm {
  date: string;
  title: string;
}

export function readMeetingForm(body: Body): MeetingForm {
  return { date: text(body, 'date'), title: text(body, 'title') };
}

export function validateMeeting(form: MeetingForm): FieldError[] {
  const errors: FieldError[] = [];
  dateField(errors, 'date', 'Datum van de bijeenkomst', form.date);
  optional(errors, 'title', 'Onderwerp', form.title, 120);
  return errors;
}

// ---------------------------------------------------------------- marks and question notes

/** Field names of the mark form: radio group and note per item. */
export const markField = (itemId: string) => `mark-${itemId}`;
export const noteField = (itemId: string) => `note-${itemId}`;
export const questionField = (questionId: string) => `vraag-${questionId}`;

export function readMarks(body: Body, step: Step): { errors: FieldError[]; marks: MarkInput[]; values: Record<string, string> } {
  const errors: FieldError[] = [];
  const marks: MarkInput[] = [];
  const values: Record<string, string> = {};
  for (const item of markableItems(step)) {
    const mark = text(body, markField(item.id));
    const note = text(body, noteField(item.id));
    values[markField(item.id)] = mark;
    values[noteField(item.id)] = note;
    if (mark && !(markValues as readonly string[]).includes(mark)) {
      errors.push({ field: markField(item.id), message: `Markering bij ${item.id}: deze keuze kennen we niet. Kies kansrijk, hebben we al of niet van toepassing.` });
    }
    if (note.length > 500) errors.push({ field: noteField(item.id), message: `Notitie bij ${item.id}: dit is te lang. Gebruik hoogstens 500 tekens.` });
    marks.push({ itemId: item.id, mark: (mark || null) as MarkValue | null, note: note || null });
  }
  return { errors, marks, values };
}

export function readQuestionNotes(body: Body, step: Step): { errors: FieldError[]; notes: Array<{ questionId: string; text: string }>; values: Record<string, string> } {
  const errors: FieldError[] = [];
  const notes: Array<{ questionId: string; text: string }> = [];
  const values: Record<string, string> = {};
  const questions = questionsOf(step);
  questions.forEach((q, i) => {
    const value = text(body, questionField(q.id));
    values[questionField(q.id)] = value;
    if (value.length > 2000) errors.push({ field: questionField(q.id), message: `Notitie bij vraag ${i + 1}: dit is te lang. Gebruik hoogstens 2000 tekens.` });
    else if (value) notes.push({ questionId: q.id, text: value });
  });
  const first = questions[0];
  if (errors.length === 0 && notes.length === 0 && first) {
    errors.push({ field: questionField(first.id), message: 'Notities: schrijf bij minstens één vraag iets op.' });
  }
  return { errors, notes, values };
}

// ---------------------------------------------------------------- actions

export interface ActionForm {
  what: string;
  who: string;
  dueDate: string;
  steeringFactorId: string;
}

export function readActionForm(body: Body): ActionForm {
  return { what: text(body, 'what'), who: text(body, 'who'), dueDate: text(body, 'dueDate'), steeringFactorId: text(body, 'steeringFactorId') };
}

export function validateAction(form: ActionForm, chosenSteps: StepNumber[]): { errors: FieldError[]; input: NewAction | null } {
  const errors: FieldError[] = [];
  required(errors, 'what', 'Wat gaat er gebeuren', form.what, 300);
  required(errors, 'who', 'Wie doet het', form.who, 120);
  dateField(errors, 'dueDate', 'Klaar op', form.dueDate);
  const factor = steeringFactorById.get(form.steeringFactorId);
  if (!form.steeringFactorId) errors.push({ field: 'steeringFactorId', message: 'Stuurfactor: kies de stuurfactor waar de actie bij hoort.' });
  else if (!factor || !chosenSteps.includes(factor.step.number)) errors.push({ field: 'steeringFactorId', message: 'Stuurfactor: kies een stuurfactor uit de lijst.' });
  if (errors.length) return { errors, input: null };
  return { errors, input: { what: form.what, who: form.who, dueDate: form.dueDate, steeringFactorId: form.steeringFactorId } };
}

export function validateActionStatus(body: Body): { errors: FieldError[]; status: ActionStatus | null; note: string | null } {
  const errors: FieldError[] = [];
  const status = text(body, 'status');
  const note = text(body, 'note');
  if (!(actionStatuses as readonly string[]).includes(status)) errors.push({ field: 'status', message: 'Status: kies open, bezig of klaar.' });
  optional(errors, 'note', 'Toelichting', note, 500);
  return { errors, status: errors.length ? null : (status as ActionStatus), note: note || null };
}
