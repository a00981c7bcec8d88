// Rechtencheck pages: intro, one question per page, the result (for the
// person, for a persona and for a professional with a code), and the pages
// around share codes. Every page works without JavaScript.
import { MAX_QUESTIONS, type Receipt } from '../../domain/rechtencheck/index.ts';
import { formatShareCode, SHARE_DAYS_DEFAULT } from '../../db/rechtencheck.ts';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { byOutcome, type ExplainedInstrument, type ExplainedResult, type ExplainedStep } from './explain.ts';
import { personas, type Persona } from './personas.ts';
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

export interface AnswerRow {
  questionId: string;
  question: string;
  answer: string;
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
