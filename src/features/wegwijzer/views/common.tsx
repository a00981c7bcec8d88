// Pieces shared by the public Wegwijzer pages: context, dates, tags, result items.
import type { ServiceRecord } from '../../../db/catalogue.ts';
import { isPossiblyOutdated } from '../../../domain/freshness.ts';
import type { LayoutUser } from '../../../web/layout.tsx';
import { otherLangUrl, ui, withLang, type Lang } from '../ui.ts';

export interface ViewContext {
  user: LayoutUser | null;
  csrfToken?: string;
  today: Date;
  outdatedAfterMonths: number;
  /** Page language; Dutch when absent. */
  lang?: Lang;
  /** The request URL, for the language switch that keeps the page. */
  url?: string;
}

const dateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

export function formatDate(iso: string, lang: Lang = 'nl'): string {
  return dateFormats[lang].format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export const openCss = { ja: 'tag ok', nee: 'tag no', onbekend: 'tag warn' } as const;

export function langOfCtx(ctx: ViewContext): Lang {
  return ctx.lang ?? 'nl';
}

/** Link to the same page in the other language. */
export function LangSwitch({ ctx }: { ctx: ViewContext }) {
  const lang = langOfCtx(ctx);
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <p class="no-print lang-switch">
      <a href={otherLangUrl(ctx.url ?? '/', lang)} lang={other} hreflang={other}>
        {ui[lang].switchLabel}
      </a>
    </p>
  );
}

export function ServiceTags({ service, ctx }: { service: ServiceRecord; ctx: ViewContext }) {
  const t = ui[langOfCtx(ctx)];
  return (
    <ul class="meta" aria-label={t.features}>
      <li class={openCss[service.openWithoutBenefit]}>{t.open[service.openWithoutBenefit]}</li>
      <li class="tag">{t.scope[service.areaScope]}</li>
      {service.demo ? <li class="tag warn">{t.demoTag}</li> : null}
      {isPossiblyOutdated(service.assuredDate, ctx.today, ctx.outdatedAfterMonths) ? <li class="tag warn">{t.outdatedTag}</li> : null}
    </ul>
  );
}

/** One offer in a list. Offer texts are Dutch (or English when the offer has it); `lang` says which. */
export function ResultItem({ service, ctx, headingLevel = 2 }: { service: ServiceRecord; ctx: ViewContext; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lang = langOfCtx(ctx);
  const english = lang === 'en' && service.summaryEn;
  return (
    <li class="result">
      <Heading lang={!english && lang === 'en' ? 'nl' : undefined}>
        <a href={withLang(`/aanbod/${service.key}`, lang)}>{english ? (service.nameEn ?? service.name) : service.name}</a>
      </Heading>
      <p lang={english ? undefined : lang === 'en' ? 'nl' : undefined}>
        {service.organizationName}. {english ? service.summaryEn : service.summary}
      </p>
      <ServiceTags service={service} ctx={ctx} />
    </li>
  );
}
