// The page of one offer. Offer texts are written in Dutch; on the English
// page the fixed texts are English and the offer's own texts say lang="nl"
// (its English name and summary show when the offer has them).
import { uplByUri } from '../../../content/catalogue/upl.ts';
import { helpKindByCode, limitationByCode } from '../../../content/taxonomy.ts';
import type { LocationRecord, ServiceRecord } from '../../../db/catalogue.ts';
import { gemeenteOfService } from '../../../db/catalogue/records.ts';
import { isPossiblyOutdated } from '../../../domain/freshness.ts';
import { Layout } from '../../../web/layout.tsx';
import { ui, withLang, type Lang } from '../ui.ts';
import { formatDate, LangSwitch, langOfCtx, openCss, type ViewContext } from './common.tsx';

export function Phones({ phones, lang }: { phones: Array<{ number: string; description?: string }>; lang: Lang }) {
  return (
    <>
      {phones.map((ph) => (
        <li>
          {ui[lang].phone}: <a href={`tel:${ph.number.replace(/[^\d+]/g, '')}`}>{ph.number}</a>
          {ph.description ? <span lang={lang === 'en' ? 'nl' : undefined}> ({ph.description})</span> : null}
        </li>
      ))}
    </>
  );
}

/** Website, e-mail and phone numbers as list items: the same on offer and organisation pages. */
export function ContactItems({ website, email, phones, lang }: { website?: string | null; email?: string | null; phones: Array<{ number: string; description?: string }>; lang: Lang }) {
  const t = ui[lang];
  return (
    <>
      {website ? (
        <li>
          {t.website}: <a href={website}>{website}</a>
        </li>
      ) : null}
      {email ? (
        <li>
          {t.email}: <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      <Phones phones={phones} lang={lang} />
    </>
  );
}

export function LocationView({ location, lang }: { location: LocationRecord; lang: Lang }) {
  const t = ui[lang];
  return (
    <li>
      <strong>{location.name}</strong>
      {location.address1 ? (
        <address>
          {location.address1}
          <br />
          {location.postalCode} {location.city}
        </address>
      ) : null}
      {location.url ? (
        <p>
          {t.online}: <a href={location.url}>{location.url}</a>
        </p>
      ) : null}
      {location.accessibility ? (
        <p>
          {t.accessibility}: <span lang={lang === 'en' ? 'nl' : undefined}>{location.accessibility}</span>
        </p>
      ) : null}
    </li>
  );
}

export function ServicePage({ ctx, service, locations }: { ctx: ViewContext; service: ServiceRecord; locations: LocationRecord[] }) {
  const lang = langOfCtx(ctx);
  const t = ui[lang];
  const nl = lang === 'en' ? 'nl' : undefined; // marks Dutch offer text on English pages
  const english = lang === 'en' && Boolean(service.summaryEn);
  const outdated = isPossiblyOutdated(service.assuredDate, ctx.today, ctx.outdatedAfterMonths);
  const name = english ? (service.nameEn ?? service.name) : service.name;
  return (
    <Layout title={name} path="/aanbod" user={ctx.user} csrfToken={ctx.csrfToken} lang={lang} gemeente={gemeenteOfService(service)}>
      <p class="no-print">
        <a href={withLang('/zoeken', lang)}>{t.backToSearch}</a>
      </p>
      <h1 lang={english ? undefined : nl}>{name}</h1>
      <LangSwitch ctx={ctx} />
      <p class="lead" lang={english ? undefined : nl}>
        {english ? service.summaryEn : service.summary}
      </p>
      {lang === 'en' ? <p>{t.dutchOnly}</p> : null}
      <p>
        {t.offeredBy} <a href={withLang(`/organisaties/${service.organizationKey}`, lang)}>{service.organizationName}</a>.
      </p>
      {service.demo ? (
        <div class="notice demo">
          <p>{t.demoNotice}</p>
        </div>
      ) : null}
      {outdated ? (
        <div class="notice warn">
          <p>{t.outdatedNotice(formatDate(service.assuredDate, lang))}</p>
        </div>
      ) : null}
      <h2>{t.withoutBenefitQ}</h2>
      <p>
        <span class={openCss[service.openWithoutBenefit]}>{t.open[service.openWithoutBenefit]}</span>{' '}
        <span lang={nl}>{service.openWithoutBenefitExplanation}</span>
      </p>
      <h2>{t.forWhom}</h2>
      <p lang={nl}>{service.eligibility}</p>
      <h2>{t.whatIsIt}</h2>
      <div lang={nl}>
        {service.description.split(/\n\s*\n/).map((para) => (
          <p>{para}</p>
        ))}
      </div>
      <h2>{t.howToApply}</h2>
      <p lang={nl}>{service.howToApply}</p>
      <h2>{t.whoDecides}</h2>
      <p lang={nl}>{service.whoDecides}</p>
      <h2>{t.contact}</h2>
      <ul>
        <ContactItems website={service.url} email={service.email} phones={service.phones} lang={lang} />
        <li>
          {t.organisation}: <a href={withLang(`/organisaties/${service.organizationKey}`, lang)}>{service.organizationName}</a>
        </li>
      </ul>
      {locations.length ? (
        <>
          <h2>{t.where}</h2>
          <ul>
            {locations.map((l) => (
              <LocationView location={l} lang={lang} />
            ))}
          </ul>
        </>
      ) : null}
      {service.schedules.length ? (
        <>
          <h2>{t.when}</h2>
          <ul lang={nl}>
            {service.schedules.map((s) => (
              <li>{s.description}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.moreInfo}</h2>
      <dl class="facts">
        <dt>{t.cost}</dt>
        <dd lang={service.costDescription ? nl : undefined}>{service.costDescription ?? t.costUnknown}</dd>
        {service.waitTime ? (
          <>
            <dt>{t.waitTime}</dt>
            <dd lang={nl}>{service.waitTime}</dd>
          </>
        ) : null}
        <dt>{t.appliesWhere}</dt>
        <dd>{t.scope[service.areaScope]}</dd>
        <dt>{t.helpKinds}</dt>
        <dd>{service.helpKinds.map((h) => (lang === 'en' ? helpKindByCode.get(h)?.nameEn : helpKindByCode.get(h)?.name) ?? h).join(', ')}</dd>
        <dt>{t.forPeopleWith}</dt>
        <dd>
          {service.limitations.length
            ? service.limitations.map((l) => (lang === 'en' ? limitationByCode.get(l)?.nameEn : limitationByCode.get(l)?.name) ?? l).join(', ')
            : t.everyLimitation}
        </dd>
        <dt>{t.lastChecked}</dt>
        <dd>{formatDate(service.assuredDate, lang)}</dd>
        {service.uplUri ? (
          <>
            <dt>{t.upl}</dt>
            <dd>
              <a href={service.uplUri} lang="nl">{uplByUri.get(service.uplUri)?.name ?? service.uplUri}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {service.legalBasis.length ? (
        <>
          <h2>{t.legalBasis}</h2>
          <ul>
            {service.legalBasis.map((l) => (
              <li>
                <a href={l.url} lang="nl">
                  {l.law}, {l.article}
                </a>{' '}
                ({t.validFrom} {formatDate(l.validFrom, lang)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="no-print">
        <button type="button" data-print hidden>
          {t.print}
        </button>
      </p>
    </Layout>
  );
}
