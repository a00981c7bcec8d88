// Beheer pages: the list of offers a user may edit, an edit form, and a
// "checked" action that renews the assured date.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { helpKinds, limitationTypes } from '../../content/taxonomy.ts';
import { listOrganizations, type OrganizationRecord, type ServiceRecord } from '../../db/catalogue.ts';
import { isPossiblyOutdated } from '../../domain/freshness.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { NotFoundError, type FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
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
import { DataTable } from '../../web/table.tsx';

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
        Je ziet {user.role === 'functioneel-beheerder' ? 'al het aanbod' : 'het aanbod van je eigen organisatie'}: {services.length}{' '}
        {services.length === 1 ? 'aanbod' : 'aanbiedingen'}. {outdated > 0 ? `${outdated} daarvan is langer dan ${months} maanden niet gecontroleerd.` : ''}
      </p>
      {user.role === 'functioneel-beheerder' ? (
        <p>
          <a href="/beheer/mail">E-mail die niet is verzonden</a>
        </p>
      ) : null}
      <p>
        <a class="button" href="/beheer/aanbod/nieuw">Nieuw aanbod toevoegen</a>
      </p>
      <DataTable caption="Aanbod" columns={['Aanbod', 'Organisatie', 'Gecontroleerd', 'Acties']}>
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
      </DataTable>
    </Layout>
  );
}

function EditPage({ user, csrfToken, values, errors, organizations, serviceKey }: PageBase & { values: ServiceFormValues; errors: FieldError[]; organizations: OrganizationRecord[]; serviceKey: string | null }) {
  const title = serviceKey ? `Aanbod bewerken: ${values.name}` : 'Nieuw aanbod';
  const action = serviceKey ? `/beheer/aanbod/${serviceKey}` : '/beheer/aanbod';
  return (
    <Layout title={errors.length ? `Fout: ${title}` : title} path="/beheer" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/beheer">Terug naar het overzicht</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <SelectField name="organizationKey" label="Organisatie" options={organizations.map((o) => ({ code: o.key, name: o.name }))} value={values.organizationKey} errors={errors} />
        <TextField values={values as unknown as Record<string, unknown>} name="name" label="Naam van het aanbod" errors={errors} />
        <TextField values={values as unknown as Record<string, unknown>} name="summary" label="Korte samenvatting" hint="Eén of twee zinnen. Schrijf eenvoudig." errors={errors} multiline />
        <TextField values={values as unknown as Record<string, unknown>} name="description" label="Beschrijving" hint="Wat houdt het in? Laat een witregel tussen alinea’s." errors={errors} multiline />
        <Choices kind="checkbox" name="helpKinds" legend="Soort hulp" options={helpKinds} checked={values.helpKinds} errors={errors} />
        <Choices kind="checkbox" name="limitations" legend="Voor mensen met (niets aangevinkt: voor iedereen)" options={limitationTypes} checked={values.limitations} errors={errors} />
        <Choices kind="radio" name="openWithoutBenefit" legend="Open voor mensen zonder uitkering?" checked={[values.openWithoutBenefit]} errors={errors}
          options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }, { code: 'onbekend', name: 'Weet ik niet' }]} />
        <TextField values={values as unknown as Record<string, unknown>} name="openWithoutBenefitExplanation" label="Uitleg over zonder uitkering" errors={errors} multiline />
        <TextField values={values as unknown as Record<string, unknown>} name="eligibility" label="Voor wie is het?" errors={errors} multiline />
        <TextField values={values as unknown as Record<string, unknown>} name="howToApply" label="Zo vraag je het aan" errors={errors} multiline />
        <TextField values={values as unknown as Record<string, unknown>} name="whoDecides" label="Wie beslist?" errors={errors} />
        <TextField values={values as unknown as Record<string, unknown>} name="url" label="Website (niet verplicht)" errors={errors} type="url" />
        <TextField values={values as unknown as Record<string, unknown>} name="email" label="E-mailadres (niet verplicht)" errors={errors} type="email" />
        <TextField values={values as unknown as Record<string, unknown>} name="phone" label="Telefoon (niet verplicht)" errors={errors} type="tel" />
        <Choices kind="radio" name="areaScope" legend="Waar geldt het aanbod?" checked={[values.areaScope]} errors={errors}
          options={[{ code: 'national', name: 'Heel Nederland' }, { code: 'arbeidsmarktregio', name: 'Een of meer arbeidsmarktregio’s' }, { code: 'gemeente', name: 'Een of meer gemeenten' }]} />
        <TextField values={values as unknown as Record<string, unknown>} name="areaCodes" label="Codes van de regio’s of gemeenten" hint="Bijvoorbeeld GM0106, GM0114. Leeg laten bij heel Nederland." errors={errors} />
        <TextField values={values as unknown as Record<string, unknown>} name="costDescription" label="Kosten (niet verplicht)" errors={errors} />
        <TextField values={values as unknown as Record<string, unknown>} name="waitTime" label="Wachttijd (niet verplicht)" errors={errors} />
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

  app.get('/beheer', hide, async (request, reply) => {
    const services = await servicesFor(app.db, user(request));
    const notice = (request.query as Record<string, string>).melding === 'opgeslagen' ? 'Het aanbod is opgeslagen.' : undefined;
    return reply.page(OverviewPage({ user: user(request), csrfToken: reply.generateCsrf(), services, today: new Date(), months: app.config.outdatedAfterMonths, ...(notice ? { notice } : {}) }));
  });

  app.get('/beheer/aanbod/nieuw', hide, async (request, reply) => {
    const organizations = await organizationsFor(user(request));
    const values = readServiceForm({ organizationKey: organizations[0]?.key ?? '', openWithoutBenefit: 'onbekend', areaScope: 'gemeente' });
    return reply.page(EditPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors: [], organizations, serviceKey: null }));
  });

  app.get('/beheer/aanbod/:key', hide, async (request, reply) => {
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

  app.post('/beheer/aanbod', { ...hide, preValidation: app.csrfProtection }, (request, reply) => save(request, reply, null));
  app.post('/beheer/aanbod/:key', { ...hide, preValidation: app.csrfProtection }, (request, reply) =>
    save(request, reply, (request.params as { key: string }).key),
  );
  app.post('/beheer/aanbod/:key/gecontroleerd', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const { key } = request.params as { key: string };
    if (!(await markAssured(app.db, user(request), key, new Date()))) {
      throw new NotFoundError('Dit aanbod bestaat niet, of je mag het niet bewerken.');
    }
    return reply.redirect('/beheer?melding=opgeslagen', 303);
  });
}
