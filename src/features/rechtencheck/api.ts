// POST /api/v1/rechtencheck: the facts as JSON in, the explained result out.
// The body schema is the domain's factsJsonSchema (strict: no type coercion,
// no unknown fields). Bad input gets a 400 that names the field, in Dutch.
import { policyAt } from '../../db/rechtencheck-policy.ts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { getGemeente, type GemeenteRecord } from '../../db/reference.ts';
import { onForgetOffers } from '../../db/catalogue/offer-cache.ts';
import { ttlCache } from '../../db/ttl-cache.ts';
import {
  ENGINE_VERSION,
  OUTCOMES,
  GEMEENTE_PATTERN,
  evaluate,
  factsJsonSchema,
  validateFacts,
  type RechtencheckFacts,
} from '../../domain/rechtencheck/index.ts';
import { InputError, fieldErrorsFromValidation, type FieldError } from '../../web/errors.ts';
import { jsonBuffer } from '../../web/json-buffer.ts';
import { EncodedBody } from '../../web/encoded.ts';
import { withOffers } from './explain.ts';
import { rechtencheckBatchApi } from './api-batch.ts';

const Text = Type.Object({ nl: Type.String(), en: Type.String() }, { description: 'Tekst in eenvoudig Nederlands (B1) en in het Engels.' });

const Source = Type.Object(
  {
    id: Type.String(),
    law: Type.String({ description: 'Naam van de wet of regeling.' }),
    article: Type.String({ description: 'Artikel (en lid).' }),
    bwb: Type.Optional(Type.String({ description: 'BWB-id op wetten.overheid.nl.' })),
    url: Type.String({ description: 'Link naar de wettekst.' }),
    validFrom: Type.String({ description: 'Datum vanaf wanneer deze regel geldt (JJJJ-MM-DD).' }),
    toCheck: Type.Optional(Type.String({ description: 'Wat een jurist nog moet bevestigen.' })),
  },
  { additionalProperties: false },
);

const Offer = Type.Object(
  {
    key: Type.String(),
    name: Type.String(),
    organization: Type.String(),
    scope: Type.String({ enum: ['gemeente', 'arbeidsmarktregio', 'national'], description: 'Waar het aanbod geldt.' }),
    demo: Type.Boolean({ description: 'Voorbeeldaanbod uit de demoregio.' }),
    url: Type.String({ description: 'Pagina van het aanbod in de Wegwijzer.' }),
  },
  { additionalProperties: false },
);

const Step = Type.Object(
  {
    who: Text,
    action: Text,
    bring: Type.Optional(Type.Array(Text)),
    ask: Type.Optional(Text),
    url: Type.Optional(Type.String()),
    offers: Type.Array(Offer, { description: 'Aanbod in de Wegwijzer in de gemeente en regio van de persoon, lokaal eerst.' }),
  },
  { additionalProperties: false },
);

const Criterion = Type.Object(
  {
    id: Type.String(),
    label: Text,
    status: Type.String({ enum: ['voldaan', 'niet_voldaan', 'onbekend'] }),
    canChange: Type.Boolean({ description: 'De persoon kan dit zelf veranderen (bijvoorbeeld inschrijven).' }),
    canAsk: Type.Boolean({ description: 'Een vraag kan dit nog beantwoorden.' }),
    informative: Type.Boolean({ description: 'Ter informatie; telt niet mee voor de uitkomst.' }),
    explanation: Text,
    source: Source,
  },
  { additionalProperties: false },
);

const Instrument = Type.Object(
  {
    id: Type.String(),
    title: Text,
    provider: Type.String({ enum: ['gemeente', 'uwv', 'werkgever', 'gemeente-of-svb'] }),
    outcome: Type.String({ enum: [...OUTCOMES] }),
    criteria: Type.Array(Criterion),
    explanation: Text,
    sources: Type.Array(Source),
    nextSteps: Type.Array(Step),
    route: Type.Optional(Type.Object({ provider: Type.String({ enum: ['gemeente', 'uwv', 'onbekend'] }), reason: Text }, { additionalProperties: false })),
    missingFacts: Type.Array(Type.String(), { description: 'Feiten die de uitkomst nog duidelijker kunnen maken.' }),
    decidedBy: Text,
  },
  { additionalProperties: false },
);

const Receipt = Type.Object(
  {
    engineVersion: Type.String(),
    rules: Type.Array(Type.Object({ id: Type.String(), version: Type.String() }, { additionalProperties: false })),
    policy: Type.Object({}, { additionalProperties: true, description: 'Het gebruikte gemeentebeleid, met standaardwaarden ingevuld.' }),
    facts: Type.Object({}, { additionalProperties: true, description: 'De genormaliseerde feiten.' }),
    date: Type.String(),
    hash: Type.String({ description: 'sha256 over de canonieke JSON van alles hierboven.' }),
  },
  { additionalProperties: false, description: 'Bon: met deze gegevens is de uitslag later precies te herhalen.' },
);

const ResultSchema = Type.Object(
  {
    engineVersion: Type.String(),
    date: Type.String({ description: 'Datum waarvoor de regels zijn toegepast.' }),
    gemeente: Type.Union([
      Type.Object(
        { code: Type.String(), name: Type.String(), arbeidsmarktregio: Type.Union([Type.String(), Type.Null()]) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    disclaimer: Text,
    results: Type.Array(Instrument),
    receipt: Receipt,
  },
  { additionalProperties: false, description: `Uitslag per recht of voorziening. Dit is geen besluit: de gemeente of UWV beslist. Regels versie ${ENGINE_VERSION}.` },
);

const errorResponse = Type.Object({
  error: Type.Object({
    status: Type.Integer(),
    message: Type.String(),
    fields: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
  }),
});

// The domain schema without its $id (one compiled schema per app, no shared reference).
const { $id: _id, ...bodySchema } = factsJsonSchema;

/**
 * Whole answers (106 KB of JSON, compressed once per encoding), kept as long as the offers
 * in them (offer-cache.ts: 30 s, cleared by any change to an offer here). Writing and
 * compressing the answer was most of the API's time; a repeated question now costs the
 * evaluation only. At most 100 answers (about 12 MB).
 */
const answerCache = ttlCache<EncodedBody>(30_000, 100);
onForgetOffers(() => answerCache.clear());

const INVALID = 'Niet alle invoer klopt. Pas de velden hieronder aan en probeer het opnieuw.';

export async function rechtencheckApiPlugin(app: FastifyInstance) {
  app.post(
    '/rechtencheck',
    {
      attachValidation: true,
      // Compressed in answerCache's EncodedBody (brotli quality 2, as for large JSON: compression.ts).
      compress: false,
      schema: {
        tags: ['rechtencheck'],
        summary: 'Rechtencheck: op welke hulp bij werk heeft iemand waarschijnlijk recht?',
        description:
          'Stuur de feiten die je weet; alles is optioneel. "onbekend" (of null bij een getal) betekent "weet ik niet". De uitslag geeft per recht of voorziening een uitkomst, de voorwaarden, de wetsartikelen en de volgende stappen met aanbod uit de Wegwijzer. Dit is geen besluit: de gemeente of UWV beslist.',
        body: { ...bodySchema, description: 'Feiten over de persoon. Geen naam of contactgegevens.' },
        querystring: Type.Object(
          { datum: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Regels van deze datum (JJJJ-MM-DD); standaard vandaag.' })) },
          { additionalProperties: false },
        ),
        response: { 200: ResultSchema, 400: errorResponse, 413: errorResponse },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown> | null | undefined;
      // The gemeente must exist in the reference data (checked with the other fields, so all errors come at once).
      const code = typeof body?.gemeente === 'string' ? body.gemeente.trim().toUpperCase() : null;
      const gemeente = code && GEMEENTE_PATTERN.test(code) ? await getGemeente(app.db, code) : null;
      const unknownGemeente: FieldError[] =
        code && GEMEENTE_PATTERN.test(code) && !gemeente
          ? [{ field: 'gemeente', message: `Er is geen gemeente met code ${code}. Zoek de code op via /api/v1/gemeenten.` }]
          : [];
      if (request.validationError) {
        // The domain names the field and says what is wrong, in Dutch.
        const error = request.validationError as FastifyError;
        if (error.validationContext === 'body') {
          const checked = validateFacts(body);
          if (!checked.ok) {
            throw new InputError(INVALID, [...checked.errors.map((e) => ({ field: e.field || 'inhoud', message: e.message })), ...unknownGemeente]);
          }
        }
        throw new InputError(INVALID, [...fieldErrorsFromValidation(error), ...unknownGemeente]);
      }
      if (unknownGemeente.length) throw new InputError(INVALID, unknownGemeente);
      const facts = (body ?? {}) as RechtencheckFacts;
      const datum = (request.query as { datum?: string }).datum;
      let evaluated;
      try {
        // The gemeente's recorded policy on that date (national default when none).
        const policyDate = datum && /^\d{4}-\d{2}-\d{2}$/.test(datum) ? datum : new Date().toISOString().slice(0, 10);
        const policy = await policyAt(app.db, facts.gemeente, policyDate);
        evaluated = evaluate(facts, datum ? { date: datum, policy } : { policy });
      } catch (error) {
        if (datum) throw new InputError(INVALID, [{ field: 'datum', message: `De datum klopt niet: ${(error as Error).message}.` }]);
        throw error;
      }
      // The receipt's hash covers the engine and rule versions, the policy, the normalised facts
      // and the date: the same hash gives the same answer while the offers it links to are kept.
      const encoded = await answerCache.get(app.db, evaluated.receipt.hash, async () =>
        new EncodedBody(jsonBuffer(answerOf(await withOffers(app.db, evaluated, gemeente), gemeente, app.config.baseUrl)), 2, 6),
      );
      return encoded.send(request, reply, 'application/json; charset=utf-8');
    },
  );
  await rechtencheckBatchApi(app);
}

/** The documented answer, field by field in the order of ResultSchema. */
function answerOf(result: Awaited<ReturnType<typeof withOffers>>, gemeente: GemeenteRecord | null, baseUrl: string): Static<typeof ResultSchema> {
  return {
        engineVersion: result.engineVersion,
        date: result.date,
        gemeente: gemeente ? { code: gemeente.code, name: gemeente.name, arbeidsmarktregio: gemeente.arbeidsmarktregioCode } : null,
        disclaimer: result.disclaimer,
        results: result.results.map((r) => ({
          id: r.id,
          title: r.title,
          provider: r.provider,
          outcome: r.outcome,
          criteria: r.criteria,
          explanation: r.explanation,
          sources: r.sources,
          nextSteps: r.nextSteps.map(({ offer: _offer, offers, ...step }) => ({
            ...step,
            offers: offers.map((o) => ({
              key: o.key,
              name: o.name,
              organization: o.organizationName,
              scope: o.scope,
              demo: o.demo,
              url: `${baseUrl}/aanbod/${o.key}`,
            })),
          })),
          ...(r.route ? { route: r.route } : {}),
          missingFacts: r.missingFacts,
          decidedBy: r.decidedBy,
        })),
        receipt: result.receipt,
  };
}
