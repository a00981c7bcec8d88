// Shared pieces of the Kennis pages and the overview page /kennis.
import type { ComponentChildren } from 'preact';
import { helpKindByCode } from '../../content/taxonomy.ts';
import type { Paragraph, WerkkaartLinks } from '../../content/kennis/werkkaart.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Layout } from '../../web/layout.tsx';
import { helpKindUrl, trajectenFor, type ServiceLink } from './links.ts';
import { ui, withLang, type Lang } from './texts.ts';

export interface KennisContext {
  user: SessionUser | null;
  /** For the logout form in the header and for the reflection form. */
  csrfToken?: string;
  lang: Lang;
}

export const KENNIS_PATH = '/kennis';
export const WERKKAART_PATH = `${KENNIS_PATH}/werkkaart`;

/** A link to the same page in the other language. */
export function LangSwitch({ path, lang }: { path: string; lang: Lang }) {
  const other = ui[lang].otherLangCode;
  return (
    <p class="no-print">
      <a href={withLang(path, other)} lang={other} hreflang={other}>
        {ui[lang].otherLang}
      </a>
    </p>
  );
}

/** The page frame: the layout, with the content in the chosen language. */
export function KennisLayout(props: { ctx: KennisContext; title: string; error?: boolean; children: ComponentChildren }) {
  return (
    <Layout title={props.error ? `Fout: ${props.title}` : props.title} path={KENNIS_PATH} user={props.ctx.user} csrfToken={props.ctx.csrfToken}>
      <div lang={props.ctx.lang}>{props.children}</div>
    </Layout>
  );
}

/** Wegwijzer, Rechtencheck and Trajecten links of a part of the werkkaart. */
export function LinksBlock(props: {
  links: WerkkaartLinks | undefined;
  services: Map<string, ServiceLink>;
  ctx: KennisContext;
  headingLevel: 2 | 3;
  id: string;
}) {
  const { links, ctx } = props;
  if (!links) return null;
  const t = ui[ctx.lang];
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const helpKinds = (links.helpKinds ?? []).flatMap((code) => {
    const kind = helpKindByCode.get(code);
    return kind ? [kind] : [];
  });
  const services = (links.services ?? []).flatMap((key) => {
    const s = props.services.get(key);
    return s ? [s] : [];
  });
  const trajecten = trajectenFor(links, ctx.user?.role ?? null);
  if (!helpKinds.length && !services.length && !links.rechtencheck && !trajecten) return null;
  return (
    <section class="notice" aria-labelledby={`${props.id}-links`}>
      <H id={`${props.id}-links`}>{t.linksTitle}</H>
      {helpKinds.length ? (
        <>
          <p>
            <strong>{t.helpKindsTitle}:</strong>
          </p>
          <ul>
            {helpKinds.map((k) => (
              <li>
                <a href={helpKindUrl(k.code)}>{ctx.lang === 'en' ? k.nameEn : k.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {services.length ? (
        <>
          <p>
            <strong>{t.servicesTitle}:</strong>
          </p>
          <ul>
            {services.map((s) => (
              <li>
                <a href={`/aanbod/${s.key}`} lang="nl">
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {links.rechtencheck ? (
        <p>
          <strong>{t.rechtencheckTitle}:</strong> {links.rechtencheck[ctx.lang]} <a href="/rechtencheck">{t.rechtencheckLink}</a>
        </p>
      ) : null}
      {trajecten ? (
        <p>
          <strong>{t.trajectenTitle}:</strong> <a href={trajecten.href}>{trajecten.label[ctx.lang]}</a>
        </p>
      ) : null}
    </section>
  );
}

export function KennisPage({ ctx }: { ctx: KennisContext }) {
  const t = ui[ctx.lang];
  return (
    <KennisLayout ctx={ctx} title={t.kennisTitle}>
      <h1>{t.kennisTitle}</h1>
      <LangSwitch path={KENNIS_PATH} lang={ctx.lang} />
      <p class="lead">{t.kennisLead}</p>
      <div class="two-col">
        <section class="notice" aria-labelledby="werkkaart-kop">
          <h2 id="werkkaart-kop">{t.werkkaartTitle}</h2>
          <p>{t.werkkaartLead}</p>
          <p>
            <a href={withLang(`${KENNIS_PATH}/werkkaart`, ctx.lang)}>{t.toWerkkaart}</a>
          </p>
        </section>
        <section class="notice" aria-labelledby="personas-kop">
          <h2 id="personas-kop">{t.personasTitle}</h2>
          <p>{t.personasLead}</p>
          <p>
            <a href={withLang(`${KENNIS_PATH}/personas`, ctx.lang)}>{t.toPersonas}</a>
          </p>
        </section>
        <section class="notice" aria-labelledby="kompas-kop">
          <h2 id="kompas-kop">{t.kompasTitle}</h2>
          <p>{t.kompasLead}</p>
          <p>
            <a href={`${KENNIS_PATH}/veranderkompas`}>{t.toKompas}</a>
          </p>
        </section>
      </div>
    </KennisLayout>
  );
}

/** Paragraphs of typed content, each with an optional list, in one language. */
export function Paragraphs({ items, lang }: { items: Paragraph[]; lang: Lang }) {
  return (
    <>
      {items.map((p) => (
        <>
          <p>{p[lang]}</p>
          {p.list?.length ? (
            <ul>
              {p.list.map((item) => (
                <li>{item[lang]}</li>
              ))}
            </ul>
          ) : null}
        </>
      ))}
    </>
  );
}

