// The workspace for professionals: the "Vandaag" start page per role, signal
// settings per gemeente, and the development component gallery.
import type { FastifyInstance } from 'fastify';
import { loadOrganizationThemes } from '../../web/themes/themes.ts';
import { galleryRoutes } from './gallery.tsx';

export async function werkruimtePlugin(app: FastifyInstance) {
  await loadOrganizationThemes(app.db);
  await galleryRoutes(app);
}
