import { helpKindByCode, helpKinds, limitationByCode, limitationTypes } from '../../content/taxonomy.ts';
import type { LocationRecord, OrganizationRecord, ServiceRecord } from '../../db/catalogue.ts';
import type { GemeenteRecord, PlaceMatch } from '../../db/reference.ts';
import { isPossiblyOutdated } from '../../domain/freshness.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout, type LayoutUser } from '../../web/layout.tsx';
import { PER_PAGE, searchUrl, type SearchForm } from './service.ts';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

const openLabels = {
  ja: { text: 'Ook zonder uitkering', css: 'tag ok' },
  nee: { text: 'Alleen met uitkering', css: 'tag no' },
  onbekend: { text: 'Zonder uitkering: vraag het na', css: 'tag warn' },
} as const;

const scopeLabels = { national: 'Heel Nederland', arbeidsmarktregio: 'In de regio', gemeente: 'In de gemeente' } as const;

export interface ViewContext {
  user: LayoutUser | null;
  csrfToken?: string;
  today: Date;
  outdatedAfterMonths: number;
}

function OutdatedTag({ service, ctx }: { service: ServiceRecord; ctx: ViewContext }) {
  return isPossiblyOutdated(service.assuredDate, ctx.today, ctx.outdatedAfterMonths) ? (
    <li class="tag warn">Mogelijk verouderd</li>
  ) : null;
}

export function ServiceTags({ service, ctx }: { service: ServiceRecord; ctx: ViewContext }) {
  const open = openLabels[service.openWithoutBenefit];
  return (
    <ul class="meta" aria-label="Kenmerken">
      <li class={open.css}>{open.text}</li>
      <li class="tag">{scopeLabels[service.areaScope]}</li>
      {service.demo ? <li class="tag warn">Voorbeeld (demo)</li> : null}
      <OutdatedTag service={service} ctx={ctx} />
    </ul>
  );
}

// ------------------------------------------------------------ search form

function Select(props: { id: string; name: string; label: string; all: string; options: Array<{ code: string; name: string }>; value: string; error?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.error ? <p class="hint" id={`${props.id}-fout`}><strong>Let op:</strong> {props.error}</p> : null}
      <select id={props.id} name={props.name} aria-describedby={props.error ? `${props.id}-fout` : undefined} aria-invalid={props.error ? 'true' : undefined}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option value={o.code} selected={o.code === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchFormView({ form, errors, gemeente }: { form: SearchForm; errors: FieldError[]; gemeente: GemeenteRecord | null }) {
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form method="get" action="/zoeken" class="search-form" role="search" aria-label="Hulp zoeken">
      <div class="row">
        <div class="field">
          <label for="q">Wat zoek je?</label>
          <p class="hint" id="q-hint">Bijvoorbeeld: jobcoach, werk zoeken, vervoer naar werk.</p>
          <input id="q" name="q" type="search" value={form.q} maxLength={200} aria-describedby={errorFor('q') ? 'q-hint q-fout' : 'q-hint'} aria-invalid={errorFor('q') ? 'true' : undefined} />
          {errorFor('q') ? <p class="hint" id="q-fout"><strong>Let op:</strong> {errorFor('q')}</p> : null}
        </div>
        <div class="field">
          <label for="waar">Waar woon je?</label>
          <p class="hint" id="waar-hint">Je gemeente of je woonplaats.</p>
          <input id="waar" name="waar" type="text" autocomplete="address-level2" value={gemeente ? gemeente.name : form.waar} maxLength={100} aria-describedby={errorFor('waar') ? 'waar-hint waar-fout' : 'waar-hint'} aria-invalid={errorFor('waar') ? 'true' : undefined} />
          {errorFor('waar') ? <p class="hint" id="waar-fout"><strong>Let op:</strong> {errorFor('waar')}</p> : null}
        </div>
      </div>
      <div class="row">
        <Select id="hulp" name="hulp" label="Soort hulp" all="Alle soorten hulp" options={helpKinds} value={form.hulp[0] ?? ''} error={errorFor('hulp')} />
        <Select id="beperking" name="beperking" label="Beperking" all="Alle beperkingen" options={limitationTypes} value={form.beperking[0] ?? ''} error={errorFor('beperking')} />
      </div>
      <div class="row">
        <div>
          <input id="zonder_uitkering" name="zonder_uitkering" type="checkbox" value="ja" checked={form.zonderUitkering} />
          <label for="zonder_uitkering">Alleen hulp die ook open is als je geen uitkering hebt</label>
        </div>
      </div>
      <div class="row">
        <button type="submit">Zoeken</button>
      </div>
    </form>
  );
}

// ------------------------------------------------------------ pages

export function HomePage({ ctx }: { ctx: ViewContext }) {
  return (
    <Layout title="Hulp bij werk, ook zonder uitkering" path="/" user={ctx.user} csrfToken={ctx.csrfToken}>
      <h1>Hulp bij werk, ook zonder uitkering</h1>
      <p class="lead">
        Heb je een ziekte of beperking? En wil je werken? Ook als je geen uitkering hebt, kun je hulp krijgen. Je gemeente
        moet je helpen om werk te vinden. Hier zie je welke hulp er is bij jou in de buurt.
      </p>
      <SearchFormView form={{ q: '', waar: '', gemeente: '', hulp: [], beperking: [], zonderUitkering: false, pagina: 1 }} errors={[]} gemeente={null} />
      <h2>Waar wil je hulp bij?</h2>
      <ul class="two-col">
        {helpKinds.map((kind) => (
          <li>
            <a href={searchUrl({ hulp: [kind.code] })}>{kind.name}</a>
          </li>
        ))}
      </ul>
      <div class="two-col">
        <section class="notice" aria-labelledby="rechtencheck-kop">
          <h2 id="rechtencheck-kop">Waar heb ik recht op?</h2>
          <p>
            Doe de Rechtencheck. Je beantwoordt een paar vragen. Daarna zie je welke hulp je misschien kunt krijgen en waar
            je die vraagt. Je hoeft je naam niet te geven.
          </p>
          <p>
            <a class="button" href="/rechtencheck">Start de Rechtencheck</a>
          </p>
        </section>
        <section class="notice" aria-labelledby="contact-kop">
          <h2 id="contact-kop">Wil je dat je gemeente je belt?</h2>
          <p>Vraag je gemeente om contact met je op te nemen. Je krijgt binnen een paar werkdagen antwoord.</p>
          <p>
            <a href="/aanmelden">Neem contact met mij op</a>
          </p>
        </section>
        <section class="notice" aria-labelledby="prof-kop">
          <h2 id="prof-kop">Werk je met mensen die werk zoeken?</h2>
          <p>
            Zoek hier waar je iemand naartoe kunt sturen. Bij elk aanbod staat of het ook open is voor mensen zonder
            uitkering. Organisaties houden hun eigen aanbod bij.
          </p>
          <p>
            <a href="/inloggen">Inloggen voor organisaties</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

export function ResultItem({ service, ctx, headingLevel = 2 }: { service: ServiceRecord; ctx: ViewContext; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="result">
      <Heading>
        <a href={`/aanbod/${service.key}`}>{service.name}</a>
      </Heading>
      <p>
        {service.organizationName}. {service.summary}
      </p>
      <ServiceTags service={service} ctx={ctx} />
    </li>
  );
}

function Pager({ form, total }: { form: SearchForm; total: number }) {
  const pages = Math.ceil(total / PER_PAGE);
  if (pages <= 1) return null;
  return (
    <nav aria-label="Paginering">
      <ul class="pager">
        {form.pagina > 1 ? (
          <li>
            <a href={searchUrl({ ...form, pagina: form.pagina - 1 })}>Vorige pagina</a>
          </li>
        ) : null}
        <li>
          Pagina {form.pagina} van {pages}
        </li>
        {form.pagina < pages ? (
          <li>
            <a href={searchUrl({ ...form, pagina: form.pagina + 1 })}>Volgende pagina</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function describeSearch(form: SearchForm, gemeente: GemeenteRecord | null): string {
  const parts: string[] = [];
  if (form.q) parts.push(`"${form.q}"`);
  for (const h of form.hulp) parts.push(helpKindByCode.get(h)?.name.toLowerCase() ?? h);
  for (const b of form.beperking) parts.push(limitationByCode.get(b)?.name.toLowerCase() ?? b);
  if (gemeente) parts.push(`in ${gemeente.name}`);
  if (form.zonderUitkering) parts.push('ook zonder uitkering');
  return parts.join(', ');
}

export interface SearchPageProps {
  ctx: ViewContext;
  form: SearchForm;
  errors: FieldError[];
  gemeente: GemeenteRecord | null;
  via: string | null;
  choose: PlaceMatch[] | null;
  total: number;
  items: ServiceRecord[];
  searched: boolean;
}

function PlaceChoice({ form, options }: { form: SearchForm; options: PlaceMatch[] }) {
  return (
    <section class="notice" aria-labelledby="kies-kop">
      <h2 id="kies-kop">Welke plaats bedoel je?</h2>
      <p>Er zijn meer plaatsen met deze naam. Kies je gemeente:</p>
      <ul>
        {options.map((o) => (
          <li>
            <a href={searchUrl({ ...form, waar: '', gemeente: o.code, pagina: 1 })}>
              {o.via ? `${o.via}, gemeente ${o.name}` : o.name} ({o.provincie})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NothingFound({ form, gemeente }: { form: SearchForm; gemeente: GemeenteRecord | null }) {
  return (
    <section aria-labelledby="niets-kop">
      <h2 id="niets-kop">We vonden geen hulp die hierbij past</h2>
      <p>Dat betekent niet dat er geen hulp is. Probeer dit:</p>
      <ul>
        {form.q ? <li>Gebruik minder woorden of een ander woord. Bijvoorbeeld "werk" of "coach".</li> : null}
        {form.hulp.length || form.beperking.length || form.zonderUitkering ? (
          <li>
            <a href={searchUrl({ q: form.q, gemeente: form.gemeente, waar: form.waar })}>Zoek opnieuw zonder filters</a>.
          </li>
        ) : null}
        <li>
          Bel of mail je gemeente. Vraag naar hulp bij werk (de Participatiewet). Je gemeente moet je helpen, ook als je
          geen uitkering hebt.
          {gemeente ? ` Je woont in de gemeente ${gemeente.name}.` : ''}
        </li>
        <li>
          Doe de <a href="/rechtencheck">Rechtencheck</a>. Dan zie je waar je misschien recht op hebt.
        </li>
        <li>
          Vraag je gemeente om contact met je op te nemen:{' '}
          <a href={`/aanmelden${gemeente ? `?gemeente=${gemeente.code}` : ''}`}>neem contact met mij op</a>.
        </li>
        <li>
          Heb je een vraag over je rechten? Het Juridisch Loket geeft gratis advies: <a href="https://www.juridischloket.nl">juridischloket.nl</a>.
        </li>
      </ul>
    </section>
  );
}

export function SearchPage(p: SearchPageProps) {
  const title = p.searched ? `Zoekresultaten${p.total ? ` (${p.total})` : ''}` : 'Hulp zoeken';
  const hasErrors = p.errors.length > 0;
  return (
    <Layout title={hasErrors ? `Fout: ${title}` : title} path="/zoeken" user={p.ctx.user} csrfToken={p.ctx.csrfToken}>
      <h1>Hulp zoeken</h1>
      {hasErrors ? (
        <div class="notice error" role="alert" aria-labelledby="fout-kop">
          <h2 id="fout-kop">Controleer je zoekvraag</h2>
          <ul>
            {p.errors.map((e) => (
              <li>
                <a href={`#${['q', 'waar', 'hulp', 'beperking', 'zonder_uitkering'].includes(e.field) ? e.field : 'q'}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchFormView form={p.form} errors={p.errors} gemeente={p.gemeente} />
      {p.choose ? <PlaceChoice form={p.form} options={p.choose} /> : null}
      {p.gemeente ? (
        <p>
          Je ziet hulp voor heel Nederland, voor de regio {p.gemeente.arbeidsmarktregioName ?? ''} en voor de gemeente{' '}
          {p.gemeente.name}
          {p.via ? ` (waar ${p.via} bij hoort)` : ''}.
        </p>
      ) : null}
      {p.searched && !hasErrors ? (
        <>
          <p role="status">
            {p.total === 1 ? '1 resultaat' : `${p.total} resultaten`}
            {describeSearch(p.form, p.gemeente) ? ` voor ${describeSearch(p.form, p.gemeente)}` : ''}.
          </p>
          {p.total === 0 ? (
            <NothingFound form={p.form} gemeente={p.gemeente} />
          ) : (
            <>
              <ul class="results">
                {p.items.map((s) => (
                  <ResultItem service={s} ctx={p.ctx} />
                ))}
              </ul>
              <Pager form={p.form} total={p.total} />
            </>
          )}
        </>
      ) : null}
    </Layout>
  );
}

function Phones({ phones }: { phones: Array<{ number: string; description?: string }> }) {
  return (
    <>
      {phones.map((ph) => (
        <li>
          Telefoon: <a href={`tel:${ph.number.replace(/[^\d+]/g, '')}`}>{ph.number}</a>
          {ph.description ? ` (${ph.description})` : ''}
        </li>
      ))}
    </>
  );
}

function LocationView({ location }: { location: LocationRecord }) {
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
          Online: <a href={location.url}>{location.url}</a>
        </p>
      ) : null}
      {location.accessibility ? <p>Toegankelijkheid: {location.accessibility}</p> : null}
    </li>
  );
}

export function ServicePage({ ctx, service, locations }: { ctx: ViewContext; service: ServiceRecord; locations: LocationRecord[] }) {
  const outdated = isPossiblyOutdated(service.assuredDate, ctx.today, ctx.outdatedAfterMonths);
  const open = openLabels[service.openWithoutBenefit];
  return (
    <Layout title={service.name} path="/aanbod" user={ctx.user} csrfToken={ctx.csrfToken}>
      <p class="no-print">
        <a href="/zoeken">Terug naar zoeken</a>
      </p>
      <h1>{service.name}</h1>
      <p class="lead">{service.summary}</p>
      <p>
        Aangeboden door <a href={`/organisaties/${service.organizationKey}`}>{service.organizationName}</a>.
      </p>
      {service.demo ? (
        <div class="notice demo">
          <p>Dit is een voorbeeld. Deze organisatie en dit aanbod bestaan niet echt. Ze laten zien hoe InBeeld werkt.</p>
        </div>
      ) : null}
      {outdated ? (
        <div class="notice warn">
          <p>
            Mogelijk verouderd: de organisatie heeft deze informatie sinds {formatDate(service.assuredDate)} niet meer
            gecontroleerd. Vraag na of het nog klopt.
          </p>
        </div>
      ) : null}
      <h2>Zonder uitkering?</h2>
      <p>
        <span class={open.css}>{open.text}</span> {service.openWithoutBenefitExplanation}
      </p>
      <h2>Voor wie?</h2>
      <p>{service.eligibility}</p>
      <h2>Wat is het?</h2>
      {service.description.split(/\n\s*\n/).map((para) => (
        <p>{para}</p>
      ))}
      <h2>Zo vraag je het aan</h2>
      <p>{service.howToApply}</p>
      <h2>Wie beslist?</h2>
      <p>{service.whoDecides}</p>
      <h2>Contact</h2>
      <ul>
        {service.url ? (
          <li>
            Website: <a href={service.url}>{service.url}</a>
          </li>
        ) : null}
        {service.email ? (
          <li>
            E-mail: <a href={`mailto:${service.email}`}>{service.email}</a>
          </li>
        ) : null}
        <Phones phones={service.phones} />
        <li>
          Organisatie: <a href={`/organisaties/${service.organizationKey}`}>{service.organizationName}</a>
        </li>
      </ul>
      {locations.length ? (
        <>
          <h2>Waar?</h2>
          <ul>
            {locations.map((l) => (
              <LocationView location={l} />
            ))}
          </ul>
        </>
      ) : null}
      {service.schedules.length ? (
        <>
          <h2>Wanneer?</h2>
          <ul>
            {service.schedules.map((s) => (
              <li>{s.description}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Meer informatie</h2>
      <dl class="facts">
        <dt>Kosten</dt>
        <dd>{service.costDescription ?? 'Niet bekend. Vraag het na.'}</dd>
        {service.waitTime ? (
          <>
            <dt>Wachttijd</dt>
            <dd>{service.waitTime}</dd>
          </>
        ) : null}
        <dt>Waar geldt het?</dt>
        <dd>{scopeLabels[service.areaScope]}</dd>
        <dt>Soort hulp</dt>
        <dd>{service.helpKinds.map((h) => helpKindByCode.get(h)?.name ?? h).join(', ')}</dd>
        <dt>Voor mensen met</dt>
        <dd>
          {service.limitations.length
            ? service.limitations.map((l) => limitationByCode.get(l)?.name ?? l).join(', ')
            : 'Elke soort beperking'}
        </dd>
        <dt>Laatst gecontroleerd</dt>
        <dd>{formatDate(service.assuredDate)}</dd>
      </dl>
      {service.legalBasis.length ? (
        <>
          <h2>Wettelijke basis</h2>
          <ul>
            {service.legalBasis.map((l) => (
              <li>
                <a href={l.url}>
                  {l.law}, {l.article}
                </a>{' '}
                (geldt vanaf {formatDate(l.validFrom)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {service.uplUri ? (
        <p>
          Productcode (UPL): <a href={service.uplUri}>{service.uplUri}</a>
        </p>
      ) : null}
      <p class="no-print">
        <button type="button" data-print hidden>
          Print deze pagina
        </button>
      </p>
    </Layout>
  );
}

export function OrganizationPage({ ctx, org, services, locations }: { ctx: ViewContext; org: OrganizationRecord; services: ServiceRecord[]; locations: LocationRecord[] }) {
  return (
    <Layout title={org.name} path="/organisaties" user={ctx.user} csrfToken={ctx.csrfToken}>
      <h1>{org.name}</h1>
      {org.demo ? (
        <div class="notice demo">
          <p>Dit is een voorbeeld. Deze organisatie bestaat niet echt.</p>
        </div>
      ) : null}
      <p class="lead">{org.description}</p>
      <h2>Contact</h2>
      <ul>
        {org.website ? (
          <li>
            Website: <a href={org.website}>{org.website}</a>
          </li>
        ) : null}
        {org.email ? (
          <li>
            E-mail: <a href={`mailto:${org.email}`}>{org.email}</a>
          </li>
        ) : null}
        <Phones phones={org.phones} />
      </ul>
      {locations.length ? (
        <>
          <h2>Adressen</h2>
          <ul>
            {locations.map((l) => (
              <LocationView location={l} />
            ))}
          </ul>
        </>
      ) : null}
      <h2>Aanbod ({services.length})</h2>
      {services.length ? (
        <ul class="results">
          {services.map((s) => (
            <ResultItem service={s} ctx={ctx} headingLevel={3} />
          ))}
        </ul>
      ) : (
        <p>Deze organisatie heeft nu geen aanbod in InBeeld.</p>
      )}
    </Layout>
  );
}

export function TextPage({ ctx, title, path, paragraphs }: { ctx: ViewContext; title: string; path: string; paragraphs: string[] }) {
  return (
    <Layout title={title} path={path} user={ctx.user} csrfToken={ctx.csrfToken}>
      <h1>{title}</h1>
      {paragraphs.map((p) => (
        <p>{p}</p>
      ))}
    </Layout>
  );
}
