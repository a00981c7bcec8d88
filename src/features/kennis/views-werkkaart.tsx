// Werkkaart pages: the table of contents with search, and one page per
// chapter with its subsections, links and reflection questions.
import type { ExtraBox, Text, WerkkaartChapter, WerkkaartSubsection } from '../../content/kennis/werkkaart.ts';
import { reflectionBoxes, werkkaart } from '../../content/kennis/werkkaart.ts';
import type { FieldError } from '../../web/errors.ts';
import { allows, permissions, type Role } from '../../web/permissions.ts';
import type { SearchHit } from './search.ts';
import { MAX_QUERY_LENGTH, ui, withLang, type Lang } from './texts.ts';
import { KENNIS_PATH, WERKKAART_PATH, KennisLayout, LangSwitch, LinksBlock, Paragraphs, type KennisContext } from './views-shared.tsx';
import { Reflection, htmlId, type ChapterPageProps } from './views-werkkaart-reflection.tsx';

export type { ChapterPageProps } from './views-werkkaart-reflection.tsx';

export { WERKKAART_PATH };

export function chapterUrl(chapter: WerkkaartChapter, lang: Lang, anchor?: string | null): string {
  return withLang(`${WERKKAART_PATH}/${chapter.slug}${anchor ? `#${anchor}` : ''}`, lang);
}

function Tips({ tips, lang, headingLevel }: { tips: Text[] | undefined; lang: Lang; headingLevel: 2 | 3 }) {
  if (!tips?.length) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <H>{ui[lang].tips}</H>
      <ul>
        {tips.map((tip) => (
          <li>{tip[lang]}</li>
        ))}
      </ul>
    </>
  );
}

function Extra({ box, lang, headingLevel }: { box: ExtraBox; lang: Lang; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = htmlId(box.id);
  return (
    <section class="notice" aria-labelledby={id} data-id={box.id}>
      <H id={id}>{box.kind === 'meer-weten' ? ui[lang].meerWeten : ui[lang].meerDoen}</H>
      {box.paragraphs.map((p) => (
        <p>{p[lang]}</p>
      ))}
    </section>
  );
}

// ---------------------------------------------------------------- index

export interface WerkkaartIndexProps {
  ctx: KennisContext;
  q: string;
  errors: FieldError[];
  hits: SearchHit[] | null;
}

function SearchForm({ q, lang, error }: { q: string; lang: Lang; error: string | undefined }) {
  const t = ui[lang];
  return (
    <form method="get" action={WERKKAART_PATH} class="search-form" role="search" aria-label={t.searchLabel}>
      {lang === 'en' ? <input type="hidden" name="taal" value="en" /> : null}
      <div class="row">
        <div class="field">
          <label for="q">{t.searchLabel}</label>
          <p class="hint" id="q-hint">
            {t.searchHint}
          </p>
          <input
            id="q"
            name="q"
            type="search"
            value={q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby={error ? 'q-hint q-fout' : 'q-hint'}
            aria-invalid={error ? 'true' : undefined}
          />
          {error ? (
            <p class="hint" id="q-fout">
              <strong>{lang === 'en' ? 'Note:' : 'Let op:'}</strong> {error}
            </p>
          ) : null}
        </div>
      </div>
      <div class="row">
        <button type="submit">{t.searchButton}</button>
      </div>
    </form>
  );
}

function Hits({ hits, q, lang }: { hits: SearchHit[]; q: string; lang: Lang }) {
  const t = ui[lang];
  return (
    <section aria-labelledby="resultaten-kop">
      <h2 id="resultaten-kop" class="visually-hidden">
        {t.searchButton}
      </h2>
      <p role="status">{t.results(hits.length, q)}</p>
      {hits.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <ul class="results">
          {hits.map((hit) => (
            <li class="result" data-id={hit.id}>
              <h3>
                <a href={chapterUrl(hit.chapter, lang, hit.anchor)}>{hit.title[lang]}</a>
              </h3>
              {hit.subsection ? (
                <p class="hint">
                  {t.chapter} {hit.chapter.id.replace('WK-', '')}: {hit.chapter.title[lang]}
                </p>
              ) : null}
              <p>{hit.snippet.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function WerkkaartIndexPage({ ctx, q, errors, hits }: WerkkaartIndexProps) {
  const t = ui[ctx.lang];
  const lang = ctx.lang;
  const queryError = errors.find((e) => e.field === 'q')?.message;
  return (
    <KennisLayout ctx={ctx} title={t.werkkaartTitle} error={errors.length > 0}>
      <p class="no-print">
        <a href={withLang(KENNIS_PATH, lang)}>{t.kennisTitle}</a>
      </p>
      <h1>{t.werkkaartTitle}</h1>
      <LangSwitch path={q ? `${WERKKAART_PATH}?q=${encodeURIComponent(q)}` : WERKKAART_PATH} lang={lang} />
      <p class="lead">{t.werkkaartLead}</p>
      {errors.length ? (
        <div class="notice error" role="alert" aria-labelledby="fout-kop">
          <h2 id="fout-kop">{t.checkSearch}</h2>
          <ul>
            {errors.map((e) => (
              <li>
                <a href="#q">{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchForm q={q} lang={lang} error={queryError} />
      {hits ? <Hits hits={hits} q={q} lang={lang} /> : null}
      <h2 id="inhoud-kop">{t.contents}</h2>
      <ol class="toc">
        {werkkaart.map((c) => (
          <li data-id={c.id}>
            <a href={chapterUrl(c, lang)}>
              <strong>{c.title[lang]}</strong>
            </a>
            <p>{c.summary[lang]}</p>
            {c.subsections.length ? (
              <ul>
                {c.subsections.map((s) => (
                  <li data-id={s.id}>
                    <a href={chapterUrl(c, lang, s.anchor)}>{s.title[lang]}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <p class="hint">{t.source}</p>
    </KennisLayout>
  );
}

// ---------------------------------------------------------------- chapter


function Subsection({ s, p }: { s: WerkkaartSubsection; p: ChapterPageProps }) {
  const lang = p.ctx.lang;
  const id = s.anchor;
  return (
    <section aria-labelledby={`${id}-kop`} id={id} data-id={s.id}>
      <h2 id={`${id}-kop`}>{s.title[lang]}</h2>
      <Paragraphs items={s.body} lang={lang} />
      <Tips tips={s.tips} lang={lang} headingLevel={3} />
      {s.reflection ? (
        <p>
          <a href={`#${htmlId(s.reflection.id)}`}>
            {ui[lang].reflectionTitle}: {s.title[lang]}
          </a>
        </p>
      ) : null}
      {(s.extra ?? []).map((box) => (
        <Extra box={box} lang={lang} headingLevel={3} />
      ))}
      <LinksBlock links={s.links} services={p.services} ctx={p.ctx} headingLevel={3} id={id} />
    </section>
  );
}

function Neighbours({ chapter, lang }: { chapter: WerkkaartChapter; lang: Lang }) {
  const i = werkkaart.indexOf(chapter);
  const prev = werkkaart[i - 1];
  const next = werkkaart[i + 1];
  return (
    <nav aria-label={lang === 'en' ? 'Chapters' : 'Hoofdstukken'} class="no-print">
      <ul class="pager">
        {prev ? (
          <li>
            <a href={chapterUrl(prev, lang)}>← {prev.title[lang]}</a>
          </li>
        ) : null}
        <li>
          <a href={withLang(WERKKAART_PATH, lang)}>{ui[lang].contents}</a>
        </li>
        {next ? (
          <li>
            <a href={chapterUrl(next, lang)}>{next.title[lang]} →</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function ChapterPage(p: ChapterPageProps) {
  const { chapter, ctx } = p;
  const lang = ctx.lang;
  const t = ui[lang];
  const chapterExtras = chapter.extra ?? [];
  return (
    <KennisLayout ctx={ctx} title={`${chapter.title[lang]} | ${t.werkkaartTitle}`} error={p.errors.length > 0}>
      <p class="no-print">
        <a href={withLang(WERKKAART_PATH, lang)}>{t.backToWerkkaart}</a>
      </p>
      <p class="hint">
        {t.werkkaartTitle}, {t.chapter.toLowerCase()} {chapter.id.replace('WK-', '')}
      </p>
      <h1 data-id={chapter.id}>{chapter.title[lang]}</h1>
      <LangSwitch path={`${WERKKAART_PATH}/${chapter.slug}`} lang={lang} />
      <p class="lead">{chapter.summary[lang]}</p>
      {chapter.subsections.length || reflectionBoxes(chapter).length ? (
        <nav aria-labelledby="op-deze-pagina" class="no-print">
          <h2 id="op-deze-pagina">{t.onThisPage}</h2>
          <ul>
            {chapter.subsections.map((s) => (
              <li>
                <a href={`#${s.anchor}`}>{s.title[lang]}</a>
              </li>
            ))}
            {reflectionBoxes(chapter).length ? (
              <li>
                <a href="#reflectie">{t.reflectionTitle}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <Paragraphs items={chapter.body} lang={lang} />
      <Tips tips={chapter.tips} lang={lang} headingLevel={2} />
      {chapter.subsections.map((s) => (
        <Subsection s={s} p={p} />
      ))}
      {chapterExtras.map((box) => (
        <Extra box={box} lang={lang} headingLevel={2} />
      ))}
      <LinksBlock links={chapter.links} services={p.services} ctx={ctx} headingLevel={2} id={htmlId(chapter.id)} />
      <Reflection p={p} />
      {ctx.user && allows(permissions['GET /knelpunten/nieuw']!, ctx.user.role as Role) ? (
        <section class="notice" aria-labelledby="knelpunt-kop">
          <h2 id="knelpunt-kop">{lang === 'en' ? 'A bottleneck in practice?' : 'Loop je in de praktijk tegen een knelpunt aan?'}</h2>
          <p>
            {lang === 'en'
              ? 'Flag it, without personal data. It goes to your gemeente’s veranderkompas as input for the next meeting.'
              : 'Meld het, zonder persoonsgegevens. Het gaat naar het veranderkompas van je gemeente, voor het volgende overleg.'}{' '}
            <a href={`/knelpunten/nieuw?bron=werkkaart&sectie=${encodeURIComponent(chapter.id)}`}>{lang === 'en' ? 'Flag a bottleneck' : 'Knelpunt melden'}</a>
          </p>
        </section>
      ) : null}
      <Neighbours chapter={chapter} lang={lang} />
      <p class="hint">{t.source}</p>
    </KennisLayout>
  );
}

