// The page of one organisation with its offers, and the fixed text pages.
import type { LocationRecord, OrganizationRecord, ServiceRecord } from '../../../db/catalogue.ts';
import { Layout } from '../../../web/layout.tsx';
import { ui } from '../ui.ts';
import { LangSwitch, langOfCtx, ResultItem, type ViewContext } from './common.tsx';
import { ContactItems, LocationView } from './service-page.tsx';

export function OrganizationPage(props: { ctx: ViewContext; org: OrganizationRecord; services: ServiceRecord[]; locations: LocationRecord[]; scExportUrl?: string | null }) {
  const { ctx, org, services, locations } = props;
  const lang = langOfCtx(ctx);
  const t = ui[lang];
  const nl = lang === 'en' ? 'nl' : undefined;
  return (
    <Layout title={org.name} path="/organisaties" user={ctx.user} csrfToken={ctx.csrfToken} lang={lang} gemeente={org.type === 'gemeente' ? org.gemeenteCode : null}>
      <h1>{org.name}</h1>
      <LangSwitch ctx={ctx} />
      {org.demo ? (
        <div class="notice demo">
          <p>{t.demoOrgNotice}</p>
        </div>
      ) : null}
      <p class="lead" lang={nl}>
        {org.description}
      </p>
      <h2>{t.contact}</h2>
      <ul>
        <ContactItems website={org.website} email={org.email} phones={org.phones} lang={lang} />
      </ul>
      {locations.length ? (
        <>
          <h2>{t.addresses}</h2>
          <ul>
            {locations.map((l) => (
              <LocationView location={l} lang={lang} />
            ))}
          </ul>
        </>
      ) : null}
      <h2>
        {t.offers} ({services.length})
      </h2>
      {services.length ? (
        <ul class="results">
          {services.map((s) => (
            <ResultItem service={s} ctx={ctx} headingLevel={3} />
          ))}
        </ul>
      ) : (
        <p>{t.noOffers}</p>
      )}
      {props.scExportUrl ? (
        <p>
          <a href={props.scExportUrl}>{t.scExport}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export function TextPage({ ctx, title, path, paragraphs }: { ctx: ViewContext; title: string; path: string; paragraphs: string[] }) {
  const lang = langOfCtx(ctx);
  return (
    <Layout title={title} path={path} user={ctx.user} csrfToken={ctx.csrfToken} lang={lang}>
      <h1>{title}</h1>
      <LangSwitch ctx={ctx} />
      {paragraphs.map((p) => (
        <p>{p}</p>
      ))}
    </Layout>
  );
}
