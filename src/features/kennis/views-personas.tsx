// Persona pages: the overview and one print-friendly page per persona, with
// a link to the Rechtencheck filled in with the persona's facts.
import { helpKindByCode, limitationByCode } from '../../content/taxonomy.ts';
import { personaContents, personaDisclaimer, type Paragraph, type PersonaContent } from '../../content/kennis/personas.ts';
import { personaRechtencheckUrl, personaSearchUrl } from './links.ts';
import { ui, withLang, type Lang } from './texts.ts';
import { KENNIS_PATH, KennisLayout, LangSwitch, Paragraphs, type KennisContext } from './views-shared.tsx';

export const PERSONAS_PATH = `${KENNIS_PATH}/personas`;

export function personaUrl(persona: PersonaContent, lang: Lang): string {
  return withLang(`${PERSONAS_PATH}/${persona.slug}`, lang);
}

export function PersonasPage({ ctx }: { ctx: KennisContext }) {
  const lang = ctx.lang;
  const t = ui[lang];
  return (
    <KennisLayout ctx={ctx} title={t.personasTitle}>
      <p class="no-print">
        <a href={withLang(KENNIS_PATH, lang)}>{t.kennisTitle}</a>
      </p>
      <h1>{t.personasTitle}</h1>
      <LangSwitch path={PERSONAS_PATH} lang={lang} />
      <p class="lead">{t.personasLead}</p>
      <ul class="results">
        {personaContents.map((p) => (
          <li class="result" data-id={p.id}>
            <h2>
              <a href={personaUrl(p, lang)}>
                {p.name}, {t.age(p.age)}
              </a>
            </h2>
            <p>{p.summary[lang]}</p>
          </li>
        ))}
      </ul>
      <p class="hint">{personaDisclaimer[lang]}</p>
    </KennisLayout>
  );
}

export function PersonaPage({ ctx, persona }: { ctx: KennisContext; persona: PersonaContent }) {
  const lang = ctx.lang;
  const t = ui[lang];
  const gaps = persona.gaps ?? [];
  const limitationNames = persona.limitationCodes.map((c) => {
    const term = limitationByCode.get(c);
    return term ? (lang === 'en' ? term.nameEn : term.name) : c;
  });
  const helpNames = persona.helpKinds.map((c) => {
    const term = helpKindByCode.get(c);
    return term ? (lang === 'en' ? term.nameEn : term.name) : c;
  });
  return (
    <KennisLayout ctx={ctx} title={`${persona.name} | ${t.personasTitle}`}>
      <p class="no-print">
        <a href={withLang(PERSONAS_PATH, lang)}>{t.backToPersonas}</a>
      </p>
      <article class="persona" data-id={persona.id} aria-labelledby="persona-kop">
        <p class="hint">{t.personaLabel}</p>
        <h1 id="persona-kop">
          {persona.name}, {t.age(persona.age)}
        </h1>
        <LangSwitch path={`${PERSONAS_PATH}/${persona.slug}`} lang={lang} />
        <p class="no-print">
          <button type="button" data-print hidden>
            {t.print}
          </button>
        </p>
        <section aria-labelledby="kort-kop">
          <h2 id="kort-kop">{t.inShort}</h2>
          <p class="lead">{persona.headline[lang]}</p>
        </section>
        <section aria-labelledby="wie-kop">
          <h2 id="wie-kop">{t.whoIAm}</h2>
          <Paragraphs items={persona.situation} lang={lang} />
          <dl class="facts">
            <dt>{t.limitation}</dt>
            <dd>{persona.limitation[lang]}</dd>
          </dl>
        </section>
        <section aria-labelledby="uitkering-kop">
          <h2 id="uitkering-kop">{t.noBenefit}</h2>
          <Paragraphs items={persona.noBenefitReason} lang={lang} />
        </section>
        <section aria-labelledby="obstakels-kop">
          <h2 id="obstakels-kop">{t.obstacles(persona.name)}</h2>
          <ul>
            {persona.obstacles.map((o) => (
              <li>{o[lang]}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="nu-kop">
          <h2 id="nu-kop">{t.currentSituation(persona.name)}</h2>
          {persona.currentSituation.length ? (
            <Paragraphs items={persona.currentSituation} lang={lang} />
          ) : gaps.includes('currentSituation') ? (
            <p>
              <em>{t.gapCurrent}</em>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="nodig-kop">
          <h2 id="nodig-kop">{t.needs(persona.name)}</h2>
          {persona.needs.length ? (
            <ul>
              {persona.needs.map((n) => (
                <li>{n[lang]}</li>
              ))}
            </ul>
          ) : gaps.includes('needs') ? (
            <p>
              <em>{t.gapNeeds}</em>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="gesprek-kop">
          <h2 id="gesprek-kop">{t.conversation(persona.name)}</h2>
          <p>{t.conversationIntro}</p>
          <ol>
            {persona.conversationQuestions.map((q) => (
              <li data-id={q.id}>{q.text[lang]}</li>
            ))}
          </ol>
        </section>
        <section class="notice" aria-labelledby="rechtencheck-kop">
          <h2 id="rechtencheck-kop">{t.rechtencheckPersona(persona.name)}</h2>
          <p>{t.rechtencheckPersonaText(persona.name)}</p>
          <p>
            <a class="button" href={personaRechtencheckUrl(persona, lang)}>
              {t.rechtencheckPersonaLink(persona.name)}
            </a>
          </p>
        </section>
        <section class="notice no-print" aria-labelledby="wegwijzer-kop">
          <h2 id="wegwijzer-kop">{t.wegwijzerPersona(persona.name)}</h2>
          <p>
            {limitationNames.join(', ')}: {helpNames.join(', ')}.
          </p>
          <p>
            <a href={personaSearchUrl(persona)}>{t.wegwijzerPersona(persona.name)}</a>
          </p>
        </section>
        <p class="hint">
          <strong>{t.disclaimer}:</strong> {personaDisclaimer[lang]}
        </p>
      </article>
    </KennisLayout>
  );
}
