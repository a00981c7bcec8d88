// Public Wegwijzer pages: home, search, offer and organisation pages.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getOrganization, getService, listServicesOfOrganization, locationsOfOrganization, locationsOfService } from '../../db/catalogue.ts';
import { NotFoundError } from '../../web/errors.ts';
import { knownParams, lastPage, parseSearchForm, resolveWhere, runSearch, searchUrl } from './service.ts';
import { HomePage, OrganizationPage, SearchPage, ServicePage, TextPage, type ViewContext } from './views.tsx';
import { staticTexts, staticTextsEn } from './texts.ts';
import { langOf, withLang } from './ui.ts';

const keyPattern = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function viewContext(app: FastifyInstance, request: FastifyRequest, csrfToken?: string): ViewContext {
  return {
    user: request.user,
    ...(csrfToken ? { csrfToken } : {}),
    today: new Date(),
    outdatedAfterMonths: app.config.outdatedAfterMonths,
    lang: langOf((request.query as Record<string, unknown> | undefined)?.taal),
    url: request.url,
  };
}

export async function wegwijzerPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  // The same for every visitor without a session: served from the page cache under load (src/web/page-cache.ts).
  const publicPage = { ...hide, config: { pageCache: true } };
  // Only pages with a logout form in the header need a token.
  const ctxFor = (request: FastifyRequest, reply: { generateCsrf(): string }) =>
    viewContext(app, request, request.user ? reply.generateCsrf() : undefined);

  app.get('/', publicPage, async (request, reply) => reply.page(HomePage({ ctx: ctxFor(request, reply) })));

  app.get('/zoeken', publicPage, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const { form, errors } = parseSearchForm(query);
    const ctx = ctxFor(request, reply);
    const searched = Object.keys(query).some((name) => knownParams.has(name));
    const where = errors.length ? { kind: 'none' as const } : await resolveWhere(app.db, form);
    if (where.kind === 'unknown') {
      const hint = where.suggestions.length
        ? ` Bedoel je misschien: ${where.suggestions.map((s) => s.via ?? s.name).join(', ')}?`
        : ' Controleer de spelling, of typ de naam van je gemeente of je postcode.';
      errors.push({ field: 'waar', message: `We kennen geen gemeente, woonplaats of postcode "${form.waar || form.gemeente}".${hint}` });
    }
    const gemeente = where.kind === 'found' ? where.gemeente : null;
    const base = { ctx, form, errors, gemeente, via: where.kind === 'found' ? where.via : null, searched };
    if (errors.length) {
      return reply.page(SearchPage({ ...base, choose: null, total: 0, items: [] }), 400);
    }
    if (where.kind === 'choose') {
      return reply.page(SearchPage({ ...base, choose: where.options, total: 0, items: [], searched: false }));
    }
    const result = searched ? await runSearch(app.db, form, gemeente) : { total: 0, more: false, items: [] };
    // A page past the end (an old link, a typed URL) goes to the last page.
    const last = lastPage(result.total);
    if (searched && form.pagina > last && result.total > 0) {
      return reply.redirect(withLang(searchUrl({ ...form, pagina: last }), ctx.lang ?? 'nl'), 303);
    }
    return reply.page(SearchPage({ ...base, choose: null, ...result }));
  });

  app.get('/aanbod/:key', publicPage, async (request, reply) => {
    const { key } = request.params as { key: string };
    const service = keyPattern.test(key) ? await getService(app.db, { key }) : null;
    if (!service) throw new NotFoundError('Dit aanbod bestaat niet (meer). Zoek opnieuw naar hulp.');
    const locations = await locationsOfService(app.db, service.id);
    return reply.page(ServicePage({ ctx: ctxFor(request, reply), service, locations }));
  });

  app.get('/organisaties/:key', publicPage, async (request, reply) => {
    const { key } = request.params as { key: string };
    const org = keyPattern.test(key) ? await getOrganization(app.db, { key }) : null;
    if (!org) throw new NotFoundError('Deze organisatie bestaat niet (meer). Zoek opnieuw naar hulp.');
    const [services, locations] = [await listServicesOfOrganization(app.db, org.id), await locationsOfOrganization(app.db, org.id)];
    return reply.page(OrganizationPage({ ctx: ctxFor(request, reply), org, services, locations }));
  });

  for (const [path, text] of Object.entries(staticTexts)) {
    app.get(path, publicPage, async (request, reply) => {
      const ctx = ctxFor(request, reply);
      const shown = ctx.lang === 'en' ? (staticTextsEn[path] ?? text) : text;
      return reply.page(TextPage({ ctx, title: shown.title, path, paragraphs: shown.paragraphs }));
    });
  }
}
