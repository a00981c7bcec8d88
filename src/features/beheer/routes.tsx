// Beheer pages: the list of offers a user may edit, an edit form, and a
// "checked" action that renews the assured date.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { helpKinds, limitationTypes } from '../../content/taxonomy.ts';
import { listOrganizations, type OrganizationRecord, type ServiceRecord } from '../../db/catalogue.ts';
import { isPossiblyOutdated } from '../../domain/freshness.ts';
import { requireRole, type SessionUser } from '../../web/auth.tsx';
import { NotFoundError, type FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { formatDate } from '../wegwijzer/views.tsx';
import {
  editableService,
  formFromService,
  markAssured,
  readServiceForm,
  saveService,
  scopeOf,
  servicesFor,
  toContent,
  uniqueKey,
  validateServiceForm,
  type ServiceFormValues,
} from './service.ts';

interface PageBase {
  user: SessionUser;
  csrfToken: string;
}

function OverviewPage({ user, csrfToken, services, today, months, notice }: PageBase & { services: ServiceRecord[]; today: Date; months: number; notice?: string }) {
  const outdated = services.filter((s) => isPossiblyOutdated(s.assuredDate, today, months)).length;
  return (
    <Layout title="Beheer: aanbod" path="/beheer" user={user} csrfToken={csrfToken}>
      <h1>Aanbod beheren</h1>
      {notice ? (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>
        Je ziet {user.role === 'beheerder' ? 'al het aanbod' : 'het aanbod van je eigen organisatie'}: {services.length}{' '}
        {services.length === 1 ? 'aanbod' : 'aanbiedingen'}. {outdated > 0 ? `${outdated} daarvan is langer dan ${months} maanden niet gecontroleerd.` : ''}
      </p>
      <p>
        <a class="button" href="/beheer/aanbod/nieuw">Nieuw aanbod toevoegen</a>
      </p>
      <table>
        <caption class="visually-hidden">Aanbod</caption>
        <thead>
          <tr>
            <th scope="col">Aanbod</th>
            <th scope="col">Organisatie</th>
            <th scope="col">Gecontroleerd</th>
            <th scope="col">Acties</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr>
              <td>
                <a href={`/beheer/aanbod/${s.key}`}>{s.name}</a>
              </td>
              <td>{s.organizationName}</td>
              <td>
                {formatDate(s.assuredDate)}
                {isPossiblyOutdated(s.assuredDate, today, months) ? (
                  <>
                    {' '}
                    <span class="tag warn">Mogelijk verouderd</span>
                  </>
                ) : null}
              </td>
              <td>
                <form method="post" action={`/beheer/aanbod/${s.key}/gecontroleerd`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <button type="submit" class="link-button">
                    Klopt nog<span class="visually-hidden">: {s.name}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function TextField({ name, label, values, errors, hint, multiline, type }: { name: keyof ServiceFormValues; label: string; values: ServiceFormValues; errors: FieldError[]; hint?: string; multiline?: boolean; type?: 'text' | 'url' | 'email' | 'tel' }) {
  const error = errors.find((e) => e.field === name)?.message;
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-fout` : ''].filter(Boolean).join(' ') || undefined;
  const value = String(values[name] ?? '');
  return (
    <div class="form-field">
      <label for={name}>{label}</label>
      {hint ? <p class="hint" id={`${name}-hint`}>{hint}</p> : null}
      {error ? <p class="hint" id={`${name}-fout`}><strong>Let op:</strong> {error}</p> : null}
      {multiline ? (
        <textarea id={name} name={name} rows={6} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
          {value}
        </textarea>
      ) : (
        <input id={name} name={name} type={(type ?? 'text') as 'text'} value={value} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
      )}
    </div>
  );
}

function Checkboxes({ name, legend, options, checked, errors }: { name: string; legend: string; options: Array<{ code: string; name: string }>; checked: string[]; errors: FieldError[] }) {
  const error = errors.find((e) => e.field === name)?.message;
  return (
    <fieldset class="form-field">
      <legend>{legend}</legend>
      {error ? <p class="hint"><strong>Let op:</strong> {error}</p> : null}
      {options.map((o) => (
        <div>
          <input type="checkbox" id={`${name}-${o.code}`} name={name} value={o.code} checked={checked.includes(o.code)} />
          <label for={`${name}-${o.code}`}>{o.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Radios({ name, legend, options, value, errors }: { name: keyof ServiceFormValues; legend: string; options: Array<{ code: string; name: string }>; value: string; errors: FieldError[] }) {
  const error = errors.find((e) => e.field === name)?.message;
  return (
    <fieldset class="form-field">
      <legend>{legend}</legend>
      {error ? <p class="hint"><strong>Let op:</strong> {error}</p> : null}
      {options.map((o) => (
        <div>
          <input type="radio" id={`${name}-${o.code}`} name={name} value={o.code} checked={value === o.code} />
          <label for={`${name}-${o.code}`}>{o.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

function EditPage({ user, csrfToken, values, errors, organizations, serviceKey }: PageBase & { values: ServiceFormValues; errors: FieldError[]; organizations: OrganizationRecord[]; serviceKey: string | null }) {
  const title = serviceKey ? `Aanbod bewerken: ${values.name}` : 'Nieuw aanbod';
  const action = serviceKey ? `/beheer/aanbod/${serviceKey}` : '/beheer/aanbod';
  const orgError = errors.find((e) => e.field === 'organizationKey')?.message;
  return (
    <Layout title={errors.length ? `Fout: ${title}` : title} path="/beheer" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/beheer">Terug naar het overzicht</a>
      </p>
      <h1>{title}</h1>
      {errors.length ? (
        <div class="notice error" role="alert">
          <h2>Nog niet opgeslagen</h2>
          <p>Pas deze velden aan:</p>
          <ul>
            {errors.map((e) => (
              <li>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div class="form-field">
          <label for="organizationKey">Organisatie</label>
          {orgError ? <p class="hint"><strong>Let op:</strong> {orgError}</p> : null}
          <select id="organizationKey" name="organizationKey">
            {organizations.map((o) => (
              <option value={o.key} selected={o.key === values.organizationKey}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <TextField name="name" label="Naam van het aanbod" values={values} errors={errors} />
        <TextField name="summary" label="Korte samenvatting" hint="Eén of twee zinnen. Schrijf eenvoudig." values={values} errors={errors} multiline />
        <TextField name="description" label="Beschrijving" hint="Wat houdt het in? Laat een witregel tussen alinea’s." values={values} errors={errors} multiline />
        <Checkboxes name="helpKinds" legend="Soort hulp" options={helpKinds} checked={values.helpKinds} errors={errors} />
        <Checkboxes name="limitations" legend="Voor mensen met (niets aangevinkt: voor iedereen)" options={limitationTypes} checked={values.limitations} errors={errors} />
        <Radios name="openWithoutBenefit" legend="Open voor mensen zonder uitkering?" value={values.openWithoutBenefit} errors={errors}
          options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }, { code: 'onbekend', name: 'Weet ik niet' }]} />
        <TextField name="openWithoutBenefitExplanation" label="Uitleg over zonder uitkering" values={values} errors={errors} multiline />
        <TextField name="eligibility" label="Voor wie is het?" values={values} errors={errors} multiline />
        <TextField name="howToApply" label="Zo vraag je het aan" values={values} errors={errors} multiline />
        <TextField name="whoDecides" label="Wie beslist?" values={values} errors={errors} />
        <TextField name="url" label="Website (niet verplicht)" values={values} errors={errors} type="url" />
        <TextField name="email" label="E-mailadres (niet verplicht)" values={values} errors={errors} type="email" />
        <TextField name="phone" label="Telefoon (niet verplicht)" values={values} errors={errors} type="tel" />
        <Radios name="areaScope" legend="Waar geldt het aanbod?" value={values.areaScope} errors={errors}
          options={[{ code: 'national', name: 'Heel Nederland' }, { code: 'arbeidsmarktregio', name: 'Een of meer arbeidsmarktregio’s' }, { code: 'gemeente', name: 'Een of meer gemeenten' }]} />
        <TextField name="areaCodes" label="Codes van de regio’s of gemeenten" hint="Bijvoorbeeld GM0106, GM0114. Leeg laten bij heel Nederland." values={values} errors={errors} />
        <TextField name="costDescription" label="Kosten (niet verplicht)" values={values} errors={errors} />
        <TextField name="waitTime" label="Wachttijd (niet verplicht)" values={values} errors={errors} />
        {serviceKey ? (
          <div class="form-field">
            <div>
              <input type="checkbox" id="assured" name="assured" value="ja" checked={values.assured} />
              <label for="assured">Ik heb alle informatie gecontroleerd. Het klopt.</label>
            </div>
          </div>
        ) : null}
        <button type="submit">Opslaan</button>
      </form>
    </Layout>
  );
}

export async function beheerPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const guard = requireRole('beheerder', 'aanbieder-redacteur');
  const user = (request: FastifyRequest) => request.user as SessionUser;

  async function organizationsFor(u: SessionUser): Promise<OrganizationRecord[]> {
    const all = await listOrganizations(app.db);
    const scope = scopeOf(u);
    return scope ? all.filter((o) => o.id === scope) : all;
  }

  async function knownAreaCodes(): Promise<Set<string>> {
    const rows = await app.db.query<{ code: string }>('select code from gemeente union all select code from arbeidsmarktregio');
    return new Set(rows.map((r) => r.code));
  }

  app.get('/beheer', { ...hide, preHandler: guard }, async (request, reply) => {
    const services = await servicesFor(app.db, user(request));
    const notice = (request.query as Record<string, string>).melding === 'opgeslagen' ? 'Het aanbod is opgeslagen.' : undefined;
    return reply.page(OverviewPage({ user: user(request), csrfToken: reply.generateCsrf(), services, today: new Date(), months: app.config.outdatedAfterMonths, ...(notice ? { notice } : {}) }));
  });

  app.get('/beheer/aanbod/nieuw', { ...hide, preHandler: guard }, async (request, reply) => {
    const organizations = await organizationsFor(user(request));
    const values = readServiceForm({ organizationKey: organizations[0]?.key ?? '', openWithoutBenefit: 'onbekend', areaScope: 'gemeente' });
    return reply.page(EditPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors: [], organizations, serviceKey: null }));
  });

  app.get('/beheer/aanbod/:key', { ...hide, preHandler: guard }, async (request, reply) => {
    const { key } = request.params as { key: string };
    const service = await editableService(app.db, user(request), key);
    if (!service) throw new NotFoundError('Dit aanbod bestaat niet, of je mag het niet bewerken.');
    const organizations = await organizationsFor(user(request));
    return reply.page(EditPage({ user: user(request), csrfToken: reply.generateCsrf(), values: formFromService(service), errors: [], organizations, serviceKey: key }));
  });

  async function save(request: FastifyRequest, reply: import('fastify').FastifyReply, key: string | null) {
    const u = user(request);
    const previous = key ? await editableService(app.db, u, key) : null;
    if (key && !previous) throw new NotFoundError('Dit aanbod bestaat niet, of je mag het niet bewerken.');
    const values = readServiceForm((request.body ?? {}) as Record<string, unknown>);
    const organizations = await organizationsFor(u);
    const errors = validateServiceForm(values, {
      knownOrganizationKeys: new Set(organizations.map((o) => o.key)),
      knownAreaCodes: await knownAreaCodes(),
    });
    if (errors.length) {
      return reply.page(EditPage({ user: u, csrfToken: reply.generateCsrf(), values, errors, organizations, serviceKey: key }), 400);
    }
    const serviceKey = key ?? (await uniqueKey(app.db, values.name));
    await saveService(app.db, toContent(values, serviceKey, previous, new Date()), previous);
    return reply.redirect('/beheer?melding=opgeslagen', 303);
  }

  app.post('/beheer/aanbod', { ...hide, preHandler: guard, preValidation: app.csrfProtection }, (request, reply) => save(request, reply, null));
  app.post('/beheer/aanbod/:key', { ...hide, preHandler: guard, preValidation: app.csrfProtection }, (request, reply) =>
    save(request, reply, (request.params as { key: string }).key),
  );
  app.post('/beheer/aanbod/:key/gecontroleerd', { ...hide, preHandler: guard, preValidation: app.csrfProtection }, async (request, reply) => {
    const { key } = request.params as { key: string };
    if (!(await markAssured(app.db, user(request), key, new Date()))) {
      throw new NotFoundError('Dit aanbod bestaat niet, of je mag het niet bewerken.');
    }
    return reply.redirect('/beheer?melding=opgeslagen', 303);
  });
}
