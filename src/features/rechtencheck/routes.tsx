// Rechtencheck pages. The questionnaire is a series of server-side steps,
// one question per page (POST, then a redirect to the next step), so it works
// without JavaScript. The answers live in a draft keyed by a random id in the
// URL (?concept=…): no login and no cookie are needed to keep them. See
// docs/rechtencheck.md.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createDraft,
  createShare,
  deleteDraft,
  deleteShare,
  checkDeleteKey,
  findShare,
  getDraft,
  normalizeShareCode,
  purgeRechtencheck,
  saveDraft,
  SHARE_DAYS_DEFAULT,
  SHARE_DAYS_MAX,
  DRAFT_ID_PATTERN,
} from '../../db/rechtencheck.ts';
import { getGemeente, resolvePlace, type GemeenteRecord, type PlaceMatch } from '../../db/reference.ts';
import { evaluate, type Question, type RechtencheckFacts } from '../../domain/rechtencheck/index.ts';
import { InputError, type FieldError } from '../../web/errors.ts';
import { viewContext } from '../wegwijzer/routes.tsx';
import { withOffers } from './explain.ts';
import { resultPdf } from './pdf.ts';
import { personaById, type Persona } from './personas.ts';
import {
  DONT_KNOW_FIELD,
  answerText,
  answeredQuestions,
  applyAnswer,
  canShow,
  draftFromFacts,
  nextQuestionId,
  parseAnswer,
  questionById,
  sentValues,
  valuesFromFacts,
  type Draft,
  type ParsedAnswer,
} from './questionnaire.ts';
import { langOf, type Lang } from './texts.ts';
import {
  CodePage,
  DeleteConfirmPage,
  IntroPage,
  MessagePage,
  QuestionPage,
  ResultPage,
  ShareCreatedPage,
  type AnswerRow,
  type ResultMode,
} from './views.tsx';

const PATH = '/rechtencheck';

/** Code guessing: lookups per IP address per minute. 31^8 codes make guessing hopeless at this rate. */
export const CODE_RATE_LIMIT = { max: 10, timeWindow: '1 minute' } as const;

const hide = { schema: { hide: true } };

/**
 * A share code in a path must not reach the request log (it opens a result).
 * Same fields as the app's request serializer, with the code masked.
 */
const maskCode = {
  logSerializers: {
    req: (req: { method: string; url: string; id: string }) => ({
      method: req.method,
      path: (req.url.split('?')[0] ?? '').replace(/\/gedeeld\/[^/]+/, '/gedeeld/(code)'),
      id: req.id,
    }),
  },
};

function field(body: unknown, name: string, max = 200): string {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.slice(0, max) : '';
}

function noStore(reply: FastifyReply): FastifyReply {
  // Pages with answers or secrets stay out of shared caches and the back-forward cache.
  return reply.header('cache-control', 'no-store');
}

const EXPIRED_DRAFT = 'Je antwoorden zijn niet meer bewaard. We wissen ze 24 uur na je laatste antwoord, of als je zelf op “Wis mijn antwoorden” klikt. Begin opnieuw; het duurt maar een paar minuten.';

export async function rechtencheckPlugin(app: FastifyInstance) {
  const withCsrf = (request: FastifyRequest, reply: FastifyReply) => viewContext(app, request, reply.generateCsrf());
  const plain = (request: FastifyRequest, reply: FastifyReply) =>
    viewContext(app, request, request.user ? reply.generateCsrf() : undefined);

  const gemeenteOf = async (facts: RechtencheckFacts): Promise<GemeenteRecord | null> =>
    facts.gemeente ? getGemeente(app.db, facts.gemeente) : null;

  const draftGone = (request: FastifyRequest, reply: FastifyReply) =>
    noStore(reply).page(
      MessagePage({
        ctx: plain(request, reply),
        title: 'Je antwoorden zijn gewist',
        message: EXPIRED_DRAFT,
        links: [{ href: `${PATH}/vraag`, label: 'Begin opnieuw met de Rechtencheck' }],
      }),
      404,
    );

  /** The answer to the gemeente question: a name, a woonplaats, a code, a choice, or "weet ik niet". */
  async function parseGemeente(body: Record<string, unknown>, current?: string | null): Promise<ParsedAnswer & { choices?: PlaceMatch[] }> {
    if (field(body, DONT_KNOW_FIELD) === 'ja') return { ok: true, sets: { gemeente: null } };
    const typed = field(body, 'gemeente', 100).trim();
    const chosen = field(body, 'gemeente_code', 10).toUpperCase();
    if (!typed) {
      return { ok: false, errors: [{ field: 'gemeente', message: 'Typ de naam van je gemeente of je woonplaats. Weet je het niet? Vink dan “Weet ik niet” aan.' }] };
    }
    // The earlier answer, shown again by its name: keep it (also when the name is not unique).
    const previous = current ? await getGemeente(app.db, current) : null;
    if (previous && previous.name.toLowerCase() === typed.toLowerCase() && !chosen) return { ok: true, sets: { gemeente: previous.code } };
    if (/^GM\d{4}$/i.test(typed)) {
      const g = await getGemeente(app.db, typed.toUpperCase());
      return g ? { ok: true, sets: { gemeente: g.code } } : { ok: false, errors: [{ field: 'gemeente', message: `We kennen geen gemeente met code ${typed.toUpperCase()}. Typ de naam van je gemeente of woonplaats.` }] };
    }
    const { exact, suggestions } = await resolvePlace(app.db, typed);
    const candidates = exact.length ? exact : suggestions;
    if (chosen && candidates.some((c) => c.code === chosen)) return { ok: true, sets: { gemeente: chosen } };
    if (candidates.length === 1) return { ok: true, sets: { gemeente: candidates[0]!.code } };
    if (candidates.length > 1 && candidates.length <= 12) {
      return {
        ok: false,
        choices: candidates,
        errors: [{ field: 'gemeente_code', message: `Er zijn meer plaatsen die passen bij “${typed}”. Kies welke je bedoelt.` }],
      };
    }
    return {
      ok: false,
      errors: [{ field: 'gemeente', message: `We kennen geen gemeente of woonplaats “${typed}”. Controleer de spelling, of typ de naam van je gemeente.` }],
    };
  }

  function questionUrl(concept: string, id: string | null): string {
    return id ? `${PATH}/vraag?concept=${concept}&vraag=${id}` : `${PATH}/uitslag?concept=${concept}`;
  }

  async function showQuestion(
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    concept: string | null,
    q: Question,
    extra: { errors?: FieldError[]; values?: Record<string, string | string[]>; choices?: PlaceMatch[] } = {},
    status = 200,
  ) {
    const index = draft.path.indexOf(q.id);
    const gemeente = q.type === 'gemeente' ? await gemeenteOf(draft.facts) : null;
    return noStore(reply).page(
      QuestionPage({
        ctx: withCsrf(request, reply),
        question: q,
        number: index >= 0 ? index + 1 : draft.path.length + 1,
        concept,
        values: extra.values ?? valuesFromFacts(q, draft.facts, gemeente?.name),
        errors: extra.errors ?? [],
        ...(extra.choices ? { placeChoices: extra.choices } : {}),
      }),
      status,
    );
  }

  /** Saves a draft (creating it on the first answer); returns its id. */
  async function store(concept: string | null, draft: Draft): Promise<string | null> {
    if (concept) return (await saveDraft(app.db, concept, draft)) ? concept : null;
    await purgeRechtencheck(app.db);
    return createDraft(app.db, draft);
  }

  // ---------------------------------------------------------------- intro

  app.get(PATH, hide, async (request, reply) => {
    const melding = (request.query as Record<string, unknown>).melding;
    const notice = melding === 'gewist' ? 'Je antwoorden zijn gewist.' : undefined;
    return reply.page(IntroPage({ ctx: plain(request, reply), ...(notice ? { notice } : {}) }));
  });

  // ---------------------------------------------------------------- questions

  app.get(`${PATH}/vraag`, hide, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const concept = field(query, 'concept', 40) || null;
    const draft = concept ? await getDraft(app.db, concept) : { facts: {}, path: [] };
    if (!draft) return draftGone(request, reply);
    const asked = field(query, 'vraag', 40);
    if (asked && canShow(draft, asked)) return showQuestion(request, reply, draft, concept, questionById(asked)!);
    const next = nextQuestionId(draft, draft.path.length - 1);
    if (!concept) return showQuestion(request, reply, draft, null, questionById(next ?? 'gemeente')!);
    if (asked || !next) return reply.redirect(questionUrl(concept, next), 303);
    return showQuestion(request, reply, draft, concept, questionById(next)!);
  });

  app.post(`${PATH}/vraag`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const persona = personaById(field(body, 'persona', 20));
    if (persona && !field(body, 'vraag')) {
      const draft = draftFromFacts(persona.facts);
      const concept = await store(null, draft);
      return reply.redirect(questionUrl(concept!, draft.path[0] ?? null), 303);
    }
    const conceptField = field(body, 'concept', 40);
    const concept = conceptField && DRAFT_ID_PATTERN.test(conceptField) ? conceptField : null;
    if (conceptField && !concept) return draftGone(request, reply);
    const draft = concept ? await getDraft(app.db, concept) : { facts: {}, path: [] };
    if (!draft) return draftGone(request, reply);
    const q = questionById(field(body, 'vraag', 40));
    if (!q) {
      throw new InputError('Deze vraag kennen we niet. Begin opnieuw met de Rechtencheck.', [{ field: 'vraag', message: 'Onbekende vraag.' }]);
    }
    if (!canShow(draft, q.id)) {
      // An old page: this question is no longer asked. Go to the question that is.
      return reply.redirect(concept ? questionUrl(concept, nextQuestionId(draft, draft.path.length - 1)) : `${PATH}/vraag`, 303);
    }
    const parsed: ParsedAnswer & { choices?: PlaceMatch[] } = q.type === 'gemeente' ? await parseGemeente(body, draft.facts.gemeente) : parseAnswer(q, body);
    const back = field(body, 'actie') === 'terug';
    if (back) {
      if (!concept) return reply.redirect(PATH, 303); // back from the first question: nothing to keep yet
      // Back keeps a valid answer; an empty or wrong one is simply not saved.
      let current = draft;
      if (parsed.ok) {
        current = applyAnswer(draft, q, parsed.sets);
        if (!(await store(concept, current))) return draftGone(request, reply);
      }
      const index = current.path.indexOf(q.id);
      const previous = index > 0 ? current.path[index - 1]! : index < 0 ? current.path[current.path.length - 1] : undefined;
      if (!previous) return reply.redirect(PATH, 303);
      return reply.redirect(questionUrl(concept, previous), 303);
    }
    if (!parsed.ok) {
      const choices = parsed.choices;
      return showQuestion(
        request,
        reply,
        draft,
        concept,
        q,
        { errors: parsed.errors, values: sentValues(q, body), ...(choices ? { choices } : {}) },
        choices ? 200 : 400,
      );
    }
    const updated = applyAnswer(draft, q, parsed.sets);
    const id = await store(concept, updated);
    if (!id) return draftGone(request, reply);
    return reply.redirect(questionUrl(id, nextQuestionId(updated, updated.path.indexOf(q.id))), 303);
  });

  app.post(`${PATH}/wissen`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const concept = field(request.body, 'concept', 40);
    if (concept) await deleteDraft(app.db, concept);
    return reply.redirect(`${PATH}?melding=gewist`, 303);
  });

  // ---------------------------------------------------------------- result

  type Source = { facts: RechtencheckFacts; path?: string[]; mode: ResultMode };

  async function sourceOf(request: FastifyRequest): Promise<Source | 'gone' | null> {
    const query = request.query as Record<string, unknown>;
    const persona: Persona | undefined = personaById(field(query, 'persona', 20));
    if (persona) return { facts: persona.facts, mode: { kind: 'persona', persona } };
    const concept = field(query, 'concept', 40);
    if (!concept) return null;
    const draft = await getDraft(app.db, concept);
    if (!draft) return 'gone';
    return { facts: draft.facts, path: draft.path, mode: { kind: 'draft', concept } };
  }

  function answerRows(facts: RechtencheckFacts, gemeente: GemeenteRecord | null, lang: Lang, path?: string[]): AnswerRow[] {
    return answeredQuestions(facts, path).map((q) => ({
      questionId: q.id,
      question: q.text[lang],
      answer: answerText(q, facts, gemeente?.name, lang),
    }));
  }

  app.get(`${PATH}/uitslag`, hide, async (request, reply) => {
    const source = await sourceOf(request);
    if (source === 'gone') return draftGone(request, reply);
    if (!source) return reply.redirect(`${PATH}/vraag`, 303);
    const lang = langOf((request.query as Record<string, unknown>).taal);
    const gemeente = await gemeenteOf(source.facts);
    const result = await withOffers(app.db, evaluate(source.facts), gemeente);
    return noStore(reply).page(
      ResultPage({
        ctx: withCsrf(request, reply),
        result,
        mode: source.mode,
        answers: answerRows(source.facts, gemeente, lang, source.path),
        lang,
      }),
    );
  });

  app.get(`${PATH}/uitslag.pdf`, hide, async (request, reply) => {
    const source = await sourceOf(request);
    if (source === 'gone') return draftGone(request, reply);
    if (!source) return reply.redirect(`${PATH}/vraag`, 303);
    const lang = langOf((request.query as Record<string, unknown>).taal);
    const gemeente = await gemeenteOf(source.facts);
    const result = await withOffers(app.db, evaluate(source.facts), gemeente);
    const title = source.mode.kind === 'persona' ? `Rechtencheck: ${source.mode.persona.name} (voorbeeld)` : undefined;
    const pdf = await resultPdf(result, answerRows(source.facts, gemeente, lang, source.path), lang, app.config.baseUrl, title);
    return noStore(reply)
      .header('content-disposition', `attachment; filename="rechtencheck-uitslag-${result.date}.pdf"`)
      .type('application/pdf')
      .send(pdf);
  });

  // ---------------------------------------------------------------- sharing

  app.post(`${PATH}/delen`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const concept = field(request.body, 'concept', 40);
    const draft = concept ? await getDraft(app.db, concept) : null;
    if (!draft) return draftGone(request, reply);
    const daysText = field(request.body, 'dagen', 4) || String(SHARE_DAYS_DEFAULT);
    const days = Number(daysText);
    if (!/^\d+$/.test(daysText) || days < 1 || days > SHARE_DAYS_MAX) {
      throw new InputError(`Kies hoe lang de code werkt: 1 tot en met ${SHARE_DAYS_MAX} dagen.`, [{ field: 'dagen', message: `Kies 1 tot en met ${SHARE_DAYS_MAX} dagen.` }]);
    }
    const { receipt } = evaluate(draft.facts);
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
