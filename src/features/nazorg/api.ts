// POST /api/v1/plaatsingen: placement updates from machine clients (a
// werkgeversservicepunt, a jobcoach organisation), with an API token of the
// gemeente (Authorization: Bearer ...). All or nothing, idempotent on extern_id.
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { actorOf } from '../../web/auth.tsx';
import { fieldErrorsFromValidation, InputError } from '../../web/errors.ts';
import { today } from './clock.ts';
import { importPlacementUpdates, MAX_UPDATE_ROWS, updateKinds, type RejectedUpdate } from './import.ts';

const Update = Type.Object(
  {
    extern_id: Type.String({ minLength: 1, maxLength: 100, description: 'Je eigen kenmerk van deze wijziging. Hetzelfde kenmerk nog eens sturen verandert niets.' }),
    plaatsing_id: Type.String({ maxLength: 100, description: 'Id van de plaatsing in InBeeld.' }),
    soort: Type.String({ enum: Object.keys(updateKinds), description: Object.entries(updateKinds).map(([k, v]) => `${k}: ${v}`).join('; ') }),
    datum: Type.String({ maxLength: 40, description: 'JJJJ-MM-DD' }),
    reden: Type.Optional(Type.String({ maxLength: 40, description: 'Bij beeindigd: de reden uit de vaste lijst (standaard anders).' })),
    notitie: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const apiRejected = (rejected: RejectedUpdate[]) => rejected.map((r) => ({ rij: r.row, extern_id: r.externId, fields: r.fields }));

export async function nazorgApiPlugin(app: FastifyInstance) {
  app.post(
    '/plaatsingen',
    {
      attachValidation: true,
      schema: {
        tags: ['nazorg'],
        security: [{ apiToken: [] }],
        summary: 'Wijzigingen van plaatsingen aanleveren (alles of niets, idempotent op extern_id)',
        description: `Contract verlengd, nieuwe einddatum of beëindigd. Is er één fout, dan wordt niets opgeslagen. Hoogstens ${MAX_UPDATE_ROWS} per keer. 201: er is iets verwerkt; 200: alles was er al.`,
        body: Type.Object({ wijzigingen: Type.Array(Update, { minItems: 1, maxItems: MAX_UPDATE_ROWS }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      if (request.validationError) {
        const error = request.validationError as FastifyError;
        if (error.validationContext !== 'body') throw error;
        return reply.code(400).send({ error: { status: 400, message: 'Niets ingelezen: niet alle invoer klopt. Pas de velden aan en stuur alles opnieuw.', fields: fieldErrorsFromValidation(error) } });
      }
      const actor = actorOf(request);
      if (!actor.organizationId) throw new InputError('Je account hoort niet bij een organisatie.', [], 403);
      const { wijzigingen } = request.body as { wijzigingen: Array<Record<string, unknown>> };
      const report = await importPlacementUpdates(app.db, wijzigingen.map((values, i) => ({ row: i + 1, values })), { actor, source: 'api', today: today() });
      if (!report.ok) {
        return reply.code(400).send({
          error: { status: 400, message: report.message, fields: report.rejected.flatMap((r) => r.fields.map((f) => ({ field: `wijzigingen.${r.row - 1}.${f.field}`, message: f.message }))) },
          afgewezen: apiRejected(report.rejected),
        });
      }
      return reply.code(report.applied > 0 ? 201 : 200).send({
        verwerkt: report.applied,
        al_aanwezig: report.alreadyPresent,
        wijzigingen: report.rows.map((r) => ({ rij: r.row, extern_id: r.externId, status: r.status, plaatsing_id: r.placementId })),
      });
    },
  );
}
