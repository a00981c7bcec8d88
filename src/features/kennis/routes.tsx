// Kennis: the werkkaart and the persona's as working tools. All pages are
// public; answering reflection questions needs a login, and the answers are
// private to the account that wrote them. English with ?taal=en.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chapterBySlug, reflectionQuestions, werkkaart } from '../../content/kennis/werkkaart.ts';
import { personaBySlug, personaContents } from '../../content/kennis/personas.ts';
import { InputError, NotFoundError, type FieldError } from '../../web/errors.ts';
import { serviceKeysOf, serviceLinks } from './links.ts';
import { answersOf, parseAnswers, saveAnswers, type StoredAnswer } from './reflection.ts';
import { searchWerkkaart } from './search.ts';
import { langOf, MAX_QUERY_LENGTH, ui, withLang, type Lang } from './texts.ts';
import { KennisPage, KENNIS_PATH, type KennisContext } from './views-shared.tsx';
import { PersonaPage, PersonasPage, PERSONAS_PATH } from './views-personas.tsx';
import { ChapterPage, WERKKAART_PATH, WerkkaartIndexPage } from './views-werkkaart.tsx';

const slugPattern = /^[a-z0-9][a-z0-9.-]{0,59}$/;

function firstText(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : '';
}

const notFoundSection = {
  nl: 'Dit deel van de werkkaart bestaat niet. Kies een hoofdstuk uit de inhoud van de werkkaart.',
  en: 'This part of the work card does not exist. Choose a chapter from the contents of the work card.',
};
const notFoundPersona = {
  nl: 'Deze persona bestaat niet. Kies een van de vijf persona’s: Elian, Naila, Hannah, Marco of Milan.',
  en: 'This persona does not exist. Choose one of the five personas: Elian, Naila, Hannah, Marco or Milan.',
};

export async function kennisPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };

  function ctxFor(request: FastifyRequest, reply: FastifyReply, lang: Lang): KennisContext {
    return { user: request.user, lang, ...(request.user ? { csrfToken: reply.generateCsrf() } : {}) };
  }
  const langOfRequest = (request: FastifyRequest) => langOf((request.query as Record<string, unknown>).taal);

  app.get(KENNIS_PATH, hide, async (request, reply) => reply.page(KennisPage({ ctx: ctxFor(request, reply, langOfRequest(request)) })));

  app.get(WERKKAART_PATH, hide, async (request, reply) => {
    const lang = langOfRequest(request);
    const q = firstText((request.query as Record<string, unknown>).q).trim();
    const ctx = ctxFor(request, reply, lang);
    const errors: FieldError[] = [];
    if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: ui[lang].searchTooLong });
    if (errors.length) return reply.page(WerkkaartIndexPage({ ctx, q: q.slice(0, MAX_QUERY_LENGTH), errors, hits: null }), 400);
    return reply.page(WerkkaartIndexPage({ ctx, q, errors, hits: q ? searchWerkkaart(q, lang) : null }));
  });

  /** The chapter of a :sectie parameter; an old-style id such as "wk-2" redirects to the slug. */
  function chapterOf(request: FastifyRequest, reply: FastifyReply, lang: Lang) {
    const { sectie } = request.params as { sectie: string };
    const slug = sectie.toLowerCase();
    const chapter = slugPattern.test(slug) ? (chapterBySlug(slug) ?? werkkaart.find((c) => c.id.toLowerCase() === slug)) : undefined;
    if (!chapter) throw new NotFoundError(notFoundSection[lang]);
    return { chapter, redirect: chapter.slug !== sectie };
  }

  async function renderChapter(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    chapter: NonNullable<ReturnType<typeof chapterBySlug>>,
    extra: { values?: Record<string, string>; errors?: FieldError[]; saved?: boolean; status?: number },
  ) {
    const ctx = ctxFor(request, reply, lang);
    const questions = reflectionQuestions(chapter);
    const answers: Map<string, StoredAnswer> = request.user ? await answersOf(app.db, request.user.id, questions.map((q) => q.id)) : new Map();
    const services = await serviceLinks(app.db, serviceKeysOf(chapter));
    // Answers are private: never keep a personal page in a shared cache.
    if (request.user) reply.header('cache-control', 'private, no-store');
    return reply.page(
      ChapterPage({ ctx, chapter, services, answers, ...(extra.values ? { values: extra.values } : {}), errors: extra.errors ?? [], saved: extra.saved ?? false }),
      extra.status ?? 200,
    );
  }

  app.get(`${WERKKAART_PATH}/:sectie`, hide, async (request, reply) => {
    const lang = langOfRequest(request);
    const { chapter, redirect } = chapterOf(request, reply, lang);
    if (redirect) return reply.redirect(withLang(`${WERKKAART_PATH}/${chapter.slug}`, lang), 301);
    const saved = (request.query as Record<string, unknown>).melding === 'opgeslagen';
    return renderChapter(request, reply, lang, chapter, { saved });
  });

  app.post(`${WERKKAART_PATH}/:sectie/reflectie`, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const lang = langOfRequest(request);
    const user = request.user;
    if (!user) throw new InputError('Log eerst in. Daarna kun je dit gebruiken.', [], 401);
    const { chapter } = chapterOf(request, reply, lang);
    const questions = reflectionQuestions(chapter);
    if (questions.length === 0) throw new NotFoundError(notFoundSection[lang]);
    const { values, errors } = parseAnswers(request.body, questions, lang);
    if (errors.length) return renderChapter(request, reply, lang, chapter, { values, errors, status: 400 });
    await app.db.transaction((tx) => saveAnswers(tx, user.id, questions, values));
    return reply.redirect(`${withLang(`${WERKKAART_PATH}/${chapter.slug}?melding=opgeslagen`, lang)}#reflectie`, 303);
  });

  app.get(PERSONAS_PATH, hide, async (request, reply) => reply.page(PersonasPage({ ctx: ctxFor(request, reply, langOfRequest(request)) })));

  app.get(`${PERSONAS_PATH}/:id`, hide, async (request, reply) => {
    const lang = langOfRequest(request);
    const { id } = request.params as { id: string };
    const key = id.toLowerCase();
    const persona = slugPattern.test(key) ? (personaBySlug(key) ?? personaContents.find((p) => p.id.toLowerCase() === key)) : undefined;
    if (!persona) throw new NotFoundError(notFoundPersona[lang]);
    if (persona.slug !== id) return reply.redirect(withLang(`${PERSONAS_PATH}/${persona.slug}`, lang), 301);
    return reply.page(PersonaPage({ ctx: ctxFor(request, reply, lang), persona }));
  });
}
