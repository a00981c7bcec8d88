// Rechtencheck pages. The questionnaire is a series of server-side steps,
// one question per page (POST, then a redirect to the next step), so it works
// without JavaScript. The answers live in a draft keyed by a random id in the
// URL (?concept=…): no login and no cookie are needed to keep them. See
// docs/rechtencheck.md.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { policyAt } from '../../db/rechtencheck-policy.ts';
import { createDraft, deleteDraft, getDraft, purgeRechtencheck, saveDraft, DRAFT_ID_PATTERN } from '../../db/rechtencheck.ts';
import { getGemeente, resolvePlace, type GemeenteRecord, type PlaceMatch } from '../../db/reference.ts';
import { evaluate, mostDecisive, type GemeentePolicy, type Question, type RechtencheckFacts } from '../../domain/rechtencheck/index.ts';
import { InputError, type FieldError } from '../../web/errors.ts';
import { viewContext } from '../wegwijzer/routes.tsx';
import { withOffers } from './explain.ts';
import { mostlyUnknown } from './layers.ts';
import { resultPdf } from './pdf.ts';
import { personaById, type Persona } from './personas.ts';
import { QuestionPage } from './question-view.tsx';
import {
  DONT_KNOW_FIELD,
  answerText,
  answeredQuestions,
  applyAnswer,
  canShow,
  draftFromFacts,
  nextQuestionId,
  openQuestions,
  parseAnswer,
  questionById,
  sentValues,
  valuesFromFacts,
  type Draft,
  type ParsedAnswer,
} from './questionnaire.ts';
import { ResultPage, type ResultMode } from './result-view.tsx';
import { PATH, field, hide, langParam, noStore } from './route-helpers.ts';
import { sharePlugin } from './share-routes.tsx';
import { contactPlugin } from './contact-routes.tsx';
import { ContactBlock } from './contact-view.tsx';
import { langOf, type Lang } from './texts.ts';
import { IntroPage, MessagePage, type AnswerRow } from './views.tsx';

export { CODE_RATE_LIMIT } from './route-helpers.ts';

const EXPIRED_DRAFT = 'Je antwoorden zijn niet meer bewaard. We wissen ze 24 uur na je laatste antwoord, of als je zelf op “Wis mijn antwoorden” klikt. Begin opnieuw; het duurt maar een paar minuten.';

export async function rechtencheckPlugin(app: FastifyInstance) {
  const withCsrf = (request: FastifyRequest, reply: FastifyReply) => viewContext(app, request, reply.generateCsrf());
  const plain = (request: FastifyRequest, reply: FastifyReply) =>
    viewContext(app, request, request.user ? reply.generateCsrf() : undefined);

  const gemeenteOf = async (facts: RechtencheckFacts): Promise<GemeenteRecord | null> =>
    facts.gemeente ? getGemeente(app.db, facts.gemeente) : null;

  /** The policy the person's gemeente recorded (national default when none). */
  const policyFor = async (gemeente: string | null | undefined, date?: string): Promise<GemeentePolicy> =>
    policyAt(app.db, gemeente, date ?? new Date().toISOString().slice(0, 10));

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

  function questionUrl(concept: string, id: string | null, lang: Lang = 'nl'): string {
    return (id ? `${PATH}/vraag?concept=${concept}&vraag=${id}` : `${PATH}/uitslag?concept=${concept}`) + langParam(lang);
  }

  async function showQuestion(
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    concept: string | null,
    q: Question,
    extra: { errors?: FieldError[]; values?: Record<string, string | string[]>; choices?: PlaceMatch[]; lang?: Lang; fromResult?: boolean } = {},
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
        lang: extra.lang ?? 'nl',
        date: new Date().toISOString().slice(0, 10),
        fromResult: extra.fromResult ?? false,
        gemeente: draft.facts.gemeente ?? null,
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
    const lang = langOf(query.taal);
    const fromResult = field(query, 'wijzig', 2) === '1';
    if (asked && canShow(draft, asked)) return showQuestion(request, reply, draft, concept, questionById(asked)!, { lang, fromResult });
    const next = nextQuestionId(draft, draft.path.length - 1);
    if (!concept) return showQuestion(request, reply, draft, null, questionById(next ?? 'gemeente')!, { lang });
    if (asked || !next) return reply.redirect(questionUrl(concept, next, lang), 303);
    return showQuestion(request, reply, draft, concept, questionById(next)!, { lang });
  });

  app.post(`${PATH}/vraag`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const lang = langOf(field(body, 'taal', 2));
    const fromResult = field(body, 'wijzig', 2) === '1';
    const persona = personaById(field(body, 'persona', 20));
    if (persona && !field(body, 'vraag')) {
      const draft = draftFromFacts(persona.facts);
      const concept = await store(null, draft);
      return reply.redirect(questionUrl(concept!, draft.path[0] ?? null, lang), 303);
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
      return reply.redirect(concept ? questionUrl(concept, nextQuestionId(draft, draft.path.length - 1), lang) : `${PATH}/vraag`, 303);
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
      return reply.redirect(questionUrl(concept, previous, lang), 303);
    }
    if (!parsed.ok) {
      const choices = parsed.choices;
      return showQuestion(
        request,
        reply,
        draft,
        concept,
        q,
        { errors: parsed.errors, values: sentValues(q, body), lang, fromResult, ...(choices ? { choices } : {}) },
        choices ? 200 : 400,
      );
    }
    const updated = applyAnswer(draft, q, parsed.sets);
    const id = await store(concept, updated);
    if (!id) return draftGone(request, reply);
    // After "Wijzig" on the result: straight back to it, unless the new
    // answer opens a question that was not asked yet (a job → its hours).
    if (fromResult) {
      const opened = openQuestions(updated)[0]?.id ?? null;
      return reply.redirect(questionUrl(id, opened, lang), 303);
    }
    return reply.redirect(questionUrl(id, nextQuestionId(updated, updated.path.indexOf(q.id)), lang), 303);
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
    const policy = await policyFor(source.facts.gemeente);
    const ctx = withCsrf(request, reply);
    const result = await withOffers(app.db, evaluate(source.facts, { policy }), gemeente, ctx);
    // With mostly "weet ik niet": the two or three answers that change most.
    const decisive = mostlyUnknown(result)
      ? mostDecisive(source.facts, { policy }).map((d) => ({ questionId: d.question.id, question: d.question.text[lang] }))
      : [];
    return noStore(reply).page(
      ResultPage({
        ctx,
        result,
        mode: source.mode,
        answers: answerRows(source.facts, gemeente, lang, source.path),
        lang,
        decisive,
        ...(source.mode.kind === 'draft' ? { contact: ContactBlock({ concept: source.mode.concept, lang }) } : {}),
      }),
    );
  });

  app.get(`${PATH}/uitslag.pdf`, hide, async (request, reply) => {
    const source = await sourceOf(request);
    if (source === 'gone') return draftGone(request, reply);
    if (!source) return reply.redirect(`${PATH}/vraag`, 303);
    const lang = langOf((request.query as Record<string, unknown>).taal);
    const gemeente = await gemeenteOf(source.facts);
    const result = await withOffers(app.db, evaluate(source.facts, { policy: await policyFor(source.facts.gemeente) }), gemeente, plain(request, reply));
    const full = field(request.query, 'volledig', 2) === '1';
    const title = source.mode.kind === 'persona' ? `Rechtencheck: ${source.mode.persona.name} (voorbeeld)` : undefined;
    const pdf = await resultPdf(result, answerRows(source.facts, gemeente, lang, source.path), lang, app.config.baseUrl, title, full);
    return noStore(reply)
      .header('content-disposition', `attachment; filename="rechtencheck-uitslag-${result.date}.pdf"`)
      .type('application/pdf')
      .send(pdf);
  });

  await sharePlugin(app, { plain, withCsrf, draftGone, gemeenteOf, answerRows, policyFor });
  await contactPlugin(app, { withCsrf, draftGone, policyFor });
}
