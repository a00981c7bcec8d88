// The werkkaart chapter's reflection questions: a professional's own answers,
// saved per question, shown only to them.
import type { ReflectionBox, WerkkaartChapter } from '../../content/kennis/werkkaart.ts';
import { reflectionBoxes, werkkaart } from '../../content/kennis/werkkaart.ts';
import type { FieldError } from '../../web/errors.ts';
import type { ServiceLink } from './links.ts';
import { answerField, type StoredAnswer } from './reflection.ts';
import { MAX_ANSWER_LENGTH, ui, withLang, type Lang } from './texts.ts';
import { WERKKAART_PATH, type KennisContext } from './views-shared.tsx';

/** An id usable in HTML and in a URL fragment: 'WK-5.3-R' → 'wk-5-3-r'. */
export function htmlId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export interface ChapterPageProps {
  ctx: KennisContext;
  chapter: WerkkaartChapter;
  services: Map<string, ServiceLink>;
  /** The user's own stored answers (empty for visitors). */
  answers: Map<string, StoredAnswer>;
  /** Posted values when the form came back with errors. */
  values?: Record<string, string>;
  errors: FieldError[];
  saved: boolean;
}

function questionNumbers(boxes: ReflectionBox[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const q of boxes.flatMap((b) => b.questions)) numbers.set(q.id, numbers.size + 1);
  return numbers;
}

function boxTitle(box: ReflectionBox, chapter: WerkkaartChapter, lang: Lang): string {
  const sub = chapter.subsections.find((s) => s.reflection === box);
  return sub ? `${ui[lang].reflectionTitle}: ${sub.title[lang]}` : ui[lang].reflectionTitle;
}

function formatSaved(iso: string): string {
  const [date, time] = iso.split('T') as [string, string | undefined];
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}${time ? ` ${time}` : ''}`;
}

export function Reflection({ p }: { p: ChapterPageProps }) {
  const lang = p.ctx.lang;
  const t = ui[lang];
  const boxes = reflectionBoxes(p.chapter);
  if (boxes.length === 0) return null;
  const numbers = questionNumbers(boxes);
  const user = p.ctx.user;
  const errorFor = (field: string) => p.errors.find((e) => e.field === field)?.message;
  const action = withLang(`${WERKKAART_PATH}/${p.chapter.slug}/reflectie`, lang);
  return (
    <section aria-labelledby="reflectie-kop" id="reflectie">
      <h2 id="reflectie-kop">{t.reflectionTitle}</h2>
      <p>{t.reflectionIntro}</p>
      {p.saved ? (
        <div class="notice" role="status">
          <p>{t.saved}</p>
        </div>
      ) : null}
      {p.errors.length ? (
        <div class="notice error" role="alert" aria-labelledby="reflectie-fout-kop">
          <h3 id="reflectie-fout-kop">{t.notSaved}</h3>
          <p>{t.fixFields}</p>
          <ul>
            {p.errors.map((e) => (
              <li>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {user && p.ctx.csrfToken ? (
        <form method="post" action={action} novalidate>
          <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
          <p class="hint">{t.reflectionPrivate}</p>
          {boxes.map((box) => (
            <fieldset id={htmlId(box.id)} data-id={box.id}>
              <legend>{boxTitle(box, p.chapter, lang)}</legend>
              {box.questions.map((q) => {
                const name = answerField(q.id);
                const n = numbers.get(q.id)!;
                const stored = p.answers.get(q.id);
                const value = p.values?.[name] ?? stored?.answer ?? '';
                const error = errorFor(name);
                const describedBy = [`${name}-hint`, error ? `${name}-fout` : '', stored ? `${name}-datum` : ''].filter(Boolean).join(' ');
                return (
                  <div class="form-field" data-id={q.id}>
                    <label for={name}>
                      {n}. {q.text[lang]}
                    </label>
                    <p class="hint" id={`${name}-hint`}>
                      {t.answerHint}
                    </p>
                    {stored ? (
                      <p class="hint" id={`${name}-datum`}>
                        {t.savedAt(formatSaved(stored.updatedAt))}
                      </p>
                    ) : null}
                    {error ? (
                      <p class="hint" id={`${name}-fout`}>
                        <strong>{lang === 'en' ? 'Note:' : 'Let op:'}</strong> {error}
                      </p>
                    ) : null}
                    <textarea
                      id={name}
                      name={name}
                      rows={5}
                      maxLength={MAX_ANSWER_LENGTH}
                      aria-describedby={describedBy}
                      aria-invalid={error ? 'true' : undefined}
                    >
                      {value}
                    </textarea>
                  </div>
                );
              })}
            </fieldset>
          ))}
          <button type="submit">{t.save}</button>
        </form>
      ) : (
        <>
          {boxes.map((box) => (
            <section aria-labelledby={htmlId(box.id)} data-id={box.id}>
              <h3 id={htmlId(box.id)}>{boxTitle(box, p.chapter, lang)}</h3>
              <ol start={numbers.get(box.questions[0]?.id ?? '') ?? 1}>
                {box.questions.map((q) => (
                  <li data-id={q.id}>{q.text[lang]}</li>
                ))}
              </ol>
            </section>
          ))}
          <p class="notice no-print">
            {t.reflectionLogin}{' '}
            <a href={`/inloggen?terug=${encodeURIComponent(`${WERKKAART_PATH}/${p.chapter.slug}`)}`}>{t.loginLink}</a>
          </p>
        </>
      )}
    </section>
  );
}
