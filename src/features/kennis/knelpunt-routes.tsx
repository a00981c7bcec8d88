// Routes to flag a bottleneck (knelpunt) from practice:
//   GET/POST /knelpunten/nieuw?bron=werkkaart&sectie=WK-3
//   GET/POST /knelpunten/nieuw?bron=traject[&gemeente=GM0114]
// Optional: &categorie=VK-S3-SF4 preselects the subject. Never a person id.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listGemeenten } from '../../db/reference.ts';
import { createBottleneck } from '../../db/veranderkompas/bottlenecks.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { readBottleneckForm, validateBottleneck } from './knelpunt-service.ts';
import { BottleneckPage } from './knelpunt-views.tsx';
import type { Body } from './veranderkompas-service.ts';

export async function knelpuntRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const user = (request: FastifyRequest) => request.user as SessionUser;

  async function gemeenten() {
    return (await listGemeenten(app.db)).map((g) => ({ code: g.code, name: g.name }));
  }

  async function ownGemeente(request: FastifyRequest): Promise<string> {
    const orgId = user(request).organizationId;
    if (!orgId) return '';
    const [row] = await app.db.query<{ code: string | null }>('select gemeente_code as code from organization where id = $1', [orgId]);
    return row?.code ?? '';
  }

  app.get('/knelpunten/nieuw', hide, async (request, reply) => {
    const query = (request.query ?? {}) as Body;
    const values = readBottleneckForm(query);
    if (values.source !== 'werkkaart') {
      values.source = 'traject';
      values.section = '';
    }
    const list = await gemeenten();
    if (!list.some((g) => g.code === values.gemeenteCode)) values.gemeenteCode = await ownGemeente(request);
    values.text = '';
    const notice = query.gemeld === '1' ? 'Dank je. Het knelpunt is gemeld en telt mee in het veranderkompas van de gemeente.' : undefined;
    return reply.page(BottleneckPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors: [], gemeenten: list, notice }));
  });

  app.post('/knelpunten/nieuw', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const values = readBottleneckForm((request.body ?? {}) as Body);
    const list = await gemeenten();
    const { errors, input } = validateBottleneck(values, new Set(list.map((g) => g.code)));
    if (!input) {
      return reply.page(BottleneckPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors, gemeenten: list }), 400);
    }
    await createBottleneck(app.db, user(request).id, input);
    const back = new URLSearchParams({ bron: input.source, ...(input.werkkaartSection ? { sectie: input.werkkaartSection } : {}), gemeente: input.gemeenteCode, gemeld: '1' });
    return reply.redirect(`/knelpunten/nieuw?${back.toString()}`, 303);
  });
}
