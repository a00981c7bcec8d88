// POST /api/v1/transities: transition events from machine clients (UWV, a
// school, a jobcoach organisation ...), authenticated with an API token of
// the receiving organisation (Authorization: Bearer ...). All or nothing and
// idempotent on extern_id; see docs/transities.md.
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { transitionKinds } from '../../db/trajecten/index.ts';
import { actorOf } from '../../web/auth.tsx';
import { dutchMessageFor, fieldErrorsFromValidation, InputError, type FieldError } from '../../web/errors.ts';
import { importTransitions, MAX_IMPORT_ROWS, MAX_LENGTH, type RejectedRow, type TransitionImportReport } from './import.ts';

const nullable = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const TransitionInput = Type.Object(
  {
    extern_id: Type.String({
      minLength: 1,
      maxLength: MAX_LENGTH.extern_id,
      description: 'Je eigen kenmerk van deze gebeurtenis (bijvoorbeeld een berichtnummer). Verplicht. Dezelfde extern_id nog eens sturen maakt niets nieuws aan.',
    }),
    soort: Type.String({
      enum: Object.keys(transitionKinds),
      description: `Soort overgang: ${Object.entries(transitionKinds).map(([k, v]) => `${k} (${v})`).join('; ')}.`,
    }),
    datum: Type.String({ maxLength: 40, description: 'Datum van de gebeurtenis, JJJJ-MM-DD.', examples: ['2025-03-31'] }),
    persoon_id: nullable(Type.String({ maxLength: 100, description: 'Id van een persoon van jouw organisatie in InBeeld. Vul óf dit in, óf voornaam en achternaam.' })),
    voornaam: nullable(Type.String({ maxLength: MAX_LENGTH.voornaam, description: 'Voornaam; verplicht zonder persoon_id.' })),
    achternaam: nullable(Type.String({ maxLength: MAX_LENGTH.achternaam, description: 'Achternaam; verplicht zonder persoon_id.' })),
    geboortejaar: nullable(Type.Integer({ description: 'Geboortejaar, bijvoorbeeld 1998.' })),
    bsn: nullable(Type.String({
      maxLength: 20,
      description: 'BSN (9 cijfers, 11-proef). Niet verplicht. Heeft jouw organisatie al een persoon met dit BSN, dan krijgt die persoon de overgang.',
    })),
    gemeente: nullable(Type.String({ maxLength: 10, description: 'CBS-code van de gemeente van de persoon (GM0114). Standaard: de gemeente van jouw organisatie.' })),
    notitie: nullable(Type.String({ maxLength: MAX_LENGTH.notitie, description: 'Toelichting voor de consulent.' })),
  },
  { additionalProperties: false },
);

const Body = Type.Object(
  { transities: Type.Array(TransitionInput, { minItems: 1, maxItems: MAX_IMPORT_ROWS }) },
  { additionalProperties: false },
);

const FieldErrors = Type.Array(Type.Object({ field: Type.String(), message: Type.String() }));

const Rejected = Type.Array(
  Type.Object({
    rij: Type.Integer({ description: 'Plaats in de lijst transities, vanaf 1.' }),
    extern_id: Type.Union([Type.String(), Type.Null()]),
    fields: FieldErrors,
  }),
);

const ErrorResponse = Type.Object({
  error: Type.Object({ status: Type.Integer(), message: Type.String(), fields: FieldErrors }),
  afgewezen: Type.Optional(Rejected),
});

const Report = Type.Object({
  aangemaakt: Type.Integer({ description: 'Nieuwe overgangen (taken).' }),
  al_aanwezig: Type.Integer({ description: 'Overgangen met een extern_id dat er al was: niet opnieuw aangemaakt.' }),
  nieuwe_personen: Type.Integer(),
  transities: Type.Array(
    Type.Object({
      rij: Type.Integer(),
      extern_id: Type.String(),
      status: Type.String({ enum: ['aangemaakt', 'al-aanwezig'] }),
      transitie_id: Type.String(),
      persoon_id: Type.String(),
      nieuwe_persoon: Type.Boolean(),
      deadline: Type.String({ description: 'Uiterste datum om de overgang op te pakken (werkdagen, JJJJ-MM-DD).' }),
    }),
  ),
});

const INVALID = 'Niets ingelezen: niet alle invoer klopt. Pas de velden hieronder aan en stuur alles opnieuw.';

/** Schema errors grouped per transition, like the import's own report. */
function rejectedFromValidation(error: FastifyError, body: unknown): RejectedRow[] {
  const rows = new Map<number, RejectedRow>();
  const list = (body as { transities?: unknown } | null)?.transities;
  for (const v of (error.validation ?? []) as unknown as Array<{ keyword: string; instancePath: string; params: Record<string, unknown> }>) {
    const match = /^\/transities\/(\d+)(?:\/(.*))?$/.exec(v.instancePath);
    if (!match) continue;
    const index = Number(match[1]);
    const field = v.keyword === 'required' ? String(v.params.missingProperty) : v.keyword === 'additionalProperties' ? String(v.params.additionalProperty) : (match[2] ?? 'overgang');
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const externId = typeof item?.extern_id === 'string' ? item.extern_id : null;
    const entry = rows.get(index) ?? { row: index + 1, externId, fields: [] };
    entry.fields.push({ field, message: `${field}: ${dutchMessageFor(v as Parameters<typeof dutchMessageFor>[0])}` });
    rows.set(index, entry);
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

const apiRejected = (rejected: RejectedRow[]) => rejected.map((r) => ({ rij: r.row, extern_id: r.externId, fields: r.fields }));

function flatFields(rejected: RejectedRow[]): FieldError[] {
  return rejected.flatMap((r) => r.fields.map((f) => ({ field: `transities.${r.row - 1}.${f.field}`, message: f.message })));
}

export function reportBody(report: Extract<TransitionImportReport, { ok: true }>) {
  return {
    aangemaakt: report.created,
    al_aanwezig: report.alreadyPresent,
    nieuwe_personen: report.personsCreated,
    transities: report.rows.map((r) => ({
      rij: r.row,
      extern_id: r.externId,
      status: r.status,
      transitie_id: r.transitionId,
      persoon_id: r.personId,
      nieuwe_persoon: r.personCreated,
      deadline: r.deadline,
    })),
  };
}

export function todayIso(): string {
  // The same day as the trajecten pages use for deadlines (UTC date).
  return new Date().toISOString().slice(0, 10);
}

export async function transitiesApiPlugin(app: FastifyInstance) {
  app.post(
    '/transities',
    {
      bodyLimit: 8 * 1024 * 1024,
      attachValidation: true,
      schema: {
        tags: ['transities'],
        security: [{ apiToken: [] }],
        summary: 'Overgangen aanleveren (alles of niets, idempotent op extern_id)',
        description:
          'Elke overgang wordt een taak met een uiterste datum voor de gemeente die het token heeft. Log in met een API-token van je organisatie: ' +
          '`Authorization: Bearer <token>` (maak een token met `inbeeld api-token`). Alle overgangen worden eerst gecontroleerd; is er één fout, dan wordt ' +
          `niets opgeslagen en noemt het antwoord elke afgewezen overgang en elk veld. Hoogstens ${MAX_IMPORT_ROWS} overgangen per keer. ` +
          '201: er is iets aangemaakt; 200: alles was er al.',
        body: Body,
        response: { 200: Report, 201: Report, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (request.validationError) {
        const error = request.validationError as FastifyError;
        if (error.validationContext !== 'body') throw error;
        const rejected = rejectedFromValidation(error, request.body);
        return reply.code(400).send({ error: { status: 400, message: INVALID, fields: fieldErrorsFromValidation(error) }, afgewezen: apiRejected(rejected) });
      }
      const actor = actorOf(request);
      if (!actor.organizationId) throw new InputError('Je account hoort niet bij een organisatie. Alleen een organisatie kan overgangen ontvangen.', [], 403);
      const { transities } = request.body as { transities: Array<Record<string, unknown>> };
      const rows = transities.map((values, index) => ({ row: index + 1, values }));
      const report = await importTransitions(app.db, rows, { actor, source: 'api', today: todayIso() });
      if (!report.ok) {
        return reply.code(400).send({ error: { status: 400, message: report.message, fields: flatFields(report.rejected) }, afgewezen: apiRejected(report.rejected) });
      }
      return reply.code(report.created > 0 ? 201 : 200).send(reportBody(report));
    },
  );
}
