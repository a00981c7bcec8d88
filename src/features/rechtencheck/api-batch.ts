// POST /api/v1/rechtencheck/batch: counts per instrument and outcome for a
// group of persons (facts only, no names), each with their gemeente's
// recorded policy; with `variant`, also per instrument how many outcomes
// change under that policy change (what-if for policy makers).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { gemeenten } from '../../content/reference/index.ts';
import { policiesAt } from '../../db/rechtencheck-policy.ts';
import { ENGINE_VERSION, OUTCOMES, evaluateBatch, factsToColumns, validateFacts, type BatchOptions, type GemeentePolicy, type RechtencheckFacts } from '../../domain/rechtencheck/index.ts';
import { resolveDate } from '../../domain/rechtencheck/engine.ts';
import { applyVariant, compareBatches, parseVariantJson, VARIANT_NAMES } from '../../domain/rechtencheck/whatif.ts';
import { InputError, type FieldError } from '../../web/errors.ts';

/** Persons per call: large enough for a gemeente's caseload, small enough for one request. */
export const BATCH_API_MAX = 10_000;

const INVALID = 'Niet alle invoer klopt. Pas de velden hieronder aan en probeer het opnieuw.';
const known = new Set(gemeenten.map((g) => g.code));

const Counts = Type.Object(Object.fromEntries(OUTCOMES.map((o) => [o, Type.Integer()])), { additionalProperties: false });

const BatchResponse = Type.Object({
  engineVersion: Type.String(),
  date: Type.String(),
  persons: Type.Integer(),
  recordedPolicies: Type.Integer({ description: 'Gemeenten in de groep met eigen vastgelegd beleid; de rest krijgt de landelijke standaard.' }),
  disclaimer: Type.String(),
  instruments: Type.Array(Type.Object({ id: Type.String(), counts: Counts })),
  variant: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Integer(), Type.Null()]))),
  changes: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        changed: Type.Integer({ description: 'Personen met een andere uitkomst onder de variant.' }),
        transitions: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), count: Type.Integer() })),
      }),
    ),
  ),
});

export async function rechtencheckBatchApi(app: FastifyInstance) {
  app.post(
    '/rechtencheck/batch',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['rechtencheck'],
        summary: 'Rechtencheck voor een groep, met "wat als" voor gemeentebeleid',
        description: `Stuur { "personen": [feiten, …], "variant": { … } }. Tot ${BATCH_API_MAX} personen. Met variant (${VARIANT_NAMES.join(', ')}: "ja", "nee" of "onbekend"; jobcoachingMaxJaren een getal of null) telt het antwoord per recht of voorziening hoeveel uitkomsten veranderen, en van welke naar welke. Geen besluiten: de gemeente of UWV beslist.`,
        querystring: Type.Object({ datum: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' })) }, { additionalProperties: false }),
        body: Type.Object({ personen: Type.Array(Type.Unknown()), variant: Type.Optional(Type.Unknown()) }, { additionalProperties: false }),
        response: { 200: BatchResponse },
      },
    },
    async (request) => {
      const body = request.body as { personen: unknown[]; variant?: unknown };
      const errors: FieldError[] = [];
      if (body.personen.length === 0) errors.push({ field: 'personen', message: 'Stuur minstens één persoon.' });
      if (body.personen.length > BATCH_API_MAX) errors.push({ field: 'personen', message: `Stuur hoogstens ${BATCH_API_MAX} personen per keer; deel de groep op.` });
      const facts: RechtencheckFacts[] = [];
      body.personen.slice(0, BATCH_API_MAX).forEach((person, i) => {
        const checked = validateFacts(person);
        if (!checked.ok) for (const e of checked.errors) errors.push({ field: `personen[${i}]${e.field ? `.${e.field}` : ''}`, message: e.message });
        else {
          const f = person as RechtencheckFacts;
          if (f.gemeente && !known.has(f.gemeente)) errors.push({ field: `personen[${i}].gemeente`, message: `Er is geen gemeente met code ${f.gemeente}.` });
          facts.push(f);
        }
      });
      const variant = body.variant === undefined ? null : parseVariantJson(body.variant);
      if (variant) errors.push(...variant.errors.map((message) => ({ field: 'variant', message })));
      let date = '';
      try {
        date = resolveDate((request.query as { datum?: string }).datum);
      } catch (error) {
        errors.push({ field: 'datum', message: `De datum klopt niet: ${(error as Error).message}.` });
      }
      // At most 20 messages: enough to see the pattern, small enough to read.
      if (errors.length) throw new InputError(INVALID, errors.slice(0, 20));

      const columns = factsToColumns(facts);
      const recorded = await policiesAt(app.db, date);
      const policies: Partial<GemeentePolicy>[] = [{}];
      const indexOf = new Map<string, number>();
      columns.policyIndex = Uint16Array.from(facts, (f) => {
        const policy = f.gemeente ? recorded.get(f.gemeente) : undefined;
        if (!policy || !f.gemeente) return 0;
        let at = indexOf.get(f.gemeente);
        if (at === undefined) indexOf.set(f.gemeente, (at = policies.push(policy) - 1));
        return at;
      });
      const options: BatchOptions = { date, policies };
      const current = evaluateBatch(columns, options);
      const answer = {
        engineVersion: ENGINE_VERSION,
        date: current.date,
        persons: current.length,
        recordedPolicies: indexOf.size,
        disclaimer: 'Dit zijn geen besluiten. De gemeente of UWV beslist.',
        instruments: current.instruments.map((i) => ({ id: i.id, counts: i.counts })),
      };
      if (!variant) return answer;
      const changed = evaluateBatch(columns, { date, policies: policies.map((p) => applyVariant(p, variant.variant)) });
      return { ...answer, variant: variant.variant, changes: compareBatches(current, changed) };
    },
  );
}
