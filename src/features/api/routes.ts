// JSON API under /api/v1. Route schemas validate input at the edge and
// produce the OpenAPI document at /api/v1/openapi.json.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { helpKinds, limitationTypes } from '../../content/taxonomy.ts';
import { getOrganization, getService, locationsOfService, searchServices, type OrganizationRecord, type ServiceRecord } from '../../db/catalogue.ts';
import { listGemeenten, resolvePlace, type GemeenteRecord } from '../../db/reference.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { InputError, NotFoundError } from '../../web/errors.ts';
import { sendJson } from '../../web/json-buffer.ts';
import { LARGE_JSON_COMPRESSION } from '../../web/compression.ts';
import { HSDS_PROFILE, HSDS_VERSION, hsdsPage, hsdsServiceFields, toHsdsService } from './hsds.ts';

const helpCodes = helpKinds.map((h) => h.code);
const limitationCodes = limitationTypes.map((l) => l.code);

const SearchCriteria = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 200, description: 'Vrije tekst; Nederlandse stamvormen.' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
    per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    modified_after: Type.Optional(Type.String({ format: 'date-time', description: 'Alleen aanbod dat daarna is gewijzigd.' })),
    gemeente: Type.Optional(Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-code van de gemeente: landelijk, regionaal en lokaal aanbod daar.' })),
    hulp: Type.Optional(Type.Array(Type.String({ enum: helpCodes }), { maxItems: 30, description: 'Soorten hulp (taxonomie inbeeld-hulpsoort).' })),
    beperking: Type.Optional(Type.Array(Type.String({ enum: limitationCodes }), { maxItems: 30 })),
    zonder_uitkering: Type.Optional(Type.Boolean({ description: 'Alleen aanbod dat open is voor mensen zonder uitkering.' })),
  },
  { additionalProperties: false },
);
type SearchCriteria = Static<typeof SearchCriteria>;

const errorResponse = Type.Object({
  error: Type.Object({
    status: Type.Integer(),
    message: Type.String(),
    fields: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
  }),
});

const pageResponse = Type.Object(
  {
    total_items: Type.Integer(),
    total_pages: Type.Integer(),
    page_number: Type.Integer(),
    size: Type.Integer(),
    first_page: Type.Boolean(),
    last_page: Type.Boolean(),
    empty: Type.Boolean(),
    contents: Type.Array(Type.Object({}, { additionalProperties: true })),
  },
  { description: 'HSDS-pagina met services (één-op-één velden, met organisatie en x_inbeeld).' },
);

/** The organisation fields a search row carries, enough for HSDS one-to-one fields. */
function organizationOf(s: ServiceRecord): OrganizationRecord {
  return { id: s.organizationId, key: s.organizationKey, name: s.organizationName, description: s.organizationDescription, type: s.organizationType, alternateName: null, website: null, email: null, phones: [], demo: s.demo, gemeenteCode: s.organizationGemeenteCode, lastModified: s.lastModified };
}

function listItem(s: ServiceRecord): Record<string, unknown> {
  return hsdsServiceFields(s, organizationOf(s));
}

export async function apiPlugin(app: FastifyInstance) {
  // Reference data changes only with a new release of the data (and a restart):
  // keep the 342 gemeenten in memory instead of a query per search.
  let gemeenten: Promise<Map<string, GemeenteRecord>> | undefined;
  const gemeenteByCode = async (code: string) => {
    gemeenten ??= listGemeenten(app.db).then((rows) => new Map(rows.map((g) => [g.code, g])));
    return (await gemeenten).get(code) ?? null;
  };

  async function search(criteria: SearchCriteria) {
    const page = criteria.page ?? 1;
    const perPage = criteria.per_page ?? 20;
    let gemeente = null;
    if (criteria.gemeente) {
      gemeente = await gemeenteByCode(criteria.gemeente);
      if (!gemeente) throw new InputError('Deze gemeente kennen we niet.', [{ field: 'gemeente', message: `Er is geen gemeente met code ${criteria.gemeente}. Zoek de code op via /api/v1/gemeenten.` }]);
    }
    if (criteria.modified_after && Number.isNaN(Date.parse(criteria.modified_after))) {
      throw new InputError('De datum klopt niet.', [{ field: 'modified_after', message: 'Gebruik een datum en tijd zoals 2025-01-31T00:00:00Z.' }]);
    }
    const result = await searchServices(app.db, {
      text: criteria.search ?? '',
      gemeenteCode: gemeente?.code,
      arbeidsmarktregioCode: gemeente?.arbeidsmarktregioCode ?? null,
      helpKinds: criteria.hulp ?? [],
      limitations: criteria.beperking ?? [],
      onlyOpenWithoutBenefit: criteria.zonder_uitkering ?? false,
      ...(criteria.modified_after ? { modifiedAfter: criteria.modified_after } : {}),
      page,
      perPage,
    });
    return hsdsPage(result.items.map(listItem), result.total, page, perPage);
  }

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/hsds/',
    {
      schema: {
        tags: ['hsds'],
        summary: 'Over deze API en HSDS',
        response: { 200: Type.Object({ version: Type.String(), profile: Type.String(), openapi_url: Type.String() }) },
      },
    },
    async () => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: `${app.config.baseUrl}/api/v1/openapi.json` }),
  );

  app.get(
    '/hsds/services',
    {
      compress: LARGE_JSON_COMPRESSION,
      schema: {
        tags: ['hsds'],
        summary: 'Aanbod zoeken (HSDS-pagina)',
        querystring: SearchCriteria,
        response: { 200: pageResponse, 400: errorResponse },
      },
    },
    // Up to 100 offers (190 KB): written in pieces, see json-buffer.ts.
    async (request, reply) => sendJson(reply, await search(request.query as SearchCriteria)),
  );

  app.post(
    '/hsds/services',
    {
      compress: LARGE_JSON_COMPRESSION,
      schema: {
        tags: ['hsds'],
        summary: 'Aanbod zoeken met zoekcriteria in de inhoud (niet in de URL)',
        body: SearchCriteria,
        response: { 200: pageResponse, 400: errorResponse },
      },
    },
    async (request, reply) => sendJson(reply, await search((request.body ?? {}) as SearchCriteria)),
  );

  app.get(
    '/hsds/services/:id',
    {
      schema: {
        tags: ['hsds'],
        summary: 'Eén aanbod, met alle onderdelen (HSDS service)',
        params: Type.Object({ id: Type.String({ maxLength: 200 }) }),
        response: { 200: Type.Object({}, { additionalProperties: true }), 404: errorResponse },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const service = UUID_PATTERN.test(id) ? await getService(app.db, { id }) : null;
      if (!service) throw new NotFoundError(`Er is geen aanbod met id ${id.slice(0, 60)}. Zoek het id op via /api/v1/hsds/services.`);
      const org = await getOrganization(app.db, { id: service.organizationId });
      return toHsdsService(service, org!, await locationsOfService(app.db, service.id));
    },
  );

  app.get(
    '/gemeenten',
    {
      schema: {
        tags: ['referentie'],
        summary: 'Gemeente zoeken op naam van gemeente of woonplaats',
        querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            exact: Type.Array(Type.Object({}, { additionalProperties: true })),
            suggestions: Type.Array(Type.Object({}, { additionalProperties: true })),
          }),
          400: errorResponse,
        },
      },
    },
    async (request) => resolvePlace(app.db, (request.query as { q: string }).q),
  );
}
