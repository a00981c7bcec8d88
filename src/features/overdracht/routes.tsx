// Warme overdracht routes: a person's referrals and a new referral (with the
// check whether it can succeed), the sender's overview, the receiver's inbox,
// one referral and its actions, handover of the fixed contact person, the
// person's own link, the e-mailed link for receivers without InBeeld, the
// response-time settings and the report. See docs/overdracht.md.
import type { FastifyInstance } from 'fastify';
import { linkRoutes } from './link-routes.tsx';
import { overviewRoutes } from './overview-routes.tsx';
import { personRoutes } from './person-routes.tsx';
import { referralRoutes } from './referral-routes.tsx';
import { overdrachtContext } from './route-context.ts';

export async function overdrachtPlugin(app: FastifyInstance) {
  const ctx = overdrachtContext(app);
  personRoutes(app, ctx);
  overviewRoutes(app, ctx);
  referralRoutes(app, ctx);
  linkRoutes(app, ctx);
}
