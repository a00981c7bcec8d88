// Answers to the werkkaart's reflection questions. Private: every query is
// scoped to the account that wrote the answers, and there is no query that
// reads another account's answers.
import type { Queryable } from '../../db/client.ts';
import type { ReflectionQuestion } from '../../content/kennis/werkkaart.ts';
import type { FieldError } from '../../web/errors.ts';
import { MAX_ANSWER_LENGTH, ui, type Lang } from './texts.ts';

export interface StoredAnswer {
  questionId: string;
  answer: string;
  updatedAt: string;
}

/** The form field of a question: 'WK-5.3-R1' → 'antwoord-wk-5-3-r1'. */
export function answerField(questionId: string): string {
  return `antwoord-${questionId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function characterCount(text: string): number {
  return [...text].length;
}

export async function answersOf(db: Queryable, accountId: string, questionIds: string[]): Promise<Map<string, StoredAnswer>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.query<StoredAnswer>(
    `select question_id as "questionId", answer, to_char(updated_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') as "updatedAt"
     from reflection_answer where account_id = $1 and question_id = any($2::text[])`,
    [accountId, questionIds],
  );
  return new Map(rows.map((r) => [r.questionId, r]));
}

export interface ParsedAnswers {
  values: Record<string, string>;
  errors: FieldError[];
}

/** Reads the posted answers of these questions; a field that is too long is an error naming it. */
export function parseAnswers(body: unknown, questions: ReflectionQuestion[], lang: Lang): ParsedAnswers {
  const fields = (body ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  questions.forEach((q, i) => {
    const name = answerField(q.id);
    const raw = fields[name];
    const first = Array.isArray(raw) ? raw[0] : raw;
    const text = typeof first === 'string' ? first.replace(/\r\n?/g, '\n') : '';
    values[name] = text;
    const length = characterCount(text);
    if (length > MAX_ANSWER_LENGTH) errors.push({ field: name, message: ui[lang].answerTooLong(i + 1, length) });
  });
  return { values, errors };
}

/** Saves all answers of one page at once; an empty answer deletes the stored one. */
export async function saveAnswers(db: Queryable, accountId: string, questions: ReflectionQuestion[], values: Record<string, string>): Promise<void> {
  for (const q of questions) {
    const text = values[answerField(q.id)] ?? '';
    if (text.trim() === '') {
      await db.query('delete from reflection_answer where account_id = $1 and question_id = $2', [accountId, q.id]);
    } else {
      await db.query(
        `insert into reflection_answer (account_id, question_id, answer, updated_at) values ($1, $2, $3, now())
         on conflict (account_id, question_id) do update set answer = excluded.answer, updated_at = now()
         where reflection_answer.answer is distinct from excluded.answer`,
        [accountId, q.id, text],
      );
    }
  }
}
