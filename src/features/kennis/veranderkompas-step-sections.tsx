// The sections of a veranderkompas step page: conversation questions, marking
// steering factors and solution directions, and the marks seen together.
import {
  markLabels,
  markValues,
  markableItems,
  questionsOf,
  type Language,
  type MarkValue,
  type Step,
} from '../../content/kennis/veranderkompas.ts';
import type { Meeting, TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { formatDay } from '../personen/views.tsx';
import { MarkTable, countsForMeeting } from './veranderkompas-chart.tsx';
import { markField, noteField, questionField } from './veranderkompas-service.ts';
import { base } from './veranderkompas-views.tsx';
import { Csrf, FieldMessages } from '../../web/components/index.ts';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

export const meetingLabel = (m: Meeting) => `${formatDay(m.date)}${m.title ? `: ${m.title}` : ''}`;
export const meetingPath = (state: TrajectoryState, m: Meeting) => `${base(state.id)}/bijeenkomsten/${m.id}`;
export const langAttr = (lang: Language) => (lang === 'en' ? 'en' : undefined);

export interface StepForms {
  marks?: { values: Record<string, string>; errors: FieldError[] };
  notes?: { values: Record<string, string>; errors: FieldError[] };
}

export interface StepPageProps extends Base {
  state: TrajectoryState;
  meeting: Meeting;
  step: Step;
  lang: Language;
  /** Whose marks the form shows and saves: oneself, or a guest (kartrekker only). */
  markFor: { participantId: string; name: string; self: boolean };
  guests: Array<{ id: string; name: string }>;
  ownMarks: Map<string, { mark: MarkValue | null; note: string | null }>;
  forms: StepForms;
  /** Vega SVG of the marks in this meeting (src/web/chart.ts), made by the route. */
  marksSvg?: string | null;
  notice?: string | undefined;
}

export function QuestionsSection({ state, meeting, step, lang, csrfToken, forms }: StepPageProps) {
  const errors = forms.notes?.errors ?? [];
  const values = forms.notes?.values ?? {};
  const earlier = state.questionNotes.filter((n) => n.step === step.number);
  return (
    <section aria-labelledby="vragen-kop" id="vragen">
      <h2 id="vragen-kop">Gespreksvragen</h2>
      <p>Bespreek de vragen samen en schrijf op wat jullie belangrijk vinden. Je hoeft niet bij elke vraag iets op te schrijven.</p>
      <form method="post" action={`${meetingPath(state, meeting)}/stappen/${step.number}/notities`} novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} title="Notities niet opgeslagen" />
        {questionsOf(step).map((q, i) => {
          const notes = earlier.filter((n) => n.questionId === q.id);
          const name = questionField(q.id);
          const error = errors.find((e) => e.field === name)?.message;
          return (
            <div class="form-field">
              <label for={name}>
                Vraag {i + 1}: <span lang={langAttr(lang)}>{q.text[lang]}</span>
              </label>
              {notes.length ? (
                <ul id={`${name}-eerder`}>
                  {notes.map((n) => (
                    <li>
                      {formatDay(state.meetings.find((m) => m.id === n.meetingId)?.date ?? n.createdAt)}, {n.participantName}: {n.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              <FieldMessages id={name} error={error} />
              <textarea id={name} name={name} rows={3} aria-describedby={[notes.length ? `${name}-eerder` : '', error ? `${name}-fout` : ''].filter(Boolean).join(' ') || undefined} aria-invalid={error ? 'true' : undefined}>
                {values[name] ?? ''}
              </textarea>
            </div>
          );
        })}
        <button type="submit">Notities opslaan</button>
      </form>
    </section>
  );
}

function MarkChoice({ itemId, legend, current, note, errors, lang, future }: { itemId: string; legend: string; current: string; note: string; errors: FieldError[]; lang: Language; future?: boolean }) {
  const name = markField(itemId);
  const noteName = noteField(itemId);
  const error = errors.find((e) => e.field === name || e.field === noteName)?.message;
  return (
    <fieldset class="form-field vk-mark" id={name} aria-describedby={error ? `${name}-fout` : undefined}>
      <legend>
        <span lang={langAttr(lang)}>{legend}</span>
        {future ? ' (toekomst)' : ''} <span class="hint">({itemId})</span>
      </legend>
      {error ? (
        <p class="hint" id={`${name}-fout`}>
          <strong>Let op:</strong> {error}
        </p>
      ) : null}
      {[...markValues, ''].map((value) => {
        const id = `${name}-${value || 'geen'}`;
        return (
          <div>
            <input type="radio" id={id} name={name} value={value} checked={current === value} />
            <label for={id}>{value ? markLabels[value as MarkValue].nl : 'Geen keuze'}</label>
          </div>
        );
      })}
      <label for={noteName}>Notitie (niet verplicht)</label>
      <input type="text" id={noteName} name={noteName} value={note} maxLength={500} />
    </fieldset>
  );
}

export function MarkSection({ state, meeting, step, lang, csrfToken, forms, markFor, guests, ownMarks }: StepPageProps) {
  const errors = forms.marks?.errors ?? [];
  const values = forms.marks?.values;
  const current = (id: string) => values?.[markField(id)] ?? ownMarks.get(id)?.mark ?? '';
  const note = (id: string) => values?.[noteField(id)] ?? ownMarks.get(id)?.note ?? '';
  const path = `${meetingPath(state, meeting)}/stappen/${step.number}`;
  return (
    <section aria-labelledby="markeren-kop" id="markeren">
      <h2 id="markeren-kop">Markeren</h2>
      <p>
        Geef bij elke stuurfactor en oplossingsrichting aan wat je ervan vindt: kansrijk, hebben we al, of niet van toepassing. Daarna bespreken jullie samen de uitkomst.
      </p>
      {state.me.isKartrekker && guests.length > 0 ? (
        <form method="get" action={path} class="search-form">
          {lang === 'en' ? <input type="hidden" name="taal" value="en" /> : null}
          <div class="row">
            <div class="form-field">
              <label for="namens">Markeringen vastleggen voor</label>
              <select id="namens" name="namens">
                <option value="" selected={markFor.self}>
                  Mijzelf
                </option>
                {guests.map((g) => (
                  <option value={g.id} selected={g.id === markFor.participantId}>
                    {g.name} (zonder account)
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Kiezen</button>
          </div>
        </form>
      ) : null}
      <form method="post" action={`${path}/markeringen`} novalidate>
        <Csrf token={csrfToken} />
        <input type="hidden" name="voor" value={markFor.participantId} />
        <p>
          <strong>Je markeert voor: {markFor.self ? 'jezelf' : markFor.name}.</strong>
        </p>
        <ErrorSummary errors={errors} title="Markeringen niet opgeslagen" />
        {step.steeringFactors.map((f) => (
          <div class="vk-factor">
            <h3 lang={langAttr(lang)}>{f.title[lang]}</h3>
            <p lang={langAttr(lang)}>{f.text[lang]}</p>
            {f.subFactors.length ? (
              <dl class="facts" lang={langAttr(lang)}>
                {f.subFactors.map((s) => (
                  <>
                    <dt>{s.title[lang]}</dt>
                    <dd>{s.text[lang]}</dd>
                  </>
                ))}
              </dl>
            ) : null}
            <MarkChoice itemId={f.id} legend={`Stuurfactor: ${f.title[lang]}`} current={current(f.id)} note={note(f.id)} errors={errors} lang={lang} />
            {f.solutionDirections.length ? <h4>Oplossingsrichtingen bij deze stuurfactor</h4> : null}
            {f.solutionDirections.map((d) => (
              <MarkChoice itemId={d.id} legend={d.text[lang]} current={current(d.id)} note={note(d.id)} errors={errors} lang={lang} future={d.horizon === 'toekomst'} />
            ))}
          </div>
        ))}
        <button type="submit">Markeringen opslaan</button>
      </form>
    </section>
  );
}

export function ResultsSection({ state, meeting, step, lang, marksSvg }: StepPageProps) {
  const items = markableItems(step);
  const counts = countsForMeeting(state, meeting.id);
  const notes = state.markNotes.filter((n) => n.meetingId === meeting.id && items.some((i) => i.id === n.itemId));
  const marked = state.markers.find((m) => m.meetingId === meeting.id && m.step === step.number)?.n ?? 0;
  return (
    <section aria-labelledby="samen-kop" id="samen">
      <h2 id="samen-kop">Samen bekeken</h2>
      <p>
        {marked} van {state.participants.length} deelnemers hebben in deze bijeenkomst iets gemarkeerd bij deze stap.
      </p>
      <MarkTable items={items} counts={counts} caption={`Markeringen bij stap ${step.number}, bijeenkomst ${meetingLabel(meeting)}`} lang={lang} svg={marksSvg} />
      <h3>Notities bij de markeringen</h3>
      {notes.length === 0 ? (
        <p>Er zijn nog geen notities.</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li>
              {n.itemId}, {n.participantName}
              {n.mark ? ` (${markLabels[n.mark].nl.toLowerCase()})` : ''}: {n.note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
