// The teamleider sets the check-in schedule of the gemeente, per contract kind.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { organizationGemeente, pickSchedule, saveSchedule, schedulesOf, type StoredSchedule } from '../../db/nazorg/schedule.ts';
import { validateSchedule } from '../../domain/nazorg/schedule.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { InputError } from '../../web/errors.ts';
import { text, type FormBody } from '../../web/form-input.ts';
import { SchedulePage } from './views-list.tsx';

const KINDS = ['*', 'tijdelijk', 'vast', 'uitzend', 'proefplaatsing', 'beschut-werk', 'detachering'];

function toValues(s: StoredSchedule): Record<string, string> {
  return {
    firstFromWeeks: String(s.firstFromWeeks), firstUntilWeeks: String(s.firstUntilWeeks), months: s.months.join(', '),
    riskMonths: s.riskMonths.join(', '), windowDays: String(s.windowDays), noContactWeeks: String(s.noContactWeeks), gapWeeks: String(s.gapWeeks),
  };
}

/** Reads the form; list fields are numbers separated by commas. */
export function parseSchedule(values: Record<string, string>, kind: string): { errors: FieldError[]; schedule: StoredSchedule } {
  const int = (k: string) => (/^\s*\d+\s*$/.test(values[k] ?? '') ? Number(values[k]) : Number.NaN);
  const ints = (k: string) => (values[k] ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => (/^\d+$/.test(x) ? Number(x) : Number.NaN));
  const schedule: StoredSchedule = {
    contractKind: kind, firstFromWeeks: int('firstFromWeeks'), firstUntilWeeks: int('firstUntilWeeks'), months: [...new Set(ints('months'))].sort((a, b) => a - b),
    riskMonths: [...new Set(ints('riskMonths'))].sort((a, b) => a - b), windowDays: int('windowDays'), noContactWeeks: int('noContactWeeks'), gapWeeks: int('gapWeeks'),
  };
  const errors = validateSchedule(schedule);
  if (!Number.isInteger(schedule.gapWeeks) || schedule.gapWeeks < 0 || schedule.gapWeeks > 26) {
    errors.push({ field: 'gapWeeks', message: 'Weken tussen banen: vul een heel aantal weken in, van 0 tot en met 26.' });
  }
  return { errors, schedule };
}

export async function scheduleRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;

  async function page(request: FastifyRequest, csrfToken: string, kind: string, values: Record<string, string> | null, errors: FieldError[], saved = false) {
    const gemeente = await organizationGemeente(app.db, actorOf(request).organizationId);
    if (!gemeente) throw new InputError('Jouw organisatie hoort niet bij een gemeente. Alleen een gemeente stelt een nazorgschema in.', [], 403);
    const rows = await schedulesOf(app.db, gemeente);
    const [g] = await app.db.query<{ name: string }>('select name from gemeente where code = $1', [gemeente]);
    return SchedulePage({
      user: user(request), csrfToken, rows: [...rows.values()].sort((a, b) => KINDS.indexOf(a.contractKind) - KINDS.indexOf(b.contractKind)),
      kind, values: values ?? toValues(pickSchedule(rows, kind)), errors, gemeenteName: g?.name ?? gemeente, saved,
    });
  }

  app.get('/nazorg/schema', hide, async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    const kind = KINDS.includes(String(q.contract)) ? String(q.contract) : '*';
    return reply.page(await page(request, reply.generateCsrf(), kind, null, [], q.opgeslagen === '1'));
  });

  app.post('/nazorg/schema', post, async (request, reply) => {
    const b = (request.body ?? {}) as FormBody;
    const kind = text(b, 'contractKind', 20);
    const values = Object.fromEntries(['firstFromWeeks', 'firstUntilWeeks', 'months', 'riskMonths', 'windowDays', 'noContactWeeks', 'gapWeeks'].map((k) => [k, text(b, k, 200)]));
    const { errors, schedule } = parseSchedule(values, kind);
    if (!KINDS.includes(kind)) errors.unshift({ field: 'contractKind', message: 'Soort contract: kies uit de lijst.' });
    if (errors.length) return reply.page(await page(request, reply.generateCsrf(), KINDS.includes(kind) ? kind : '*', values, errors), 400);
    if (!(await saveSchedule(app.db, actorOf(request), kind, schedule))) throw new InputError('Alleen een teamleider van een gemeente stelt het nazorgschema in.', [], 403);
    return reply.redirect(`/nazorg/schema?contract=${encodeURIComponent(kind)}&opgeslagen=1`, 303);
  });
}
