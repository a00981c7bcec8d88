// Sharing a result with a code: make a code, open a result with it, delete it.
// The stored facts are worked out again with the stored date and policy.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createShare,
  deleteShare,
  checkDeleteKey,
  findShare,
  getDraft,
  normalizeShareCode,
  SHARE_DAYS_DEFAULT,
  SHARE_DAYS_MAX,
} from '../../db/rechtencheck.ts';
import type { GemeenteRecord } from '../../db/reference.ts';
import { evaluate, type RechtencheckFacts } from '../../domain/rechtencheck/index.ts';
import { InputError } from '../../web/errors.ts';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { withOffers } from './explain.ts';
import { CODE_RATE_LIMIT, PATH, field, hide, maskCode, noStore } from './route-helpers.ts';
import { langOf, type Lang } from './texts.ts';
import { CodePage, DeleteConfirmPage, MessagePage, ShareCreatedPage, type AnswerRow } from './views.tsx';
import { ResultPage, type ResultMode } from './result-view.tsx';

export interface ShareDeps {
  plain: (request: FastifyRequest, reply: FastifyReply) => ViewContext;
  withCsrf: (request: FastifyRequest, reply: FastifyReply) => ViewContext;
  draftGone: (request: FastifyRequest, reply: FastifyReply) => unknown;
  gemeenteOf: (facts: RechtencheckFacts) => Promise<GemeenteRecord | null>;
  answerRows: (facts: RechtencheckFacts, gemeente: GemeenteRecord | null, lang: Lang, path?: string[]) => AnswerRow[];
  policyFor: (gemeente: string | null | undefined, date?: string) => Promise<import('../../domain/rechtencheck/index.ts').GemeentePolicy>;
}

export async function sharePlugin(app: FastifyInstance, deps: ShareDeps) {
  const { plain, withCsrf, draftGone, gemeenteOf, answerRows, policyFor } = deps;

  app.post(`${PATH}/delen`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const concept = field(request.body, 'concept', 40);
    const draft = concept ? await getDraft(app.db, concept) : null;
    if (!draft) return draftGone(request, reply);
    const daysText = field(request.body, 'dagen', 4) || String(SHARE_DAYS_DEFAULT);
    const days = Number(daysText);
    if (!/^\d+$/.test(daysText) || days < 1 || days > SHARE_DAYS_MAX) {
      throw new InputError(`Kies hoe lang de code werkt: 1 tot en met ${SHARE_DAYS_MAX} dagen.`, [{ field: 'dagen', message: `Kies 1 tot en met ${SHARE_DAYS_MAX} dagen.` }]);
    }
    const { receipt } = evaluate(draft.facts, { policy: await policyFor(draft.facts.gemeente) });
    const share = await createShare(app.db, { facts: receipt.facts, receipt, days });
    const deleteUrl = `${app.config.baseUrl}${PATH}/gedeeld/${share.code}/verwijderen?sleutel=${share.deleteKey}`;
    return noStore(reply).page(
      ShareCreatedPage({ ctx: withCsrf(request, reply), code: share.code, deleteUrl, expiresAt: share.expiresAt, concept, baseUrl: app.config.baseUrl }),
      201,
    );
  });

  app.get(`${PATH}/code`, hide, async (request, reply) => reply.page(CodePage({ ctx: withCsrf(request, reply), value: '', errors: [] })));

  const goneMessages = {
    unknown: 'We vinden geen uitslag bij deze code. Controleer of je de code goed hebt overgenomen. Misschien is de code verlopen of verwijderd.',
    expired: 'Deze code is verlopen. De antwoorden zijn gewist. Vraag de persoon om de Rechtencheck opnieuw te delen.',
    deleted: 'Deze code is verwijderd door de persoon die hem maakte. De antwoorden zijn gewist.',
  } as const;

  app.post(`${PATH}/code`, { ...hide, preValidation: app.csrfProtection, config: { rateLimit: CODE_RATE_LIMIT } }, async (request, reply) => {
    const typed = field(request.body, 'code', 40).trim();
    const code = normalizeShareCode(typed);
    const again = (message: string, status: number) =>
      noStore(reply).page(CodePage({ ctx: withCsrf(request, reply), value: typed, errors: [{ field: 'code', message }] }), status);
    if (!typed) return again('Typ de code die je kreeg.', 400);
    if (!code) {
      return again('Deze code klopt niet. Een code heeft 8 tekens, zoals K7MD-3QXP. De letters I, L en O en de cijfers 0 en 1 komen er niet in voor.', 400);
    }
    const found = await findShare(app.db, code);
    if (found.status === 'ok') return reply.redirect(`${PATH}/gedeeld/${code}`, 303);
    return again(goneMessages[found.status], found.status === 'unknown' ? 404 : 410);
  });

  app.get(`${PATH}/gedeeld/:code`, { ...hide, ...maskCode, config: { rateLimit: CODE_RATE_LIMIT } }, async (request, reply) => {
    const code = normalizeShareCode((request.params as { code: string }).code);
    const found = code ? await findShare(app.db, code) : ({ status: 'unknown' } as const);
    if (found.status !== 'ok') {
      return noStore(reply).page(
        MessagePage({ ctx: plain(request, reply), title: 'Deze code werkt niet', message: goneMessages[found.status], alert: true }),
        found.status === 'unknown' ? 404 : 410,
      );
    }
    const lang = langOf((request.query as Record<string, unknown>).taal);
    // Worked out again from the stored facts, with the stored date and policy.
    const evaluated = evaluate(found.receipt.facts, { date: found.receipt.date, policy: found.receipt.policy });
    const gemeente = await gemeenteOf(found.receipt.facts);
    const result = await withOffers(app.db, evaluated, gemeente);
    const mode: ResultMode = {
      kind: 'shared',
      code: code!,
      createdAt: found.createdAt,
      expiresAt: found.expiresAt,
      sameAsShared: evaluated.receipt.hash === found.receipt.hash,
      sharedHash: found.receipt.hash,
    };
    return noStore(reply).page(
      ResultPage({ ctx: plain(request, reply), result, mode, answers: answerRows(found.receipt.facts, gemeente, lang), lang }),
    );
  });

  const deleteLinkWrong = 'Deze link om te verwijderen klopt niet. Gebruik de hele link die je kreeg toen je de code maakte.';

  app.get(`${PATH}/gedeeld/:code/verwijderen`, { ...hide, ...maskCode, config: { rateLimit: CODE_RATE_LIMIT } }, async (request, reply) => {
    const code = normalizeShareCode((request.params as { code: string }).code);
    const key = field(request.query, 'sleutel', 60);
    const check = code && key ? await checkDeleteKey(app.db, code, key) : 'unknown';
    if (check === 'deleted') return noStore(reply).page(DeleteConfirmPage({ ctx: withCsrf(request, reply), code: code!, deleteKey: key }));
    const already = check === 'already';
    return noStore(reply).page(
      MessagePage({
        ctx: plain(request, reply),
        title: already ? 'Deze code werkt al niet meer' : 'Deze link klopt niet',
        message: already ? 'Deze code is al verwijderd of verlopen. De antwoorden zijn gewist.' : deleteLinkWrong,
        alert: !already,
      }),
      already ? 410 : 404,
    );
  });

  app.post(
    `${PATH}/gedeeld/:code/verwijderen`,
    { ...hide, ...maskCode, preValidation: app.csrfProtection, config: { rateLimit: CODE_RATE_LIMIT } },
    async (request, reply) => {
      const code = normalizeShareCode((request.params as { code: string }).code);
      const key = field(request.body, 'sleutel', 60);
      const outcome = code && key ? await deleteShare(app.db, code, key) : 'unknown';
      if (outcome === 'deleted') {
        return noStore(reply).page(
          MessagePage({
            ctx: plain(request, reply),
            title: 'De code is verwijderd',
            message: 'De code is verwijderd en je antwoorden zijn gewist. Niemand kan de uitslag nog zien met deze code.',
            links: [{ href: PATH, label: 'Naar de Rechtencheck' }],
          }),
        );
      }
      const already = outcome === 'already';
      return noStore(reply).page(
        MessagePage({
          ctx: plain(request, reply),
          title: already ? 'Deze code werkt al niet meer' : 'Deze link klopt niet',
          message: already ? 'Deze code is al verwijderd of verlopen. De antwoorden zijn gewist.' : deleteLinkWrong,
          alert: !already,
        }),
        already ? 410 : 404,
      );
    },
  );
}
