// One question per page, in Dutch or English. Built from the shared form
// pieces (src/web/forms.tsx): a radio or tick list per question, text fields
// for numbers, and "weet ik niet" as a tick box. Works without JavaScript.
import { MAX_QUESTIONS, questionHelp, type Question } from '../../domain/rechtencheck/index.ts';
import type { PlaceMatch } from '../../db/reference.ts';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { DONT_KNOW_FIELD, type FormValues } from './questionnaire.ts';
import type { Lang } from './texts.ts';

const PATH = '/rechtencheck';

const T = {
  nl: {
    step: (n: number) => `Rechtencheck, vraag ${n}`,
    budget: `Je krijgt hoogstens ${MAX_QUESTIONS} vragen.`,
    error: 'Fout',
    check: 'Controleer je antwoord',
    next: 'Volgende',
    toResult: 'Opslaan en terug naar je uitslag',
    back: 'Vorige',
    stop: 'Stop met vragen en bekijk nu je uitslag',
    kept: 'Je antwoorden blijven 24 uur bewaard, zonder je naam. Met “Vorige” ga je terug zonder iets kwijt te raken.',
    dontKnow: 'Weet ik niet',
    dontKnowAll: 'Weet ik niet (alle drie)',
    dontKnowGemeente: 'Weet ik niet, of ik zeg het liever niet',
    multi: 'Je kunt meer dan één ding aanvinken.',
    notSure: 'Weet je het niet?',
    unit: (u: string) => `Vul een getal in (${u}).`,
    place: 'Typ de naam van je gemeente of je woonplaats.',
    whichPlace: 'Welke plaats bedoel je?',
    otherLang: 'Read the questions in English',
  },
  en: {
    step: (n: number) => `Rechtencheck, question ${n}`,
    budget: `You get at most ${MAX_QUESTIONS} questions.`,
    error: 'Error',
    check: 'Check your answer',
    next: 'Next',
    toResult: 'Save and go back to your result',
    back: 'Previous',
    stop: 'Stop the questions and see your result now',
    kept: 'Your answers are kept for 24 hours, without your name. With “Previous” you go back without losing anything.',
    dontKnow: 'I don’t know',
    dontKnowAll: 'I don’t know (all three)',
    dontKnowGemeente: 'I don’t know, or I prefer not to say',
    multi: 'You can tick more than one.',
    notSure: 'Not sure?',
    unit: (u: string) => `Vul een getal in (${u}).`,
    place: 'Type the name of your gemeente or the place where you live.',
    whichPlace: 'Which place do you mean?',
    otherLang: 'Lees de vragen in het Nederlands',
  },
} as const;

export interface QuestionPageProps {
  ctx: ViewContext;
  question: Question;
  /** Position on the path, starting at 1. */
  number: number;
  concept: string | null;
  values: FormValues;
  errors: FieldError[];
  lang: Lang;
  /** The date whose amounts the help shows (bijstandsnorm, vermogensgrens). */
  date: string;
  /** Came from "Wijzig" on the result: after saving, go back to the result. */
  fromResult?: boolean;
  /** For the gemeente question: places to choose from when a name is not unique. */
  placeChoices?: PlaceMatch[];
  /** The gemeente answered so far, for its public theme. */
  gemeente?: string | null;
}

function ticked(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

function DontKnow({ label, legend, values, errors }: { label: string; legend: string; values: FormValues; errors: FieldError[] }) {
  return <Choices kind="checkbox" name={DONT_KNOW_FIELD} legend={legend} options={[{ code: 'ja', name: label }]} checked={ticked(values, DONT_KNOW_FIELD)} errors={errors} />;
}

function Fields({ p }: { p: QuestionPageProps }) {
  const { question: q, lang, values, errors } = p;
  const t = T[lang];
  const help = questionHelp(q, p.date)[lang];
  switch (q.type) {
    case 'choice':
    case 'multi':
      return (
        <Choices
          kind={q.type === 'multi' ? 'checkbox' : 'radio'}
          name={q.id}
          legend={q.text[lang]}
          hint={q.type === 'multi' ? `${help} ${t.multi}` : help}
          options={q.options.map((o) => ({ code: String(o.value), name: o.label[lang] }))}
          checked={ticked(values, q.id)}
          errors={errors}
        />
      );
    case 'number':
      return (
        <>
          <TextField name={q.id} label={q.text[lang]} hint={`${help} ${t.unit(q.unit?.[lang] ?? '')}`} values={values} errors={errors} autocomplete="off" />
          <DontKnow legend={t.notSure} label={t.dontKnow} values={values} errors={errors} />
        </>
      );
    case 'numbers':
      return (
        <>
          <p class="lead">{q.text[lang]}</p>
          <p class="hint">{help}</p>
          {(q.fields ?? []).map((f) => (
            <TextField
              name={f.fact}
              label={f.label[lang]}
              hint={[f.help?.[lang], t.unit(f.unit[lang])].filter(Boolean).join(' ')}
              values={values}
              errors={errors}
              autocomplete="off"
            />
          ))}
          <DontKnow legend={t.notSure} label={t.dontKnowAll} values={values} errors={errors} />
        </>
      );
    case 'gemeente':
      return (
        <>
          <TextField name="gemeente" label={q.text[lang]} hint={`${t.place} ${help}`} values={values} errors={errors} autocomplete="address-level2" />
          {p.placeChoices?.length ? (
            <Choices
              kind="radio"
              name="gemeente_code"
              legend={t.whichPlace}
              options={p.placeChoices.map((c) => ({ code: c.code, name: `${c.via ? `${c.via}, gemeente ${c.name}` : `Gemeente ${c.name}`} (${c.provincie})` }))}
              checked={[p.placeChoices[0]!.code]}
              errors={errors}
            />
          ) : null}
          <DontKnow legend={t.notSure} label={t.dontKnowGemeente} values={values} errors={errors} />
        </>
      );
  }
}

export function QuestionPage(p: QuestionPageProps) {
  const { question: q, lang } = p;
  const t = T[lang];
  const title = `${t.step(p.number)}: ${q.text[lang]}`;
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  const here = `${PATH}/vraag?${p.concept ? `concept=${p.concept}&` : ''}vraag=${q.id}${p.fromResult ? '&wijzig=1' : ''}`;
  return (
    <Layout title={p.errors.length ? `${t.error}: ${title}` : title} path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken} gemeente={p.gemeente ?? null}>
      <div lang={lang}>
        <h1>{t.step(p.number)}</h1>
        <p class="no-print">
          {t.budget}{' '}
          <a href={`${here}${other === 'en' ? '&taal=en' : ''}`} lang={other} hreflang={other}>
            {t.otherLang}
          </a>
        </p>
        <ErrorSummary errors={p.errors} title={t.check} />
        <form method="post" action={`${PATH}/vraag`} novalidate>
          <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
          <input type="hidden" name="concept" value={p.concept ?? ''} />
          <input type="hidden" name="vraag" value={q.id} />
          {lang === 'en' ? <input type="hidden" name="taal" value="en" /> : null}
          {p.fromResult ? <input type="hidden" name="wijzig" value="1" /> : null}
          <Fields p={p} />
          <p>
            <button type="submit" name="actie" value="verder">
              {p.fromResult ? t.toResult : t.next}
            </button>{' '}
            <button type="submit" name="actie" value="terug" class="secondary">
              {t.back}
            </button>
          </p>
        </form>
        {p.concept ? (
          <p class="no-print">
            <a href={`${PATH}/uitslag?concept=${p.concept}${lang === 'en' ? '&taal=en' : ''}`}>{t.stop}</a>
          </p>
        ) : null}
        <p class="hint">{t.kept}</p>
      </div>
    </Layout>
  );
}
