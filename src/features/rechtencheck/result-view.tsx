// The result page of the Rechtencheck, in layers: what you can do now (at most
// three steps, one offer each), then every instrument as one line grouped by
// who decides, with criteria, sources and offers behind native <details>.
// For the person, for a persona, and for a professional with a share code.
import { formatShareCode } from '../../db/rechtencheck.ts';
import { Layout } from '../../web/layout.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import type { ExplainedResult } from './explain.ts';
import { byDecider, nowSteps } from './layers.ts';
import type { Persona } from './personas.ts';
import { InstrumentLine, NowStepView, PolicyView, ReceiptView, ShareForm, lt } from './result-parts.tsx';
import { formatDate, ui, type Lang } from './texts.ts';
import type { AnswerRow } from './views.tsx';

const PATH = '/rechtencheck';

export type ResultMode =
  | { kind: 'draft'; concept: string }
  | { kind: 'persona'; persona: Persona }
  | { kind: 'shared'; code: string; createdAt: string; expiresAt: string; sameAsShared: boolean; sharedHash: string };

export interface ResultPageProps {
  ctx: ViewContext;
  result: ExplainedResult;
  mode: ResultMode;
  answers: AnswerRow[];
  lang: Lang;
  /** Questions answered "weet ik niet" that would change the result most (shown when most answers are unknown). */
  decisive?: Array<{ questionId: string; question: string }>;
  /** The contact form (after the save section), when the person can send one. */
  contact?: unknown;
}

function selfUrl(mode: ResultMode, lang: Lang): string {
  const taal = lang === 'en' ? '&taal=en' : '';
  if (mode.kind === 'draft') return `${PATH}/uitslag?concept=${mode.concept}${taal}`;
  if (mode.kind === 'persona') return `${PATH}/uitslag?persona=${mode.persona.id}${taal}`;
  return `${PATH}/gedeeld/${mode.code}${lang === 'en' ? '?taal=en' : ''}`;
}

function pdfUrl(mode: ResultMode, lang: Lang, full: boolean): string | null {
  const extra = `${lang === 'en' ? '&taal=en' : ''}${full ? '&volledig=1' : ''}`;
  if (mode.kind === 'draft') return `${PATH}/uitslag.pdf?concept=${mode.concept}${extra}`;
  if (mode.kind === 'persona') return `${PATH}/uitslag.pdf?persona=${mode.persona.id}${extra}`;
  return null;
}

function changeUrl(mode: ResultMode, questionId: string, lang: Lang): string | null {
  return mode.kind === 'draft' ? `${PATH}/vraag?concept=${mode.concept}&vraag=${questionId}&wijzig=1${lang === 'en' ? '&taal=en' : ''}` : null;
}

export function ResultPage(p: ResultPageProps) {
  const { result, mode, lang } = p;
  const t = ui[lang];
  const l = lt[lang];
  const title = mode.kind === 'shared' ? t.sharedTitle : mode.kind === 'persona' ? t.personaTitle(mode.persona.name) : t.title;
  const other = t.otherLangCode;
  const steps = nowSteps(result);
  // Offers linked in the first layer are not repeated further down.
  const shown = new Set(steps.flatMap((s) => (s.offer ? [s.offer.key] : [])));
  return (
    <Layout title={title} path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken} gemeente={result.gemeenteRecord?.code}>
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
              {lang === 'en' ? `An example from the research; ${mode.persona.name} is not a real person.` : `Een voorbeeld uit het onderzoek; ${mode.persona.name} bestaat niet echt.`}
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
        <section aria-labelledby="nu-kop">
          <h2 id="nu-kop">{l.now}</h2>
          {steps.length ? (
            <ol>
              {steps.map((s) => (
                <NowStepView now={s} lang={lang} />
              ))}
            </ol>
          ) : (
            <p>{l.nowNone}</p>
          )}
        </section>
        {p.decisive?.length ? (
          <section aria-labelledby="verschil-kop">
            <h2 id="verschil-kop">{l.decisive}</h2>
            <p>{l.decisiveIntro}</p>
            <ul>
              {p.decisive.map((d) => {
                const href = changeUrl(mode, d.questionId, lang);
                return (
                  <li>
                    {d.question}{' '}
                    {href ? (
                      <a href={href}>
                        {l.fillIn}
                        <span class="visually-hidden"> {t.changeHidden(d.question)}</span>
                      </a>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        {result.gemeenteRecord ? <PolicyView result={result} lang={lang} /> : <p>{t.noGemeente}</p>}
        <section aria-labelledby="alles-kop">
          <h2 id="alles-kop">{l.all}</h2>
          {byDecider(result).map((group) => (
            <section aria-labelledby={`beslist-${group.decider}`}>
              <h3 id={`beslist-${group.decider}`}>{l.deciders[group.decider]}</h3>
              <ul class="instrument-lines">
                {group.items.map((item) => (
                  <InstrumentLine item={item} lang={lang} shown={shown} />
                ))}
              </ul>
            </section>
          ))}
        </section>
        <details id="antwoorden">
          <summary id="antwoorden-kop">{mode.kind === 'draft' ? l.answersN(p.answers.length) : t.answersShared}</summary>
          {p.answers.length ? (
            <dl class="facts">
              {p.answers.map((a) => {
                const href = changeUrl(mode, a.questionId, lang);
                return (
                  <>
                    <dt>{a.question}</dt>
                    <dd>
                      {a.answer}
                      {href ? (
                        <>
                          {' '}
                          <a class="no-print" href={href}>
                            {t.change}
                            <span class="visually-hidden"> {t.changeHidden(a.question)}</span>
                          </a>
                        </>
                      ) : null}
                    </dd>
                  </>
                );
              })}
            </dl>
          ) : (
            <p>{lang === 'en' ? 'No answers yet.' : 'Nog geen antwoorden.'}</p>
          )}
        </details>
        <ReceiptView receipt={result.receipt} lang={lang} computedOn={t.computedOn(formatDate(result.date, lang), result.engineVersion)} />
      </div>
      <section aria-labelledby="bewaren-kop" class="no-print">
        <h2 id="bewaren-kop">{lang === 'en' ? 'Keep' : 'Bewaren'}</h2>
        {pdfUrl(mode, lang, false) ? (
          <ul>
            <li>
              <a href={pdfUrl(mode, lang, false)!}>{l.pdfShort}</a>
            </li>
            <li>
              <a href={pdfUrl(mode, lang, true)!}>{l.pdfFull}</a>
            </li>
          </ul>
        ) : null}
        <p>
          <button type="button" data-print hidden>
            {lang === 'en' ? 'Print this result' : 'Print deze uitslag'}
          </button>
        </p>
      </section>
      {p.contact ?? null}
      {mode.kind === 'draft' ? (
        <>
          <ShareForm concept={mode.concept} csrfToken={p.ctx.csrfToken ?? ''} />
          <details class="no-print">
            <summary id="wissen-kop">Klaar? Wis je antwoorden</summary>
            <p>Wis je antwoorden als je klaar bent. Dat is veilig op een computer die je met anderen deelt.</p>
            <form method="post" action={`${PATH}/wissen`}>
              <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
              <input type="hidden" name="concept" value={mode.concept} />
              <button type="submit" class="secondary">
                Wis mijn antwoorden
              </button>
            </form>
          </details>
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
