// "Neem contact met mij op" from the result page: the person's gemeente gets
// a contact request in its team queue (the same self_registration the
// Wegwijzer's form makes, so it shows on the consulent's Vandaag). The person
// chooses whether the result goes along; if so, it travels as a share code
// (30 days, deletable), never as a copy in the request. One transaction:
// the code and the request are stored together or not at all.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client.ts';
import { createShare, formatShareCode, getDraft } from '../../db/rechtencheck.ts';
import { gemeenteTeams, selfRegister } from '../../db/trajecten/index.ts';
import { evaluate, type GemeentePolicy } from '../../domain/rechtencheck/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { readSelfRegistration, validateSelfRegistration } from '../trajecten/service.ts';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { CONTACT_SHARE_DAYS, ContactPage, ContactSentPage, type ContactValues } from './contact-view.tsx';
import { PATH, field, hide, noStore } from './route-helpers.ts';

/** Same limit as the Wegwijzer's contact form: a person sends one, a script cannot flood the queue. */
export const CONTACT_RATE_LIMIT = { max: 20, timeWindow: '1 minute' } as const;

const ABOUT_DEFAULT = 'Ik heb de Rechtencheck gedaan. Ik wil graag praten over hulp bij werk.';

export interface ContactDeps {
  withCsrf: (request: FastifyRequest, reply: FastifyReply) => ViewContext;
  draftGone: (request: FastifyRequest, reply: FastifyReply) => unknown;
  policyFor: (gemeente: string | null | undefined, date?: string) => Promise<GemeentePolicy>;
}

export async function contactPlugin(app: FastifyInstance, deps: ContactDeps) {
  const { withCsrf, draftGone, policyFor } = deps;

  async function gemeenteName(code: string | null | undefined): Promise<string | null> {
    if (!code) return null;
    const rows = await app.db.query<{ name: string }>('select name from gemeente where code = $1', [code]);
    return rows[0] ? `Gemeente ${rows[0].name}` : null;
  }

  app.get(`${PATH}/contact`, hide, async (request, reply) => {
    const concept = field(request.query, 'concept', 40);
    const draft = concept ? await getDraft(app.db, concept) : null;
    if (!draft) return draftGone(request, reply);
    const teams = await gemeenteTeams(app.db);
    const values: ContactValues = { gemeenteCode: draft.facts.gemeente ?? '', about: ABOUT_DEFAULT };
    return noStore(reply).page(ContactPage({ ctx: withCsrf(request, reply), concept, values, errors: [], teams, gemeenteName: await gemeenteName(draft.facts.gemeente) }));
  });

  app.post(`${PATH}/contact`, { ...hide, preValidation: app.csrfProtection, config: { rateLimit: CONTACT_RATE_LIMIT } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const concept = field(body, 'concept', 40);
    const draft = concept ? await getDraft(app.db, concept) : null;
    if (!draft) return draftGone(request, reply);
    const teams = await gemeenteTeams(app.db);
    // The code field of the Wegwijzer's form is not asked here: the choice below makes it.
    const form = readSelfRegistration({ ...body, rechtencheckCode: '', helpKinds: [] } as Parameters<typeof readSelfRegistration>[0]);
    const { errors, input } = validateSelfRegistration(form, new Set(teams.map((t) => t.gemeenteCode)));
    const withResult = field(body, 'uitslagMee', 4);
    const allErrors: FieldError[] = [...errors];
    if (withResult !== 'ja' && withResult !== 'nee') {
      allErrors.push({ field: 'uitslagMee', message: 'Uitslag meesturen: kies ja of nee.' });
    }
    if (!input || allErrors.length) {
      const values: ContactValues = { ...form, helpKinds: '', uitslagMee: withResult } as unknown as ContactValues;
      return noStore(reply).page(
        ContactPage({ ctx: withCsrf(request, reply), concept, values, errors: allErrors, teams, gemeenteName: await gemeenteName(draft.facts.gemeente) }),
        400,
      );
    }
    const today = new Date().toISOString().slice(0, 10);
    const receipt = withResult === 'ja' ? evaluate(draft.facts, { policy: await policyFor(draft.facts.gemeente, today) }).receipt : null;
    const sent = await app.db.transaction(async (tx: Queryable) => {
      const share = receipt ? await createShare(tx, { facts: receipt.facts, receipt, days: CONTACT_SHARE_DAYS }) : null;
      // selfRegister opens its own transaction; here it joins this one.
      const joined = { query: tx.query.bind(tx), transaction: <T,>(fn: (t: Queryable) => Promise<T>) => fn(tx) };
      const registered = await selfRegister(joined, { ...input, rechtencheckCode: share ? formatShareCode(share.code) : null }, today, request.traceId);
      // The team vanished between the check and the insert: store nothing.
      if (!registered) throw new Error('gemeente zonder team');
      return { ...registered, share };
    });
    const share = sent.share
      ? { code: sent.share.code, expiresAt: sent.share.expiresAt, deleteUrl: `${app.config.baseUrl}${PATH}/gedeeld/${sent.share.code}/verwijderen?sleutel=${sent.share.deleteKey}` }
      : null;
    return noStore(reply).page(ContactSentPage({ ctx: withCsrf(request, reply), concept, team: sent.team, deadline: sent.deadline, share }), 201);
  });
}
