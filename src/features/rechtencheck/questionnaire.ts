// The questionnaire as server-side steps: which question comes next, how a
// form answer becomes facts, and how facts fill a form again. Pure functions;
// the routes keep the answers in a draft (src/db/rechtencheck.ts).
//
// A draft holds the facts and the path: the ids of the questions shown, in
// order. Going back walks the path; going forward first walks the rest of the
// path (answers filled in), then asks what questionsToAsk() still needs. A
// question enters the path only while the path is shorter than MAX_QUESTIONS,
// so nobody is ever shown more than 12 questions.
import {
  MAX_QUESTIONS,
  NUMBERS,
  questions,
  questionsToAsk,
  validateFacts,
  type FactKey,
  type FieldError,
  type Question,
  type RechtencheckFacts,
} from '../../domain/rechtencheck/index.ts';

export type QuestionId = Question['id'];

export interface Draft {
  facts: RechtencheckFacts;
  path: string[];
}

/** Form values as the browser sends them. */
export type FormValues = Record<string, string | string[]>;

export const DONT_KNOW_FIELD = 'weetniet';

const BY_ID = new Map<string, Question>(questions.map((q) => [q.id, q]));

export function questionById(id: unknown): Question | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

function withoutFacts(facts: RechtencheckFacts, keys: readonly FactKey[]): RechtencheckFacts {
  const out: Record<string, unknown> = { ...facts };
  for (const key of keys) delete out[key];
  return out as RechtencheckFacts;
}

/**
 * Keeps the draft consistent: only facts of questions on the path, and no
 * question whose condition no longer holds (job numbers without a job).
 */
export function prune(draft: Draft): Draft {
  let facts = draft.facts;
  let path = [...new Set(draft.path)].filter((id) => BY_ID.has(id)).slice(0, MAX_QUESTIONS);
  // Conditions can depend on each other; repeat until nothing changes.
  for (let round = 0; round < 3; round++) {
    const dropped = path.filter((id) => {
      const q = BY_ID.get(id)!;
      return q.askWhen ? !q.askWhen(facts) : false;
    });
    if (dropped.length === 0) break;
    for (const id of dropped) facts = withoutFacts(facts, BY_ID.get(id)!.facts);
    path = path.filter((id) => !dropped.includes(id));
  }
  const allowed = new Set<FactKey>(path.flatMap((id) => BY_ID.get(id)!.facts));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) if (allowed.has(key as FactKey)) kept[key] = value;
  return { facts: kept as RechtencheckFacts, path };
}

/** The new questions that may still be asked, in order (none when the budget is used). */
export function openQuestions(draft: Draft): Question[] {
  if (draft.path.length >= MAX_QUESTIONS) return [];
  return questionsToAsk(draft.facts).filter((q) => !draft.path.includes(q.id));
}

/**
 * The question after position `index` of the path (-1: before the first), or
 * null when the check is done and the result can be shown.
 */
export function nextQuestionId(draft: Draft, index: number): string | null {
  if (index + 1 < draft.path.length) return draft.path[index + 1]!;
  return openQuestions(draft)[0]?.id ?? null;
}

/** Can this question be shown now? On the path, or a question that may still be asked. */
export function canShow(draft: Draft, id: string): boolean {
  if (draft.path.includes(id)) return true;
  return openQuestions(draft).some((q) => q.id === id);
}

/** Records an answer: replaces the question's facts and adds it to the path. */
export function applyAnswer(draft: Draft, q: Question, sets: Partial<RechtencheckFacts>): Draft {
  const facts = { ...withoutFacts(draft.facts, q.facts), ...sets };
  const path = draft.path.includes(q.id) ? draft.path : [...draft.path, q.id];
  return prune({ facts, path });
}

/** A draft that starts from known facts (a persona): the answered questions, in the usual order. */
export function draftFromFacts(facts: RechtencheckFacts): Draft {
  const path = questions.filter((q) => q.facts.some((key) => facts[key] !== undefined)).map((q) => q.id);
  return prune({ facts, path: path.slice(0, MAX_QUESTIONS) });
}

// ------------------------------------------------------------------ form answers

function first(value: unknown): string {
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

function dontKnow(body: Record<string, unknown>): boolean {
  return first(body[DONT_KNOW_FIELD]) === 'ja';
}

/** Form values exactly as sent, to show them again next to an error. */
export function sentValues(q: Question, body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  const names = q.type === 'numbers' ? (q.fields ?? []).map((f) => f.fact) : q.type === 'gemeente' ? ['gemeente', 'gemeente_code'] : [q.id];
  for (const name of names) {
    const v = body[name];
    if (q.type === 'multi') values[name] = list(v);
    else values[name] = first(v).slice(0, 200);
  }
  if (dontKnow(body)) values[DONT_KNOW_FIELD] = 'ja';
  return values;
}

function parseNumber(raw: string): number | string {
  const s = raw.replace(/\s+/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : raw;
}

function numberError(fact: FactKey, raw: string): FieldError | null {
  const value = parseNumber(raw);
  if (typeof value === 'string') {
    return { field: fact, message: `${NUMBERS[fact as keyof typeof NUMBERS]?.label ?? fact}: vul alleen een getal in, bijvoorbeeld ${fact === 'age' ? '40' : '12'}.` };
  }
  const checked = validateFacts({ [fact]: value });
  return checked.ok ? null : { field: fact, message: checked.errors[0]!.message };
}

export type ParsedAnswer = { ok: true; sets: Partial<RechtencheckFacts> } | { ok: false; errors: FieldError[] };

/**
 * Turns the form answer to one question into facts. The gemeente question is
 * answered by the routes (it needs the reference data).
 */
export function parseAnswer(q: Question, body: Record<string, unknown>): ParsedAnswer {
  const pick = 'Kies een antwoord. Weet je het niet? Kies dan “Weet ik niet”.';
  switch (q.type) {
    case 'choice': {
      const value = first(body[q.id]);
      const option = q.options.find((o) => o.value === value);
      return option ? { ok: true, sets: option.sets } : { ok: false, errors: [{ field: q.id, message: pick }] };
    }
    case 'multi': {
      const ticked = list(body[q.id]);
      if (ticked.length === 0) {
        return { ok: false, errors: [{ field: q.id, message: 'Vink aan wat klopt. Past niets? Kies dan “Geen van deze”. Weet je het niet? Kies dan “Weet ik niet”.' }] };
      }
      if (ticked.some((v) => !q.options.some((o) => o.value === v))) {
        return { ok: false, errors: [{ field: q.id, message: 'Dit antwoord kennen we niet. Vink aan wat klopt.' }] };
      }
      // "Weet ik niet" makes every fact unknown; what is ticked as well is known.
      const unknown = q.options.find((o) => o.value === 'onbekend');
      const sets: Partial<RechtencheckFacts> = { ...(ticked.includes('onbekend') && unknown ? unknown.sets : q.base ?? {}) };
      for (const option of q.options) if (option.value !== 'onbekend' && ticked.includes(String(option.value))) Object.assign(sets, option.sets);
      return { ok: true, sets };
    }
    case 'number': {
      const fact = q.facts[0]!;
      if (dontKnow(body)) return { ok: true, sets: { [fact]: null } };
      const raw = first(body[q.id]).trim();
      if (raw === '') {
        return { ok: false, errors: [{ field: q.id, message: 'Vul een getal in. Weet je het niet? Vink dan “Weet ik niet” aan.' }] };
      }
      const error = numberError(fact, raw);
      return error ? { ok: false, errors: [error] } : { ok: true, sets: { [fact]: parseNumber(raw) as number } };
    }
    case 'numbers': {
      const fields = q.fields ?? [];
      if (dontKnow(body)) return { ok: true, sets: Object.fromEntries(fields.map((f) => [f.fact, null])) };
      const sets: Record<string, number | null> = {};
      const errors: FieldError[] = [];
      for (const f of fields) {
        const raw = first(body[f.fact]).trim();
        if (raw === '') {
          sets[f.fact] = null; // left empty: "weet ik niet"
          continue;
        }
        const error = numberError(f.fact, raw);
        if (error) errors.push(error);
        else sets[f.fact] = parseNumber(raw) as number;
      }
      return errors.length ? { ok: false, errors } : { ok: true, sets: sets as Partial<RechtencheckFacts> };
    }
    case 'gemeente':
      throw new Error('de gemeentevraag beantwoorden de routes');
  }
}

function matches(sets: Partial<RechtencheckFacts>, facts: RechtencheckFacts): boolean {
  const entries = Object.entries(sets);
  return entries.length > 0 && entries.every(([key, value]) => facts[key as FactKey] === value);
}

function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** The form values that show an earlier answer again. */
export function valuesFromFacts(q: Question, facts: RechtencheckFacts, gemeenteName?: string | null): FormValues {
  const values: FormValues = {};
  switch (q.type) {
    case 'choice': {
      const option = q.options.find((o) => matches(o.sets, facts));
      if (option) values[q.id] = String(option.value);
      break;
    }
    case 'multi': {
      if (!q.facts.some((key) => facts[key] !== undefined)) break;
      const ticked = q.options.filter((o) => o.value !== 'onbekend' && o.value !== 'geen' && matches(o.sets, facts)).map((o) => String(o.value));
      if (q.facts.some((key) => facts[key] === 'onbekend')) ticked.push('onbekend');
      if (ticked.length === 0) ticked.push('geen');
      values[q.id] = ticked;
      break;
    }
    case 'number': {
      const value = facts[q.facts[0]!];
      if (value === null) values[DONT_KNOW_FIELD] = 'ja';
      else if (typeof value === 'number') values[q.id] = formatNumber(value);
      break;
    }
    case 'numbers': {
      const fields = q.fields ?? [];
      if (fields.every((f) => facts[f.fact] === null)) values[DONT_KNOW_FIELD] = 'ja';
      else for (const f of fields) {
        const value = facts[f.fact];
        if (typeof value === 'number') values[f.fact] = formatNumber(value);
      }
      break;
    }
    case 'gemeente': {
      if (facts.gemeente === null) values[DONT_KNOW_FIELD] = 'ja';
      else if (facts.gemeente) values.gemeente = gemeenteName ?? facts.gemeente;
      break;
    }
  }
  return values;
}

/** The answer in words, for the overview of answers. */
export function answerText(q: Question, facts: RechtencheckFacts, gemeenteName?: string | null, lang: 'nl' | 'en' = 'nl'): string {
  const dontKnowText = lang === 'en' ? 'I don’t know' : 'Weet ik niet';
  switch (q.type) {
    case 'gemeente':
      return facts.gemeente ? (gemeenteName ?? facts.gemeente) : dontKnowText;
    case 'number': {
      const value = facts[q.facts[0]!];
      return typeof value === 'number' ? `${formatNumber(value)} ${q.unit?.[lang] ?? ''}`.trim() : dontKnowText;
    }
    case 'numbers': {
      const parts = (q.fields ?? []).map((f) => {
        const value = facts[f.fact];
        return `${f.label[lang]}: ${typeof value === 'number' ? `${formatNumber(value)} ${f.unit[lang]}` : dontKnowText.toLowerCase()}`;
      });
      return parts.join('; ');
    }
    case 'multi': {
      const values = valuesFromFacts(q, facts)[q.id];
      const ticked = Array.isArray(values) ? values : [];
      return q.options.filter((o) => ticked.includes(String(o.value))).map((o) => o.label[lang]).join('; ') || dontKnowText;
    }
    case 'choice': {
      const option = q.options.find((o) => matches(o.sets, facts));
      return option ? option.label[lang] : dontKnowText;
    }
  }
}

/** The questions a set of facts answers, in the usual order (for a shared result without a path). */
export function answeredQuestions(facts: RechtencheckFacts, path?: readonly string[]): Question[] {
  if (path) return path.map((id) => BY_ID.get(id)).filter((q): q is Question => q !== undefined);
  return questions.filter((q) => q.facts.some((key) => facts[key] !== undefined));
}
