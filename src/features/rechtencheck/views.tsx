// Rechtencheck pages: intro, one question per page, the result (for the
// person, for a persona and for a professional with a code), and the pages
// around share codes. Every page works without JavaScript.
import { MAX_QUESTIONS, type Question, type Receipt } from '../../domain/rechtencheck/index.ts';
import type { PlaceMatch } from '../../db/reference.ts';
import { formatShareCode, SHARE_DAYS_DEFAULT } from '../../db/rechtencheck.ts';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { byOutcome, type ExplainedInstrument, type ExplainedResult, type ExplainedStep } from './explain.ts';
import { personas, type Persona } from './personas.ts';
import { DONT_KNOW_FIELD, type FormValues } from './questionnaire.ts';
import { criterionLabels, formatDate, outcomeCss, outcomeLabels, scopeLabels, ui, type Lang } from './texts.ts';

const PATH = '/rechtencheck';

function fieldError(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p class="hint" id={id}>
      <strong>Let op:</strong> {message}
    </p>
  ) : null;
}

// ------------------------------------------------------------------ intro

export function IntroPage({ ctx, notice }: { ctx: ViewContext; notice?: string }) {
  return (
    <Layout title="Rechtencheck" path={PATH} user={ctx.user} csrfToken={ctx.csrfToken}>
      <h1>Rechtencheck: welke hulp bij werk kun je krijgen?</h1>
      {notice ? (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p class="lead">
        Heb je een ziekte of beperking en wil je werken? Ook zonder uitkering kun je recht hebben op hulp. Beantwoord een
        paar vragen. Dan zie je welke hulp je misschien kunt krijgen, welke wet daarover gaat en waar je die hulp vraagt.
      </p>
      <ul>
        <li>Je krijgt hoogstens {MAX_QUESTIONS} vragen. Bij elke vraag kun je “Weet ik niet” kiezen.</li>
        <li>Je hoeft je naam niet te geven. Je hoeft niet in te loggen.</li>
        <li>
          We bewaren je antwoorden 24 uur, zodat je terug kunt gaan en iets kunt veranderen. Daarna wissen we ze. Je kunt
          ze ook zelf meteen wissen.
        </li>
        <li>Je kunt de vragen ook samen invullen, bijvoorbeeld met een consulent of iemand uit je familie.</li>
      </ul>
      <div class="notice">
        <p>
          <strong>Dit is geen besluit.</strong> De gemeente of UWV beslist of je de hulp krijgt. De Rechtencheck helpt je om
          te weten wat je kunt vragen, en waar.
        </p>
      </div>
      <p>
        <a class="button" href={`${PATH}/vraag`}>
          Start de Rechtencheck
        </a>
      </p>
      <h2>Heb je een code gekregen?</h2>
      <p>
        Werk je met iemand die de Rechtencheck deed? En kreeg je een code? <a href={`${PATH}/code`}>Bekijk de uitslag met de code</a>.
      </p>
      <h2>Voorbeelden</h2>
      <p>Zo ziet de uitslag eruit voor vijf mensen uit het onderzoek “Tussen wal en schip” (2025):</p>
      <ul>
        {personas.map((p) => (
          <li>
            <a href={`${PATH}/uitslag?persona=${p.id}`}>De uitslag voor {p.name}</a>: {p.intro}
          </li>
        ))}
      </ul>
      <p>
        Voor organisaties: de Rechtencheck is ook een open API. Zie <a href="/api/v1/openapi.json">de beschrijving van de API</a>.
      </p>
    </Layout>
  );
}

// ------------------------------------------------------------------ one question

export interface QuestionPageProps {
  ctx: ViewContext;
  question: Question;
  /** Position on the path, starting at 1. */
  number: number;
  concept: string | null;
  values: FormValues;
  errors: FieldError[];
  /** For the gemeente question: places to choose from when a name is not unique. */
  placeChoices?: PlaceMatch[];
}

function text(values: FormValues, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function ticked(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

function DontKnowBox({ label, values }: { label: string; values: FormValues }) {
  return (
    <div class="form-field">
      <div>
        <input type="checkbox" id={DONT_KNOW_FIELD} name={DONT_KNOW_FIELD} value="ja" checked={text(values, DONT_KNOW_FIELD) === 'ja'} />
        <label for={DONT_KNOW_FIELD}>{label}</label>
      </div>
    </div>
  );
}

function OptionsQuestion({ q, values, errors }: { q: Question; values: FormValues; errors: FieldError[] }) {
  const error = fieldError(errors, q.id);
  const kind = q.type === 'multi' ? 'checkbox' : 'radio';
  const checked = ticked(values, q.id);
  return (
    <fieldset class="form-field" id={q.id} aria-describedby={describedBy(`${q.id}-hint`, error && `${q.id}-fout`)}>
      <legend>
        <h1>{q.text.nl}</h1>
      </legend>
      <p class="hint" id={`${q.id}-hint`}>
        {q.help.nl}
        {q.type === 'multi' ? ' Je kunt meer dan één ding aanvinken.' : ''}
      </p>
      <ErrorText id={`${q.id}-fout`} message={error} />
      {q.options.map((o, i) => {
        const id = `${q.id}-${i}`;
        return (
          <div>
            <input type={kind} id={id} name={q.id} value={String(o.value)} checked={checked.includes(String(o.value))} />
            <label for={id}>{o.label.nl}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

function NumberInput(props: { id: string; label: string; heading?: boolean; hint?: string; unit: string; values: FormValues; errors: FieldError[] }) {
  const error = fieldError(props.errors, props.id);
  const label = <label for={props.id}>{props.label}</label>;
  return (
    <div class="form-field">
      {props.heading ? <h1>{label}</h1> : label}
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <ErrorText id={`${props.id}-fout`} message={error} />
      <div>
        <input
          type="text"
          inputMode="decimal"
          id={props.id}
          name={props.id}
          value={text(props.values, props.id)}
          size={6}
          maxLength={8}
          autocomplete="off"
          aria-describedby={describedBy(props.hint && `${props.id}-hint`, error && `${props.id}-fout`, `${props.id}-eenheid`)}
          aria-invalid={error ? 'true' : undefined}
        />{' '}
        <span id={`${props.id}-eenheid`}>{props.unit}</span>
      </div>
    </div>
  );
}

function NumberQuestion({ q, values, errors }: { q: Question; values: FormValues; errors: FieldError[] }) {
  return (
    <>
      <NumberInput
        id={q.id}
        label={q.text.nl}
        heading
        hint={q.help.nl}
        unit={q.unit?.nl ?? ''}
        values={values}
        errors={errors}
      />
      <DontKnowBox label="Weet ik niet" values={values} />
    </>
  );
}

function NumbersQuestion({ q, values, errors }: { q: Question; values: FormValues; errors: FieldError[] }) {
  return (
    <>
      <h1>{q.text.nl}</h1>
      <p class="hint">{q.help.nl}</p>
      {(q.fields ?? []).map((f) => (
        <NumberInput id={f.fact} label={f.label.nl} hint={f.help?.nl} unit={f.unit.nl} values={values} errors={errors} />
      ))}
      <DontKnowBox label="Weet ik niet (alle drie)" values={values} />
    </>
  );
}

function GemeenteQuestion({ q, values, errors, choices }: { q: Question; values: FormValues; errors: FieldError[]; choices?: PlaceMatch[] }) {
  const error = fieldError(errors, 'gemeente');
  return (
    <>
      <div class="form-field">
        <h1>
          <label for="gemeente">{q.text.nl}</label>
        </h1>
        <p class="hint" id="gemeente-hint">
          Typ de naam van je gemeente of je woonplaats. {q.help.nl}
        </p>
        <ErrorText id="gemeente-fout" message={error} />
        <input
          type="text"
          id="gemeente"
          name="gemeente"
          value={text(values, 'gemeente')}
          maxLength={100}
          autocomplete="address-level2"
          aria-describedby={describedBy('gemeente-hint', error && 'gemeente-fout')}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      {choices && choices.length ? (
        <fieldset class="form-field" id="gemeente_code">
          <legend>Welke plaats bedoel je?</legend>
          {choices.map((c, i) => (
            <div>
              <input type="radio" id={`gemeente_code-${i}`} name="gemeente_code" value={c.code} checked={i === 0} />
              <label for={`gemeente_code-${i}`}>{c.via ? `${c.via}, gemeente ${c.name}` : `Gemeente ${c.name}`} ({c.provincie})</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <DontKnowBox label="Weet ik niet, of ik zeg het liever niet" values={values} />
    </>
  );
}

export function QuestionPage(p: QuestionPageProps) {
  const q = p.question;
  const title = `Vraag ${p.number}: ${q.text.nl}`;
  return (
    <Layout title={p.errors.length ? `Fout: ${title}` : title} path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken}>
      <p class="no-print">
        Rechtencheck · Vraag {p.number} (je krijgt hoogstens {MAX_QUESTIONS} vragen)
      </p>
      <ErrorSummary errors={p.errors} title="Controleer je antwoord" />
      <form method="post" action={`${PATH}/vraag`} novalidate>
        <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
        <input type="hidden" name="concept" value={p.concept ?? ''} />
        <input type="hidden" name="vraag" value={q.id} />
        {q.type === 'choice' || q.type === 'multi' ? <OptionsQuestion q={q} values={p.values} errors={p.errors} /> : null}
        {q.type === 'number' ? <NumberQuestion q={q} values={p.values} errors={p.errors} /> : null}
        {q.type === 'numbers' ? <NumbersQuestion q={q} values={p.values} errors={p.errors} /> : null}
        {q.type === 'gemeente' ? <GemeenteQuestion q={q} values={p.values} errors={p.errors} choices={p.placeChoices} /> : null}
        <p>
          <button type="submit" name="actie" value="verder">
            Volgende
          </button>{' '}
          <button type="submit" name="actie" value="terug" class="secondary">
            Vorige
          </button>
        </p>
      </form>
      {p.concept ? (
        <p class="no-print">
          <a href={`${PATH}/uitslag?concept=${p.concept}`}>Stop met vragen en bekijk nu je uitslag</a>
        </p>
      ) : null}
      <p class="hint">
        Je antwoorden blijven 24 uur bewaard, zonder je naam. Met “Vorige” ga je terug zonder iets kwijt te raken.
      </p>
    </Layout>
  );
}

// ------------------------------------------------------------------ result

export type ResultMode =
  | { kind: 'draft'; concept: string }
  | { kind: 'persona'; persona: Persona }
  | { kind: 'shared'; code: string; createdAt: string; expiresAt: string; sameAsShared: boolean; sharedHash: string };

export interface AnswerRow {
  questionId: string;
  question: string;
  answer: string;
}

export interface ResultPageProps {
  ctx: ViewContext;
  result: ExplainedResult;
  mode: ResultMode;
  answers: AnswerRow[];
  lang: Lang;
}

function selfUrl(mode: ResultMode, lang: Lang): string {
  const taal = lang === 'en' ? '&taal=en' : '';
  if (mode.kind === 'draft') return `${PATH}/uitslag?concept=${mode.concept}${taal}`;
  if (mode.kind === 'persona') return `${PATH}/uitslag?persona=${mode.persona.id}${taal}`;
  return `${PATH}/gedeeld/${mode.code}${lang === 'en' ? '?taal=en' : ''}`;
}

function pdfUrl(mode: ResultMode, lang: Lang): string | null {
  const taal = lang === 'en' ? '&taal=en' : '';
  if (mode.kind === 'draft') return `${PATH}/uitslag.pdf?concept=${mode.concept}${taal}`;
  if (mode.kind === 'persona') return `${PATH}/uitslag.pdf?persona=${mode.persona.id}${taal}`;
  return null;
}

function StepView({ step, lang }: { step: ExplainedStep; lang: Lang }) {
  const t = ui[lang];
  return (
    <li>
      <p>
        <strong>{step.who[lang]}:</strong> {step.action[lang]}
      </p>
      {step.bring?.length ? (
        <>
          <p>{t.bring}</p>
          <ul>
            {step.bring.map((b) => (
              <li>{b[lang]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {step.ask ? (
        <p>
          {t.ask} {step.ask[lang]}
        </p>
      ) : null}
      {step.url ? (
        <p>
          {t.moreInfo} <a href={step.url}>{step.url}</a>
        </p>
      ) : null}
      {step.offers.length ? (
        <>
          <p>{t.offers}</p>
          <ul>
            {step.offers.map((o) => (
              <li>
                <a href={`/aanbod/${o.key}`}>{o.name}</a> ({o.organizationName}; {scopeLabels[lang][o.scope]}
                {o.demo ? `; ${t.demo}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function InstrumentView({ item, lang }: { item: ExplainedInstrument; lang: Lang }) {
  const t = ui[lang];
  const headingId = `${item.id}-kop`;
  return (
    <section class="result" id={item.id} aria-labelledby={headingId} data-outcome={item.outcome}>
      <h3 id={headingId}>{item.title[lang]}</h3>
      <p>
        <span class={outcomeCss[item.outcome]}>{outcomeLabels[lang][item.outcome]}</span>
      </p>
      <p>{item.explanation[lang]}</p>
      {item.route ? (
        <p>
          <strong>{t.route}</strong> {item.route.reason[lang]}
        </p>
      ) : null}
      <p>
        <strong>{t.whoDecides}</strong> {item.decidedBy[lang]}
      </p>
      {item.nextSteps.length ? (
        <>
          <h4>{t.whatToDo}</h4>
          <ol>
            {item.nextSteps.map((s) => (
              <StepView step={s} lang={lang} />
            ))}
          </ol>
        </>
      ) : null}
      <details>
        <summary>{t.why}</summary>
        <ul>
          {item.criteria.map((c) => (
            <li>
              <strong>
                {criterionLabels[lang][c.status]}: {c.label[lang]}
              </strong>
              {c.informative ? ` ${t.informative}` : ''}. {c.explanation[lang]} (
              <a href={c.source.url}>
                {c.source.law}, {c.source.article}
              </a>
              )
            </li>
          ))}
        </ul>
        <h4>{t.law}</h4>
        <ul>
          {item.sources.map((s) => (
            <li>
              <a href={s.url}>
                {s.law}, {s.article}
              </a>{' '}
              ({t.validFrom(formatDate(s.validFrom, lang))})
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function ReceiptView({ receipt, lang }: { receipt: Receipt; lang: Lang }) {
  const t = ui[lang];
  return (
    <details>
      <summary>{t.receipt}</summary>
      <p>{t.receiptIntro}</p>
      <dl class="facts">
        <dt>{t.receiptDate}</dt>
        <dd>{receipt.date}</dd>
        <dt>{t.receiptEngine}</dt>
        <dd>{receipt.engineVersion}</dd>
        <dt>{t.receiptPolicy}</dt>
        <dd>{receipt.policy.version}</dd>
        <dt>{t.receiptHash}</dt>
        <dd>
          <code>{receipt.hash}</code>
        </dd>
        <dt>{t.receiptRules}</dt>
        <dd>{receipt.rules.map((r) => `${r.id} ${r.version}`).join(', ')}</dd>
      </dl>
    </details>
  );
}

function ShareForm({ concept, csrfToken }: { concept: string; csrfToken: string }) {
  return (
    <section aria-labelledby="delen-kop" class="no-print">
      <h2 id="delen-kop">Delen met een consulent of hulpverlener</h2>
      <p>
        Je krijgt een code. Geef die code aan wie je helpt. Die ziet dan je antwoorden en deze uitslag. Niet je naam. Je
        kunt de code altijd zelf eerder stoppen.
      </p>
      <form method="post" action={`${PATH}/delen`}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="concept" value={concept} />
        <div class="form-field">
          <label for="dagen">Hoe lang mag de code werken?</label>
          <select id="dagen" name="dagen">
            {[1, 7, 14, 30].map((d) => (
              <option value={String(d)} selected={d === SHARE_DAYS_DEFAULT}>
                {d === 1 ? '1 dag' : `${d} dagen`}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">Maak een code om te delen</button>
        </p>
      </form>
    </section>
  );
}

export function ResultPage(p: ResultPageProps) {
  const { result, mode, lang } = p;
  const t = ui[lang];
  const title = mode.kind === 'shared' ? t.sharedTitle : mode.kind === 'persona' ? t.personaTitle(mode.persona.name) : t.title;
  const other = t.otherLangCode;
  const pdf = pdfUrl(mode, lang);
  return (
    <Layout title={title} path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken}>
      <div lang={lang}>
        <h1>{title}</h1>
        <p class="no-print">
          <a href={selfUrl(mode, other)} lang={other} hreflang={other}>
            {t.otherLang}
          </a>
        </p>
        {mode.kind === 'persona' ? (
          <div class="notice demo">
            <p>
              {lang === 'en'
                ? `This is an example from the research “Tussen wal en schip” (2025). ${mode.persona.name} is not a real person.`
                : `Dit is een voorbeeld uit het onderzoek “Tussen wal en schip” (2025). ${mode.persona.name} bestaat niet echt.`}{' '}
              <span lang="nl">{mode.persona.intro}</span>
            </p>
          </div>
        ) : null}
        {mode.kind === 'shared' ? (
          <div class="notice">
            <p>
              Iemand deelde deze uitslag met code {formatShareCode(mode.code)} op {formatDate(mode.createdAt)}. De code werkt tot{' '}
              {formatDate(mode.expiresAt)}. Je ziet de antwoorden, niet de naam.
            </p>
            <p>
              {mode.sameAsShared
                ? 'De uitslag is opnieuw uitgerekend met dezelfde regels en dezelfde datum. Het is precies de uitslag die de persoon zag.'
                : `Let op: de regels van de Rechtencheck zijn veranderd sinds de code is gemaakt. Je ziet de uitslag volgens de regels van nu, voor dezelfde datum. De controlecode van toen was ${mode.sharedHash}.`}
            </p>
          </div>
        ) : null}
        <div class="notice">
          <p>
            <strong>{result.disclaimer[lang]}</strong>
          </p>
        </div>
        <nav aria-label={t.onThisPage} class="no-print">
          <ul>
            <li>
              <a href="#antwoorden-kop">{t.toAnswers}</a>
            </li>
            {mode.kind !== 'shared' ? (
              <li>
                <a href="#bewaren-kop">{t.toSave}</a>
              </li>
            ) : null}
            {mode.kind === 'draft' ? (
              <li>
                <a href="#delen-kop">{t.toShare}</a>
              </li>
            ) : null}
          </ul>
        </nav>
        <p>
          {t.computedOn(formatDate(result.date, lang), result.engineVersion)}{' '}
          {result.gemeenteRecord ? t.gemeente(result.gemeenteRecord.name) : t.noGemeente}
        </p>
        <h2>{t.summary}</h2>
        <ul>
          {byOutcome(result.results).flatMap((group) =>
            group.items.map((item) => (
              <li>
                <a href={`#${item.id}`}>{item.title[lang]}</a>: {outcomeLabels[lang][group.outcome].toLowerCase()}
              </li>
            )),
          )}
        </ul>
        {byOutcome(result.results).map((group) => (
          <section aria-labelledby={`groep-${group.outcome}`}>
            <h2 id={`groep-${group.outcome}`}>{outcomeLabels[lang][group.outcome]}</h2>
            {group.items.map((item) => (
              <InstrumentView item={item} lang={lang} />
            ))}
          </section>
        ))}
        <h2 id="antwoorden-kop">{mode.kind === 'draft' ? t.answers : t.answersShared}</h2>
        {p.answers.length ? (
          <dl class="facts">
            {p.answers.map((a) => (
              <>
                <dt>{a.question}</dt>
                <dd>
                  {a.answer}
                  {mode.kind === 'draft' ? (
                    <>
                      {' '}
                      <a class="no-print" href={`${PATH}/vraag?concept=${mode.concept}&vraag=${a.questionId}`}>
                        {t.change}
                        <span class="visually-hidden"> {t.changeHidden(a.question)}</span>
                      </a>
                    </>
                  ) : null}
                </dd>
              </>
            ))}
          </dl>
        ) : (
          <p>{lang === 'en' ? 'No answers yet.' : 'Nog geen antwoorden.'}</p>
        )}
        <ReceiptView receipt={result.receipt} lang={lang} />
      </div>
      <section aria-labelledby="bewaren-kop" class="no-print">
        <h2 id="bewaren-kop">Bewaren</h2>
        <p>
          <button type="button" data-print hidden>
            Print deze uitslag
          </button>
        </p>
        {pdf ? (
          <p>
            <a href={pdf}>Download de uitslag als PDF</a>
          </p>
        ) : null}
        <p>Printen kan ook met de printknop van je browser.</p>
      </section>
      {mode.kind === 'draft' ? (
        <>
          <ShareForm concept={mode.concept} csrfToken={p.ctx.csrfToken ?? ''} />
          <section aria-labelledby="wissen-kop" class="no-print">
            <h2 id="wissen-kop">Klaar?</h2>
            <p>Wis je antwoorden als je klaar bent. Dat is veilig op een computer die je met anderen deelt.</p>
            <form method="post" action={`${PATH}/wissen`}>
              <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
              <input type="hidden" name="concept" value={mode.concept} />
              <button type="submit" class="secondary">
                Wis mijn antwoorden
              </button>
            </form>
          </section>
        </>
      ) : null}
      {mode.kind === 'persona' ? (
        <section aria-labelledby="zelf-kop" class="no-print">
          <h2 id="zelf-kop">Zelf proberen</h2>
          <form method="post" action={`${PATH}/vraag`}>
            <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
            <input type="hidden" name="persona" value={mode.persona.id} />
            <p>Begin met de antwoorden van {mode.persona.name} en verander wat anders is bij jou.</p>
            <button type="submit">Begin met deze antwoorden</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

// ------------------------------------------------------------------ share codes

export function ShareCreatedPage(props: { ctx: ViewContext; code: string; deleteUrl: string; expiresAt: string; concept: string; baseUrl: string }) {
  const code = formatShareCode(props.code);
  return (
    <Layout title="Je code om te delen" path={PATH} user={props.ctx.user} csrfToken={props.ctx.csrfToken}>
      <h1>Je code om te delen</h1>
      <p class="lead">
        Je code is: <strong id="deelcode">{code}</strong>
      </p>
      <p>
        Geef deze code aan wie je helpt, bijvoorbeeld je consulent. Die gaat naar{' '}
        <a href={`${PATH}/code`}>{`${props.baseUrl}${PATH}/code`}</a> en typt de code in. Die ziet dan je antwoorden en je
        uitslag. Niet je naam.
      </p>
      <p>De code werkt tot {formatDate(props.expiresAt)}. Daarna wissen we je antwoorden.</p>
      <h2>Eerder stoppen</h2>
      <p>
        Wil je dat de code eerder stopt? Bewaar dan deze link. Met de link verwijder je de code en je antwoorden. Je ziet
        de link maar één keer.
      </p>
      <p>
        <a href={props.deleteUrl} id="verwijderlink">
          {props.deleteUrl}
        </a>
      </p>
      <form method="post" action={`${PATH}/gedeeld/${props.code}/verwijderen`}>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken ?? ''} />
        <input type="hidden" name="sleutel" value={new URL(props.deleteUrl).searchParams.get('sleutel') ?? ''} />
        <button type="submit" class="secondary">
          Verwijder de code nu
        </button>
      </form>
      <p class="no-print">
        <a href={`${PATH}/uitslag?concept=${props.concept}`}>Terug naar je uitslag</a>
      </p>
    </Layout>
  );
}

export function CodePage(props: { ctx: ViewContext; value: string; errors: FieldError[] }) {
  const error = fieldError(props.errors, 'code');
  return (
    <Layout title={props.errors.length ? 'Fout: Uitslag bekijken met een code' : 'Uitslag bekijken met een code'} path={PATH} user={props.ctx.user} csrfToken={props.ctx.csrfToken}>
      <h1>Uitslag bekijken met een code</h1>
      <p>
        Iemand deed de Rechtencheck en gaf je een code. Typ de code hier. Je ziet dan de antwoorden en de uitslag. Niet de
        naam.
      </p>
      <ErrorSummary errors={props.errors} title="Deze code werkt niet" />
      <form method="post" action={`${PATH}/code`} novalidate>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken ?? ''} />
        <div class="form-field">
          <label for="code">Code</label>
          <p class="hint" id="code-hint">
            8 tekens, bijvoorbeeld K7MD-3QXP. Hoofdletters of kleine letters maakt niet uit.
          </p>
          <ErrorText id="code-fout" message={error} />
          <input
            type="text"
            id="code"
            name="code"
            value={props.value}
            maxLength={20}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-describedby={describedBy('code-hint', error && 'code-fout')}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <p>
          <button type="submit">Bekijk de uitslag</button>
        </p>
      </form>
    </Layout>
  );
}

export function MessagePage(props: { ctx: ViewContext; title: string; message: string; links?: Array<{ href: string; label: string }>; alert?: boolean }) {
  return (
    <Layout title={props.title} path={PATH} user={props.ctx.user} csrfToken={props.ctx.csrfToken}>
      <h1>{props.title}</h1>
      <div class={props.alert ? 'notice error' : 'notice'} role={props.alert ? 'alert' : 'status'}>
        <p>{props.message}</p>
      </div>
      <ul>
        {(props.links ?? [
          { href: PATH, label: 'Doe de Rechtencheck opnieuw' },
          { href: `${PATH}/code`, label: 'Een andere code proberen' },
        ]).map((l) => (
          <li>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function DeleteConfirmPage(props: { ctx: ViewContext; code: string; deleteKey: string }) {
  return (
    <Layout title="Code verwijderen" path={PATH} user={props.ctx.user} csrfToken={props.ctx.csrfToken}>
      <h1>Code verwijderen</h1>
      <p>
        Wil je code {formatShareCode(props.code)} verwijderen? Dan kan niemand de uitslag nog zien met deze code. We wissen
        je antwoorden meteen.
      </p>
      <form method="post" action={`${PATH}/gedeeld/${props.code}/verwijderen`}>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken ?? ''} />
        <input type="hidden" name="sleutel" value={props.deleteKey} />
        <button type="submit">Ja, verwijder de code nu</button>
      </form>
      <p>
        <a href={PATH}>Nee, niet verwijderen</a>
      </p>
    </Layout>
  );
}
