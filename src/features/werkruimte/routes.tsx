// The workspace for professionals: the "Vandaag" start page per role, signal
// settings per gemeente, and the development component gallery.
import type { FastifyInstance } from 'fastify';
import { loadOrganizationThemes } from '../../web/themes/themes.ts';
import { galleryRoutes } from './gallery.tsx';
import { settingsRoutes } from './instellingen.tsx';
import { vandaagRoutes } from './vandaag.tsx';
import { showWorklist } from './worklist.tsx';

export async function werkruimtePlugin(app: FastifyInstance) {
  await loadOrganizationThemes(app.db);
  await galleryRoutes(app);
  await vandaagRoutes(app);
  await settingsRoutes(app);
  app.get('/caseload', { schema: { hide: true } }, (request, reply) => showWorklist(app, request, reply));
}
