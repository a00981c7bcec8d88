// Pieces of the result page: a step to take now, one line per instrument with
// its details behind <details>, the gemeente policy, the receipt, sharing.
import type { Receipt } from '../../domain/rechtencheck/index.ts';
import { SHARE_DAYS_DEFAULT } from '../../db/rechtencheck.ts';
import { SelectField } from '../../web/forms.tsx';
import type { ExplainedInstrument, ExplainedResult, ExplainedStep, OfferRef } from './explain.ts';
import { firstSentence, shortTitle, whyLine, type Decider, type NowStep } from './layers.ts';
import { policyStatement } from './policy-text.ts';
import { criterionLabels, formatDate, outcomeCss, outcomeLabels, scopeLabels, ui, type Lang } from './texts.ts';

const PATH = '/rechtencheck';

export const lt = {
  nl: {
    now: 'Wat kun je nu doen?',
    nowNone: 'We vonden geen stap die nu past. Kijk hieronder wat er voor je kan zijn.',
    go: 'Ga naar:',
    sayBring: 'Meer: wat zeg je, wat neem je mee?',
    outdated: 'mogelijk verouderd',
    decisive: 'Deze antwoorden maken het meeste verschil',
    decisiveIntro: 'Je koos vaak “Weet ik niet”. Zoek deze antwoorden uit, dan wordt de uitslag duidelijker:',
    fillIn: 'Vul in',
    all: 'Wat er voor je kan zijn',
    deciders: { jezelf: 'Dit regel je zelf', gemeente: 'De gemeente beslist', uwv: 'UWV beslist', werkgever: 'De werkgever vraagt aan' } as Record<Decider, string>,
    more: (title: string) => `Meer over: ${title}`,
    otherOffers: 'Meer hulp in de Wegwijzer:',
    answersN: (n: number) => `Je antwoorden (${n})`,
    pdfShort: 'Korte uitslag als PDF',
    pdfFull: 'Volledige uitslag als PDF',
    policyMore: 'Wat de gemeente vastlegde, of wat je kunt vragen',
    policyLink: 'Het beleid van de gemeente',
  },
  en: {
    now: 'What can you do now?',
    nowNone: 'We found no step that fits now. See below what may be there for you.',
    go: 'Go to:',
    sayBring: 'More: what to say, what to bring?',
    outdated: 'possibly outdated',
    decisive: 'These answers make the biggest difference',
    decisiveIntro: 'You often chose “I don’t know”. Find out these answers, and the result becomes clearer:',
    fillIn: 'Fill in',
    all: 'What may be there for you',
    deciders: { jezelf: 'You arrange this yourself', gemeente: 'The gemeente decides', uwv: 'UWV decides', werkgever: 'The employer applies' } as Record<Decider, string>,
    more: (title: string) => `More about: ${title}`,
    otherOffers: 'More help in the Wegwijzer:',
    answersN: (n: number) => `Your answers (${n})`,
    pdfShort: 'Short result as PDF',
    pdfFull: 'Full result as PDF',
    policyMore: 'What the gemeente recorded, or what to ask',
    policyLink: 'The gemeente’s policy',
  },
} as const;

export function OfferLink({ offer, lang }: { offer: OfferRef; lang: Lang }) {
  return (
    <>
      <a href={`/aanbod/${offer.key}`}>{offer.name}</a> ({offer.organizationName}
      {offer.demo ? `; ${ui[lang].demo}` : ''}
      {offer.outdated ? `; ${lt[lang].outdated}` : ''})
    </>
  );
}

export function NowStepView({ now, lang }: { now: NowStep; lang: Lang }) {
  const t = ui[lang];
  const { step } = now;
  return (
    <li>
      <p>
        <strong>{step.who[lang]}:</strong> {firstSentence(step.action[lang])}
      </p>
      {step.ask || step.bring?.length || firstSentence(step.action[lang]) !== step.action[lang] ? (
        <details>
          <summary>{lt[lang].sayBring}</summary>
          {firstSentence(step.action[lang]) !== step.action[lang] ? <p>{step.action[lang]}</p> : null}
          {step.ask ? (
            <p>
              {t.ask} {step.ask[lang]}
            </p>
          ) : null}
          {step.bring?.length ? (
            <p>
              {t.bring} {step.bring.map((b) => b[lang]).join(', ')}.
            </p>
          ) : null}
        </details>
      ) : null}
      {now.offer ? (
        <p>
          {lt[lang].go} <OfferLink offer={now.offer} lang={lang} />
        </p>
      ) : null}
    </li>
  );
}

function StepDetails({ step, lang, shown }: { step: ExplainedStep; lang: Lang; shown: Set<string> }) {
  const t = ui[lang];
  // Each offer once on the page: what was linked before is not repeated.
  const offers = step.offers.filter((o) => !shown.has(o.key));
  for (const o of offers) shown.add(o.key);
  return (
    <li>
      <p>
        <strong>{step.who[lang]}:</strong> {step.action[lang]}
      </p>
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
      {offers.length ? (
        <>
          <p>{lt[lang].otherOffers}</p>
          <ul>
            {offers.map((o) => (
              <li>
                <OfferLink offer={o} lang={lang} /> {scopeLabels[lang][o.scope]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

/** One line: the instrument, its outcome and why; the rest behind <details> (the line is its summary). */
export function InstrumentLine({ item, lang, shown }: { item: ExplainedInstrument; lang: Lang; shown: Set<string> }) {
  const t = ui[lang];
  return (
    <li class="result" id={item.id} data-outcome={item.outcome}>
      <details>
        <summary>
          <strong>{shortTitle(item.title[lang])}</strong>: <span class={outcomeCss[item.outcome]}>{outcomeLabels[lang][item.outcome]}</span>. {whyLine(item, lang)}
        </summary>
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
                <StepDetails step={s} lang={lang} shown={shown} />
              ))}
            </ol>
          </>
        ) : null}
        <h4>{t.why}</h4>
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
    </li>
  );
}

export function PolicyView({ result, lang }: { result: ExplainedResult; lang: Lang }) {
  if (!result.gemeenteRecord) return null;
  const st = policyStatement(result.receipt.policy, result.gemeenteRecord.name, lang);
  return (
    <>
      <p>{st.lead}</p>
      <details>
        <summary>{lt[lang].policyMore}</summary>
        <ul>
          {st.items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
        {st.url ? (
          <p>
            <a href={st.url}>{lt[lang].policyLink}</a>
          </p>
        ) : null}
      </details>
    </>
  );
}

export function ReceiptView({ receipt, lang, computedOn }: { receipt: Receipt; lang: Lang; computedOn: string }) {
  const t = ui[lang];
  return (
    <details>
      <summary>{t.receipt}</summary>
      <p>{computedOn}</p>
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

export function ShareForm({ concept, csrfToken }: { concept: string; csrfToken: string }) {
  return (
    <details class="no-print" id="delen">
      <summary id="delen-kop">Delen met een consulent of hulpverlener</summary>
      <p>
        Je krijgt een code. Geef die code aan wie je helpt. Die ziet dan je antwoorden en deze uitslag. Niet je naam. Je
        kunt de code altijd zelf eerder stoppen.
      </p>
      <form method="post" action={`${PATH}/delen`}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="concept" value={concept} />
        <SelectField
          name="dagen"
          label="Hoe lang mag de code werken?"
          options={[1, 7, 14, 30].map((d) => ({ code: String(d), name: d === 1 ? '1 dag' : `${d} dagen` }))}
          value={String(SHARE_DAYS_DEFAULT)}
          errors={[]}
        />
        <p>
          <button type="submit">Maak een code om te delen</button>
        </p>
      </form>
    </details>
  );
}
