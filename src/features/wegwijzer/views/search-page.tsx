// The search page: form, "bedoelde je …?", results, pages, help when nothing is found.
import { helpKindByCode, limitationByCode } from '../../../content/taxonomy.ts';
import type { ServiceRecord } from '../../../db/catalogue.ts';
import type { GemeenteRecord, PlaceMatch } from '../../../db/reference.ts';
import type { FieldError } from '../../../web/errors.ts';
import { Layout } from '../../../web/layout.tsx';
import { lastPage, searchUrl, type SearchForm } from '../service.ts';
import { ui, withLang, type Lang } from '../ui.ts';
import { LangSwitch, langOfCtx, ResultItem, type ViewContext } from './common.tsx';
import { SearchFormView } from './search-form.tsx';
import { scExportPath } from '../sc-export.ts';

export interface SearchPageProps {
  ctx: ViewContext;
  form: SearchForm;
  errors: FieldError[];
  gemeente: GemeenteRecord | null;
  via: string | null;
  choose: PlaceMatch[] | null;
  total: number;
  more?: boolean;
  items: ServiceRecord[];
  searched: boolean;
  suggestion?: string | null;
  relaxed?: boolean;
}

const link = (form: Partial<SearchForm>, lang: Lang) => withLang(searchUrl(form), lang);

function Pager({ form, total, lang }: { form: SearchForm; total: number; lang: Lang }) {
  const t = ui[lang];
  const pages = lastPage(total);
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.pagination}>
      <ul class="pager">
        {form.pagina > 1 ? (
          <li>
            <a href={link({ ...form, pagina: form.pagina - 1 }, lang)}>{t.prev}</a>
          </li>
        ) : null}
        <li>{t.pageOf(form.pagina, pages)}</li>
        {form.pagina < pages ? (
          <li>
            <a href={link({ ...form, pagina: form.pagina + 1 }, lang)}>{t.next}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function describeSearch(form: SearchForm, gemeente: GemeenteRecord | null, lang: Lang): string {
  const t = ui[lang];
  const parts: string[] = [];
  if (form.q) parts.push(`"${form.q}"`);
  for (const h of form.hulp) parts.push((lang === 'en' ? helpKindByCode.get(h)?.nameEn : helpKindByCode.get(h)?.name)?.toLowerCase() ?? h);
  for (const b of form.beperking) parts.push((lang === 'en' ? limitationByCode.get(b)?.nameEn : limitationByCode.get(b)?.name)?.toLowerCase() ?? b);
  if (gemeente) parts.push(`${t.inPlace} ${gemeente.name}`);
  if (form.zonderUitkering) parts.push(t.alsoWithout);
  return parts.join(', ');
}

function PlaceChoice({ form, options, lang }: { form: SearchForm; options: PlaceMatch[]; lang: Lang }) {
  const t = ui[lang];
  return (
    <section class="notice" aria-labelledby="kies-kop">
      <h2 id="kies-kop">{t.chooseTitle}</h2>
      <p>{t.chooseLead}</p>
      <ul>
        {options.map((o) => (
          <li>
            <a href={link({ ...form, waar: '', gemeente: o.code, pagina: 1 }, lang)}>
              {o.via ? `${o.via}, ${t.municipality} ${o.name}` : o.name} ({o.provincie})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NothingFound({ form, gemeente, lang = 'nl' }: { form: SearchForm; gemeente: GemeenteRecord | null; lang?: Lang }) {
  const t = ui[lang];
  return (
    <section aria-labelledby="niets-kop">
      <h2 id="niets-kop">{t.nothingTitle}</h2>
      <p>{t.nothingLead}</p>
      <ul>
        {form.q ? <li>{t.fewerWords}</li> : null}
        {form.hulp.length || form.beperking.length || form.zonderUitkering ? (
          <li>
            <a href={link({ q: form.q, gemeente: form.gemeente, waar: form.waar }, lang)}>{t.noFilters}</a>.
          </li>
        ) : null}
        <li>
          {t.callGemeente}
          {gemeente ? t.youLiveIn(gemeente.name) : ''}
        </li>
        <li>
          {t.doCheck[0]}
          <a href={withLang('/rechtencheck', lang)}>{t.doCheck[1]}</a>
          {t.doCheck[2]}
        </li>
        <li>
          {t.askContact} <a href={`/aanmelden${gemeente ? `?gemeente=${gemeente.code}` : ''}`}>{t.askContactLink}</a>.
        </li>
        <li>
          {t.legalHelp} <a href="https://www.juridischloket.nl">juridischloket.nl</a>.
        </li>
      </ul>
    </section>
  );
}

const errorAnchors = new Set(['q', 'waar', 'hulp', 'beperking', 'zonder_uitkering']);

export function SearchPage(p: SearchPageProps) {
  const lang = langOfCtx(p.ctx);
  const t = ui[lang];
  const count = t.results(p.total, Boolean(p.more));
  const title = p.searched ? `${t.searchTitle}${p.total ? `: ${count.toLowerCase()}` : ''}` : t.searchTitle;
  const hasErrors = p.errors.length > 0;
  const described = describeSearch(p.form, p.gemeente, lang);
  return (
    <Layout title={hasErrors ? `Fout: ${title}` : title} path="/zoeken" user={p.ctx.user} csrfToken={p.ctx.csrfToken} lang={lang} gemeente={p.gemeente?.code}>
      <h1>{t.searchTitle}</h1>
      <LangSwitch ctx={p.ctx} />
      {hasErrors ? (
        <div class="notice error" role="alert" aria-labelledby="fout-kop">
          <h2 id="fout-kop">{t.checkQuery}</h2>
          <ul>
            {p.errors.map((e) => (
              <li>
                <a href={`#${errorAnchors.has(e.field) ? e.field : 'q'}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchFormView form={p.form} errors={p.errors} gemeente={p.gemeente} lang={lang} />
      {p.choose ? <PlaceChoice form={p.form} options={p.choose} lang={lang} /> : null}
      {p.gemeente ? (
        <p>
          {t.areaNote(p.gemeente.arbeidsmarktregioName ?? '', p.gemeente.name, p.via)}{' '}
          <a href={scExportPath(p.gemeente.code)} class="no-print">{t.scExport}</a>
        </p>
      ) : null}
      {p.searched && !hasErrors ? (
        <>
          {p.suggestion && p.total > 0 ? (
            <div class="notice suggestion">
              <p>
                {t.didYouMean}{' '}
                <a href={link({ ...p.form, q: p.suggestion, pagina: 1 }, lang)}>
                  <strong>{p.suggestion}</strong>
                </a>
                ? {t.showingFor(p.form.q, p.suggestion)}
              </p>
            </div>
          ) : null}
          {p.relaxed ? <p class="notice">{t.relaxed}</p> : null}
          <p role="status">
            {count}
            {described ? ` ${t.resultsFor} ${described}` : ''}.
          </p>
          {p.total === 0 ? (
            <NothingFound form={p.form} gemeente={p.gemeente} lang={lang} />
          ) : (
            <>
              <ul class="results">
                {p.items.map((s) => (
                  <ResultItem service={s} ctx={p.ctx} />
                ))}
              </ul>
              <Pager form={p.form} total={p.total} lang={lang} />
            </>
          )}
        </>
      ) : null}
    </Layout>
  );
}
