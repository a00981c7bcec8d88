// The result page of the Rechtencheck: for the person, for a persona, and for
// a professional with a share code.
import type { Receipt } from '../../domain/rechtencheck/index.ts';
import { formatShareCode, SHARE_DAYS_DEFAULT } from '../../db/rechtencheck.ts';
import { Layout } from '../../web/layout.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { byOutcome, type ExplainedInstrument, type ExplainedResult, type ExplainedStep } from './explain.ts';
import type { Persona } from './personas.ts';
import { criterionLabels, formatDate, outcomeCss, outcomeLabels, scopeLabels, ui, type Lang } from './texts.ts';
import type { AnswerRow } from './views.tsx';
import { policyStatement } from './policy-text.ts';

const PATH = '/rechtencheck';

// ------------------------------------------------------------------ result

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

function PolicyView({ result, lang }: { result: ExplainedResult; lang: Lang }) {
  if (!result.gemeenteRecord) return null;
  const st = policyStatement(result.receipt.policy, result.gemeenteRecord.name, lang);
  return (
    <>
      <p>{st.lead}</p>
      <details>
        <summary>{lang === 'en' ? 'What the gemeente recorded, or what to ask' : 'Wat de gemeente vastlegde, of wat je kunt vragen'}</summary>
        <ul>
          {st.items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
        {st.url ? (
          <p>
            <a href={st.url}>{lang === 'en' ? 'The gemeente’s policy' : 'Het beleid van de gemeente'}</a>
          </p>
        ) : null}
      </details>
    </>
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
        <PolicyView result={result} lang={lang} />
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
                      <a class="no-print" href={`${PATH}/vraag?concept=${mode.concept}&vraag=${a.questionId}&wijzig=1${lang === 'en' ? '&taal=en' : ''}`}>
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

