// Veranderkompas routes: trajectories with a kartrekker and participants,
// meetings with marks, notes and actions, and the report (HTML and PDF).
// Also registers the bottleneck routes (knelpunt-routes.tsx). Access: only
// active participants see anything of a trajectory; the queries in
// src/db/veranderkompas/ decide, and everyone else gets 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { markableItems, parseStepNumber, stepByNumber, type Language } from '../../content/kennis/veranderkompas.ts';
import { listGemeenten } from '../../db/reference.ts';
import { bottlenecksForTrajectory } from '../../db/veranderkompas/bottlenecks.ts';
import { addAccountParticipant, addGuestParticipant, createMeeting, gemeenteChoices, removeParticipant, updateSettings } from '../../db/veranderkompas/kartrekker.ts';
import { addAction, addQuestionNotes, marksOf, saveMarks, updateAction } from '../../db/veranderkompas/participation.ts';
import { createTrajectory, listTrajectories, loadTrajectory, type TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { InputError, NotFoundError } from '../../web/errors.ts';
import { renderPdf } from '../../web/pdf.ts';
import { knelpuntRoutes } from './knelpunt-routes.tsx';
import { MeetingPage, StepPage, type MeetingForms, type StepForms } from './veranderkompas-meeting-views.tsx';
import { ReportPage, reportMarkCharts, reportPdf } from './veranderkompas-report.tsx';
import { countsForMeeting, markChart, progressChart } from './veranderkompas-chart.tsx';
import { formatDay } from '../personen/views.tsx';
import {
  readActionForm,
  readMarks,
  readMeetingForm,
  readParticipantForm,
  readQuestionNotes,
  readTrajectoryForm,
  text,
  validateAction,
  validateActionStatus,
  validateMeeting,
  validateParticipant,
  validateSettings,
  validateTrajectory,
  type Body,
} from './veranderkompas-service.ts';
import { NewTrajectoryPage, TrajectoryListPage, TrajectoryPage, base, type TrajectoryForms } from './veranderkompas-views.tsx';

const notFound = () => new NotFoundError('Dit traject bestaat niet, of je bent geen deelnemer. Vraag de kartrekker om je uit te nodigen.');
const onlyKartrekker = () => new InputError('Alleen de kartrekker van het traject kan dit doen.', [], 403);

const notices: Record<string, string> = {
  gestart: 'Het traject is gestart. Nodig nu deelnemers uit en plan de eerste bijeenkomst.',
  deelnemer: 'De deelnemer is toegevoegd.',
  verwijderd: 'De deelnemer is verwijderd. Eerdere markeringen blijven bewaard.',
  instellingen: 'De stappen en gemeenten zijn aangepast.',
  bijeenkomst: 'De bijeenkomst is toegevoegd.',
  actie: 'De actie is toegevoegd.',
  status: 'De status is opgeslagen.',
  markeringen: 'Je markeringen zijn opgeslagen.',
  notities: 'De notities zijn opgeslagen.',
};

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function veranderkompasPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as Body;
  const query = (request: FastifyRequest) => (request.query ?? {}) as Body;
  const notice = (request: FastifyRequest) => notices[text(query(request), 'melding')];
  const lang = (request: FastifyRequest): Language => (text(query(request), 'taal') === 'en' ? 'en' : 'nl');
  const param = (request: FastifyRequest, name: string) => {
    const value = (request.params as Record<string, string>)[name] ?? '';
    if (!UUID_PATTERN.test(value)) throw notFound();
    return value;
  };

  /** The trajectory, for a participant; 404 for everyone else. */
  async function load(request: FastifyRequest): Promise<TrajectoryState> {
    const state = await loadTrajectory(app.db, user(request).id, param(request, 'id'));
    if (!state) throw notFound();
    return state;
  }

  function meetingOf(request: FastifyRequest, state: TrajectoryState) {
    const meeting = state.meetings.find((m) => m.id === param(request, 'meetingId'));
    if (!meeting) throw new NotFoundError('Deze bijeenkomst bestaat niet in dit traject.');
    return meeting;
  }

  function stepOf(request: FastifyRequest, state: TrajectoryState) {
    const n = parseStepNumber((request.params as Record<string, string>).step);
    const step = n ? stepByNumber(n) : undefined;
    if (!n || !step || !state.steps.includes(n)) throw new NotFoundError('Deze stap hoort niet bij dit traject.');
    return step;
  }

  async function showTrajectory(request: FastifyRequest, reply: FastifyReply, state: TrajectoryState, forms: TrajectoryForms = {}, status = 200) {
    const today = todayIso();
    const bottlenecks = (await bottlenecksForTrajectory(app.db, user(request).id, state.id, today)) ?? [];
    const choices = state.me.isKartrekker ? await gemeenteChoices(app.db, user(request).id, state.id) : [];
    return reply.page(
      TrajectoryPage({ user: user(request), csrfToken: reply.generateCsrf(), state, bottlenecks, gemeenteChoices: choices, forms, today, notice: status === 200 ? notice(request) : undefined, progressSvg: await progressChart(state, formatDay) }),
      status,
    );
  }

  // ------------------------------------------------------------ list and create

  app.get('/veranderkompas', hide, async (request, reply) =>
    reply.page(TrajectoryListPage({ user: user(request), csrfToken: reply.generateCsrf(), trajectories: await listTrajectories(app.db, user(request).id), notice: notice(request) })),
  );

  async function areaOptions() {
    const gemeenten = (await listGemeenten(app.db)).map((g) => ({ code: g.code, name: g.name }));
    const regios = (await app.db.query<{ code: string; name: string }>('select code, name from arbeidsmarktregio order by name')).map((r) => ({ code: r.code, name: r.name }));
    return { gemeenten, regios };
  }

  app.get('/veranderkompas/nieuw', hide, async (request, reply) => {
    const { gemeenten, regios } = await areaOptions();
    return reply.page(NewTrajectoryPage({ user: user(request), csrfToken: reply.generateCsrf(), values: readTrajectoryForm({}), errors: [], gemeenten, regios }));
  });

  app.post('/veranderkompas', post, async (request, reply) => {
    const { gemeenten, regios } = await areaOptions();
    const values = readTrajectoryForm(body(request));
    const { errors, input } = validateTrajectory(values, { gemeenten: new Set(gemeenten.map((g) => g.code)), regios: new Set(regios.map((r) => r.code)) });
    const id = input ? await createTrajectory(app.db, user(request).id, input) : null;
    if (!id) {
      const shown = errors.length ? errors : [{ field: 'area', message: 'Gebied: in dit gebied liggen geen gemeenten. Kies een ander gebied.' }];
      return reply.page(NewTrajectoryPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors: shown, gemeenten, regios }), 400);
    }
    return reply.redirect(`${base(id)}?melding=gestart`, 303);
  });

  // ------------------------------------------------------------ the trajectory

  app.get('/veranderkompas/:id', hide, async (request, reply) => showTrajectory(request, reply, await load(request)));

  app.post('/veranderkompas/:id/deelnemers', post, async (request, reply) => {
    const state = await load(request);
    if (!state.me.isKartrekker) throw onlyKartrekker();
    const values = readParticipantForm(body(request));
    const key = values.kind === 'gast' ? 'guest' : 'participant';
    const { errors, role } = validateParticipant(values);
    if (!role) return showTrajectory(request, reply, state, { [key]: { values, errors } }, 400);
    if (values.kind === 'gast') {
      if (!(await addGuestParticipant(app.db, user(request).id, state.id, values.guestName, role))) throw notFound();
    } else {
      const outcome = await addAccountParticipant(app.db, user(request).id, state.id, values.email, role);
      if (outcome === 'not-found') throw notFound();
      if (outcome !== 'ok') {
        const message =
          outcome === 'no-account'
            ? 'E-mailadres: er is geen account met dit e-mailadres. Controleer het adres, vraag de functioneel beheerder om een account, of voeg de persoon toe als deelnemer zonder account.'
            : 'E-mailadres: deze persoon doet al mee aan het traject.';
        return showTrajectory(request, reply, state, { participant: { values, errors: [{ field: 'email', message }] } }, 400);
      }
    }
    return reply.redirect(`${base(state.id)}?melding=deelnemer#deelnemers`, 303);
  });

  app.post('/veranderkompas/:id/deelnemers/:participantId/verwijderen', post, async (request, reply) => {
    const state = await load(request);
    if (!state.me.isKartrekker) throw onlyKartrekker();
    if (!(await removeParticipant(app.db, user(request).id, state.id, param(request, 'participantId')))) {
      throw new NotFoundError('Deze deelnemer bestaat niet in dit traject, of is de kartrekker.');
    }
    return reply.redirect(`${base(state.id)}?melding=verwijderd#deelnemers`, 303);
  });

  app.post('/veranderkompas/:id/instellingen', post, async (request, reply) => {
    const state = await load(request);
    if (!state.me.isKartrekker) throw onlyKartrekker();
    const choices = await gemeenteChoices(app.db, user(request).id, state.id);
    const { errors, steps, gemeenten } = validateSettings(body(request), new Set(choices.map((c) => c.code)));
    if (errors.length) return showTrajectory(request, reply, state, { settings: { errors } }, 400);
    if (!(await updateSettings(app.db, user(request).id, state.id, steps, gemeenten))) throw notFound();
    return reply.redirect(`${base(state.id)}?melding=instellingen`, 303);
  });

  app.post('/veranderkompas/:id/bijeenkomsten', post, async (request, reply) => {
    const state = await load(request);
    if (!state.me.isKartrekker) throw onlyKartrekker();
    const values = readMeetingForm(body(request));
    const errors = validateMeeting(values);
    if (errors.length) return showTrajectory(request, reply, state, { meeting: { values, errors } }, 400);
    const meetingId = await createMeeting(app.db, user(request).id, state.id, values.date, values.title || null);
    if (!meetingId) throw notFound();
    return reply.redirect(`${base(state.id)}/bijeenkomsten/${meetingId}?melding=bijeenkomst`, 303);
  });

  // ------------------------------------------------------------ meetings: actions

  const showMeeting = (request: FastifyRequest, reply: FastifyReply, state: TrajectoryState, forms: MeetingForms = {}, status = 200) =>
    reply.page(MeetingPage({ user: user(request), csrfToken: reply.generateCsrf(), state, meeting: meetingOf(request, state), forms, notice: status === 200 ? notice(request) : undefined }), status);

  app.get('/veranderkompas/:id/bijeenkomsten/:meetingId', hide, async (request, reply) => showMeeting(request, reply, await load(request)));

  app.post('/veranderkompas/:id/bijeenkomsten/:meetingId/acties', post, async (request, reply) => {
    const state = await load(request);
    const meeting = meetingOf(request, state);
    const values = readActionForm(body(request));
    const { errors, input } = validateAction(values, state.steps);
    if (!input) return showMeeting(request, reply, state, { action: { values, errors } }, 400);
    if (!(await addAction(app.db, user(request).id, state.id, meeting.id, input))) throw notFound();
    return reply.redirect(`${base(state.id)}/bijeenkomsten/${meeting.id}?melding=actie#acties`, 303);
  });

  app.post('/veranderkompas/:id/bijeenkomsten/:meetingId/acties/:actionId', post, async (request, reply) => {
    const state = await load(request);
    const meeting = meetingOf(request, state);
    const actionId = param(request, 'actionId');
    if (!state.actions.some((a) => a.id === actionId)) throw new NotFoundError('Deze actie bestaat niet in dit traject.');
    const { errors, status, note } = validateActionStatus(body(request));
    if (!status) return showMeeting(request, reply, state, { status: { actionId, errors } }, 400);
    if (!(await updateAction(app.db, user(request).id, state.id, meeting.id, actionId, status, note))) throw notFound();
    return reply.redirect(`${base(state.id)}/bijeenkomsten/${meeting.id}?melding=status#acties`, 303);
  });

  // ------------------------------------------------------------ meetings: a step (questions and marks)

  /** Whose marks the form is for: oneself, or a guest participant when the user is the kartrekker. */
  function markTarget(state: TrajectoryState, requested: string) {
    const guest = state.me.isKartrekker ? state.participants.find((p) => p.isGuest && p.id === requested) : undefined;
    if (guest) return { participantId: guest.id, name: guest.name, self: false };
    return { participantId: state.me.participantId, name: state.participants.find((p) => p.id === state.me.participantId)?.name ?? '', self: true };
  }

  async function showStep(request: FastifyRequest, reply: FastifyReply, state: TrajectoryState, requested: string, forms: StepForms = {}, status = 200) {
    const meeting = meetingOf(request, state);
    const step = stepOf(request, state);
    const markFor = markTarget(state, requested);
    const ownMarks = (await marksOf(app.db, user(request).id, state.id, meeting.id, markFor.participantId)) ?? new Map();
    const guests = state.me.isKartrekker ? state.participants.filter((p) => p.isGuest).map((p) => ({ id: p.id, name: p.name })) : [];
    return reply.page(
      StepPage({ user: user(request), csrfToken: reply.generateCsrf(), state, meeting, step, lang: lang(request), markFor, guests, ownMarks, forms, notice: status === 200 ? notice(request) : undefined, marksSvg: await markChart(markableItems(step), countsForMeeting(state, meeting.id), lang(request), `Markeringen bij stap ${step.number}`) }),
      status,
    );
  }

  app.get('/veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step', hide, async (request, reply) =>
    showStep(request, reply, await load(request), text(query(request), 'namens')),
  );

  app.post('/veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step/markeringen', post, async (request, reply) => {
    const state = await load(request);
    const meeting = meetingOf(request, state);
    const step = stepOf(request, state);
    const requested = text(body(request), 'voor');
    const target = markTarget(state, requested);
    if (requested && requested !== target.participantId) throw new NotFoundError('Je kunt alleen je eigen markeringen vastleggen, of als kartrekker die van een deelnemer zonder account.');
    const { errors, marks, values } = readMarks(body(request), step);
    if (errors.length) return showStep(request, reply, state, target.participantId, { marks: { values, errors } }, 400);
    const outcome = await saveMarks(app.db, user(request).id, state.id, meeting.id, target.participantId, markableItems(step).map((i) => i.id), marks);
    if (outcome !== 'ok') throw notFound();
    const namens = target.self ? '' : `&namens=${target.participantId}`;
    return reply.redirect(`${base(state.id)}/bijeenkomsten/${meeting.id}/stappen/${step.number}?melding=markeringen${namens}#samen`, 303);
  });

  app.post('/veranderkompas/:id/bijeenkomsten/:meetingId/stappen/:step/notities', post, async (request, reply) => {
    const state = await load(request);
    const meeting = meetingOf(request, state);
    const step = stepOf(request, state);
    const { errors, notes, values } = readQuestionNotes(body(request), step);
    if (errors.length) return showStep(request, reply, state, '', { notes: { values, errors } }, 400);
    if (!(await addQuestionNotes(app.db, user(request).id, state.id, meeting.id, step.number, notes))) throw notFound();
    return reply.redirect(`${base(state.id)}/bijeenkomsten/${meeting.id}/stappen/${step.number}?melding=notities#vragen`, 303);
  });

  // ------------------------------------------------------------ report

  app.get('/veranderkompas/:id/rapport', hide, async (request, reply) => {
    const state = await load(request);
    const today = todayIso();
    const bottlenecks = (await bottlenecksForTrajectory(app.db, user(request).id, state.id, today)) ?? [];
    return reply.page(ReportPage({ user: user(request), csrfToken: reply.generateCsrf(), state, bottlenecks, today, lang: lang(request), charts: await reportMarkCharts(state, lang(request)) }));
  });

  app.get('/veranderkompas/:id/rapport.pdf', hide, async (request, reply) => {
    const state = await load(request);
    const today = todayIso();
    const bottlenecks = (await bottlenecksForTrajectory(app.db, user(request).id, state.id, today)) ?? [];
    const { title, intro, sections } = reportPdf(state, bottlenecks, today, lang(request));
    const pdf = await renderPdf(title, intro, sections);
    return reply.header('content-disposition', 'attachment; filename="veranderkompas-rapport.pdf"').header('cache-control', 'no-store').type('application/pdf').send(pdf);
  });

  await app.register(knelpuntRoutes);
}
