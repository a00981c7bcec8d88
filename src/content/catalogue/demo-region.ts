// The demo region: arbeidsmarktregio Drenthe, with invented organisations and
// offers (every one has `demo: true`). The content is split over several
// demo-*.ts files; this file gathers it.
//
// Beware: arbeidsmarktregio Drenthe (CBS 2025) holds 6 gemeenten. The other
// Drentse gemeenten (Assen, Aa en Hunze, Noordenveld, Tynaarlo, Meppel,
// Westerveld) belong to other regions, so province-wide offers list the 12
// gemeenten with scope 'gemeente' (see demo-shared.ts).

import type { ContentOrganization, ContentService } from '../types.ts';
import { DEMO_REGION_CODE, DEMO_REGION_NAME } from './demo-shared.ts';
import { demoOrganizationsProviders } from './demo-organizations-providers.ts';
import { demoOrganizationsPublic } from './demo-organizations-public.ts';
import { demoServicesGemeenten1 } from './demo-services-gemeenten-1.ts';
import { demoServicesGemeenten2 } from './demo-services-gemeenten-2.ts';
import { demoServicesWelzijn } from './demo-services-welzijn.ts';
import { demoServicesWerk } from './demo-services-werk.ts';
import { demoServicesWerkpunt } from './demo-services-werkpunt.ts';
import { demoServicesZorg } from './demo-services-zorg.ts';

export { DEMO_REGION_CODE, DEMO_REGION_NAME };

export const demoOrganizations: ContentOrganization[] = [
  ...demoOrganizationsPublic,
  ...demoOrganizationsProviders,
];

export const demoServices: ContentService[] = [
  ...demoServicesWerkpunt,
  ...demoServicesGemeenten1,
  ...demoServicesGemeenten2,
  ...demoServicesWerk,
  ...demoServicesZorg,
  ...demoServicesWelzijn,
];
