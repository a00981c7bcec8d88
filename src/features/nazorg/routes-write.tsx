// Nazorg writes: record a placement, a check-in, the end of a placement, the
// follow-up of a contract end and of an ended placement. Bad input: the form
// again with Dutch messages and status 400, nothing stored.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  addCheckin,
  createPlacement,
  employersOf,
  endPlacement,
  pickUpFollowup,
  readPersonNazorg,
  recordContractFollowup,
} from '../../db/nazorg/placements.ts';
import { pickSchedule, schedulesOf } from '../../db/nazorg/schedule.ts';
import { checkInSchedule } from '../../domain/nazorg/schedule.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { InputError } from '../../web/errors.ts';
import { isIsoDate, text, type FormBody } from '../../web/form-input.ts';
import { today } from './clock.ts';
import { notFound, personGemeente, uuidParam } from './helpers.ts';
import { readCheckinForm, readEndForm, readPlacementForm, validateCheckin, validateEndForm, validatePlacement, type Values } from './service.ts';
import { CheckinFormPage, EndFormPage, PlacementFormPage } from './views-forms.tsx';
import { placementLabel } from './views-person.tsx';

export async function nazorgWriteRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;

  /** The person's nazorg data for a form; only for the owning organisation. */
  async function owned(request: FastifyRequest) {
    const id = uuidParam(request, 'id');
    const data = await readPersonNazorg(app.db, actorOf(request), id);
    if (!data || !data.owned) throw notFound();
    return data;
  }

  async function placementForm(request: FastifyRequest, csrfToken: string, values: Values, errors: InputError['fields']) {
    const data = await owned(request);
    const prevId = typeof values.previousPlacementId === 'string' ? values.previousPlacementId : '';
    const prev = data.placements.find((p) => p.id === prevId);
    return PlacementFormPage({
      user: user(request),
      csrfToken,
      personId: data.personId,
      personName: `${data.givenName} ${data.familyName}`,
      values,
      errors,
      employers: await employersOf(app.db, actorOf(request)),
      previous: prev ? { id: prev.id, label: placementLabel(prev) } : null,
    });
  }

  app.get('/personen/:id/plaatsingen/nieuw', hide, async (request, reply) => {
    const vorige = String((request.query as Record<string, unknown>).vorige ?? '');
    return reply.page(await placementForm(request, reply.generateCsrf(), { previousPlacementId: vorige, startDate: today(), banenafspraak: 'nee' }, []));
  });

  app.post('/personen/:id/plaatsingen', post, async (request, reply) => {
    const id = uuidParam(request, 'id');
    const values = readPlacementForm(body(request));
    const { errors, input } = validatePlacement(values);
    let allErrors = errors;
    if (input) {
      const result = await createPlacement(app.db, actorOf(request), id, input);
      if (result.ok) return reply.redirect(`/personen/${id}/nazorg#baan-${result.id}`, 303);
      if (result.reason === 'not-found') throw notFound();
      allErrors = [
        result.reason === 'employer-unknown'
          ? { field: 'employerId', message: 'Werkgever: deze werkgever staat niet in de lijst van jouw organisatie. Kies een werkgever uit de lijst of vul een nieuwe in.' }
          : { field: 'previousPlacementId', message: 'Vorige baan: die hoort niet bij deze persoon. Begin opnieuw vanaf de pagina werk en nazorg.' },
      ];
    }
    return reply.page(await placementForm(request, reply.generateCsrf(), values, allErrors), 400);
  });

  async function placementOf(request: FastifyRequest) {
    const data = await owned(request);
    const placementId = uuidParam(request, 'placementId');
    const placement = data.placements.find((p) => p.id === placementId);
    if (!placement) throw notFound();
    return { data, placement };
  }

  async function checkinPage(request: FastifyRequest, csrfToken: string, values: Values, errors: InputError['fields']) {
    const { data, placement } = await placementOf(request);
    const schedule = pickSchedule(await schedulesOf(app.db, await personGemeente(app, data.personId)), placement.contractKind);
    return CheckinFormPage({
      user: user(request), csrfToken, personId: data.personId, personName: `${data.givenName} ${data.familyName}`, values, errors,
      placementId: placement.id, placementLabel: placementLabel(placement), moments: checkInSchedule(placement.startDate, schedule),
    });
  }

  app.get('/personen/:id/plaatsingen/:placementId/gesprek', hide, async (request, reply) => {
    const moment = String((request.query as Record<string, unknown>).moment ?? '');
    return reply.page(await checkinPage(request, reply.generateCsrf(), { momentKey: /^[wmr]\d{1,2}$/.test(moment) ? moment : '', checkinDate: today(), withWhom: [] }, []));
  });

  app.post('/personen/:id/plaatsingen/:placementId/gesprek', post, async (request, reply) => {
    const { data, placement } = await placementOf(request);
    const values = readCheckinForm(body(request));
    const { errors, input } = validateCheckin(values, placement.startDate, today());
    if (!input) return reply.page(await checkinPage(request, reply.generateCsrf(), values, errors), 400);
    if (!(await addCheckin(app.db, actorOf(request), data.personId, placement.id, input))) throw notFound();
    return reply.redirect(`/personen/${data.personId}/nazorg#baan-${placement.id}`, 303);
  });

  async function endPage(request: FastifyRequest, csrfToken: string, values: Values, errors: InputError['fields']) {
    const { data, placement } = await placementOf(request);
    return EndFormPage({
      user: user(request), csrfToken, personId: data.personId, personName: `${data.givenName} ${data.familyName}`, values, errors,
      placementId: placement.id, placementLabel: placementLabel(placement),
    });
  }

  app.get('/personen/:id/plaatsingen/:placementId/einde', hide, async (request, reply) =>
    reply.page(await endPage(request, reply.generateCsrf(), { endDate: today() }, [])),
  );

  app.post('/personen/:id/plaatsingen/:placementId/einde', post, async (request, reply) => {
    const { data, placement } = await placementOf(request);
    const values = readEndForm(body(request));
    const { errors, input } = validateEndForm(values, placement.startDate);
    if (!input) return reply.page(await endPage(request, reply.generateCsrf(), values, errors), 400);
    const result = await endPlacement(app.db, actorOf(request), data.personId, placement.id, input, today());
    if (!result.ok) {
      if (result.reason === 'not-found') throw notFound();
      const message = result.reason === 'already-ended' ? 'Deze baan is al beëindigd.' : 'Laatste werkdag: deze datum ligt voor de startdatum.';
      return reply.page(await endPage(request, reply.generateCsrf(), values, [{ field: 'endDate', message }]), 400);
    }
    // "Moved to another job": record the next one straight away, linked, so the career stays one line.
    if (input.reason === 'andere-baan') return reply.redirect(`/personen/${data.personId}/plaatsingen/nieuw?vorige=${placement.id}`, 303);
    return reply.redirect(`/personen/${data.personId}/nazorg#baan-${placement.id}`, 303);
  });

  app.post('/personen/:id/plaatsingen/:placementId/vervolg', post, async (request, reply) => {
    const id = uuidParam(request, 'id');
    const placementId = uuidParam(request, 'placementId');
    const newEnd = text(body(request), 'newEnd', 20);
    const note = text(body(request), 'note', 1000);
    if (newEnd && !isIsoDate(newEnd)) throw new InputError('Nieuwe einddatum: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-03-15.', [{ field: 'newEnd', message: 'Geen geldige datum.' }]);
    if (!newEnd && !note) throw new InputError('Vervolg: vul een nieuwe einddatum in of schrijf op wat er is afgesproken.', [{ field: 'note', message: 'Vul iets in.' }]);
    const outcome = await recordContractFollowup(app.db, actorOf(request), id, placementId, { newEnd: newEnd || null, note: note || null });
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'before-start') throw new InputError('Nieuwe einddatum: deze datum ligt voor de start van de baan.', [{ field: 'newEnd', message: 'Datum voor de start.' }]);
    return reply.redirect(`/personen/${id}/nazorg#baan-${placementId}`, 303);
  });

  app.post('/personen/:id/nazorg-opvolging/:followupId', post, async (request, reply) => {
    const id = uuidParam(request, 'id');
    const followupId = uuidParam(request, 'followupId');
    const note = text(body(request), 'note', 1000) || null;
    if (!(await pickUpFollowup(app.db, actorOf(request), id, followupId, note))) throw notFound();
    return reply.redirect(`/personen/${id}/nazorg`, 303);
  });
}
