// Recording a gemeente's Rechtencheck policy. A beleidsmedewerker or
// functioneel beheerder of a gemeente organisation records the policy of that
// gemeente; a functioneel beheerder without a gemeente may choose one. Each
// save is a new version (earlier ones stay).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { policyHistory, recordPolicy, type PolicyInput, type PolicyRecord } from '../../db/rechtencheck-policy.ts';
import { getGemeente, listGemeenten, type GemeenteRecord } from '../../db/reference.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { forbidden } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { viewContext } from '../wegwijzer/routes.tsx';
import { POLICY_PATH, POLICY_TERMS, PolicyPage } from './policy-view.tsx';
import { field, hide } from './route-helpers.ts';

type Answer = PolicyRecord['jobcoachingWithoutBenefit'];

/** Checks the form; Dutch messages that say how to fix each field. */
export function parsePolicyForm(body: Record<string, unknown>, gemeenteCode: string): { ok: true; input: PolicyInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const validFrom = field(body, 'validFrom', 20).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom) || Number.isNaN(Date.parse(`${validFrom}T00:00:00Z`)) || validFrom < '2015-01-01' || validFrom > '2100-01-01') {
    errors.push({ field: 'validFrom', message: 'Geldt vanaf: vul een datum in als 2027-01-01 (niet voor 2015).' });
  }
  const answers: Record<string, Answer> = {};
  for (const term of POLICY_TERMS) {
    const v = field(body, term.name, 10);
    if (v === 'ja' || v === 'nee' || v === 'onbekend') answers[term.name] = v;
    else errors.push({ field: term.name, message: `${term.legend} Kies ja, nee of nog niet vastgesteld.` });
  }
  const yearsText = field(body, 'jobcoachingMaxYears', 5).trim();
  const years = yearsText === '' ? null : Number(yearsText);
  if (years !== null && !(Number.isInteger(years) && years >= 1 && years <= 10)) {
    errors.push({ field: 'jobcoachingMaxYears', message: 'Jaren jobcoaching: vul een heel getal van 1 tot en met 10 in, of laat het leeg.' });
  }
  const url = (name: string, label: string): string | null => {
    const v = field(body, name, 500).trim();
    if (v === '') return null;
    if (!/^https:\/\/[^\s]+\.[^\s]+$/.test(v)) errors.push({ field: name, message: `${label}: vul een link in die begint met https://, of laat het leeg.` });
    return v;
  };
  const policyUrl = url('policyUrl', 'Link naar de verordening');
  const contactUrl = url('contactUrl', 'Link om hulp te vragen');
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      gemeenteCode,
      validFrom,
      jobcoachingWithoutBenefit: answers.jobcoachingWithoutBenefit!,
      werkvoorzieningenWithoutBenefit: answers.werkvoorzieningenWithoutBenefit!,
      praktijkroute: answers.praktijkroute!,
      proefplaatsingWithoutBenefit: answers.proefplaatsingWithoutBenefit!,
      beschutWerkPlaces: answers.beschutWerkPlaces!,
      jobcoachingMaxYears: years,
      policyUrl,
      contactUrl,
    },
  };
}

function valuesOf(record: PolicyRecord | undefined): Record<string, string> {
  if (!record) return { validFrom: '' };
  return {
    validFrom: '',
    jobcoachingWithoutBenefit: record.jobcoachingWithoutBenefit,
    werkvoorzieningenWithoutBenefit: record.werkvoorzieningenWithoutBenefit,
    praktijkroute: record.praktijkroute,
    proefplaatsingWithoutBenefit: record.proefplaatsingWithoutBenefit,
    beschutWerkPlaces: record.beschutWerkPlaces,
    jobcoachingMaxYears: record.jobcoachingMaxYears ? String(record.jobcoachingMaxYears) : '',
    policyUrl: record.policyUrl ?? '',
    contactUrl: record.contactUrl ?? '',
  };
}

export async function policyPlugin(app: FastifyInstance) {
  const user = (request: FastifyRequest) => request.user as SessionUser;

  /** The gemeente this user may record for: their organisation's, or (functioneel beheerder without one) the one asked for. */
  async function gemeenteFor(request: FastifyRequest, asked: string): Promise<{ gemeente: GemeenteRecord | null; choose?: GemeenteRecord[] }> {
    const u = user(request);
    const [row] = u.organizationId
      ? await app.db.query<{ code: string | null }>('select gemeente_code as code from organization where id = $1', [u.organizationId])
      : [];
    if (row?.code) {
      if (asked && asked !== row.code) throw forbidden('Je kunt alleen het beleid van je eigen gemeente vastleggen.');
      return { gemeente: await getGemeente(app.db, row.code) };
    }
    if (u.role !== 'functioneel-beheerder') {
      throw forbidden('Je account hoort niet bij een gemeente. Vraag je functioneel beheerder om je account aan je gemeente te koppelen.');
    }
    const choose = await listGemeenten(app.db);
    const gemeente = /^GM\d{4}$/.test(asked) ? await getGemeente(app.db, asked) : null;
    return { gemeente, choose };
  }

  app.get(POLICY_PATH, hide, async (request, reply) => {
    const asked = field(request.query, 'gemeente', 10);
    const { gemeente, choose } = await gemeenteFor(request, asked);
    const history = gemeente ? await policyHistory(app.db, gemeente.code) : [];
    const saved = field(request.query, 'opgeslagen', 2) === '1';
    return reply.header('cache-control', 'no-store').page(
      PolicyPage({ ctx: viewContext(app, request, reply.generateCsrf()), gemeente, ...(choose ? { choose } : {}), history, values: valuesOf(history[0]), errors: [], saved }),
    );
  });

  app.post(POLICY_PATH, { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { gemeente, choose } = await gemeenteFor(request, field(body, 'gemeente', 10));
    if (!gemeente) {
      const errors = [{ field: 'gemeente', message: 'Kies eerst een gemeente.' }];
      return reply.page(PolicyPage({ ctx: viewContext(app, request, reply.generateCsrf()), gemeente: null, ...(choose ? { choose } : {}), history: [], values: {}, errors }), 400);
    }
    const parsed = parsePolicyForm(body, gemeente.code);
    if (!parsed.ok) {
      const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 500) : '']));
      const history = await policyHistory(app.db, gemeente.code);
      return reply.page(PolicyPage({ ctx: viewContext(app, request, reply.generateCsrf()), gemeente, ...(choose ? { choose } : {}), history, values, errors: parsed.errors }), 400);
    }
    const u = user(request);
    await recordPolicy(app.db, parsed.input, { accountId: u.id, name: u.name });
    return reply.redirect(`${POLICY_PATH}?opgeslagen=1${choose ? `&gemeente=${gemeente.code}` : ''}`, 303);
  });
}
