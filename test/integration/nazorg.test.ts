import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { computeSignals } from '../../src/db/signals.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { addDays } from '../../src/domain/nazorg/dates.ts';
import { durabilityFigures } from '../../src/db/nazorg/durability.ts';
import { careerObservation, mergeCareers } from '../../src/domain/nazorg/careers.ts';
import { DURABILITY_POINTS, kaplanMeier } from '../../src/domain/nazorg/survival.ts';
import { setTodayForTests } from '../../src/features/nazorg/clock.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let consulent: string;
let hoogeveen: string;
let beleid: string;
let teamleider: string;
let personId: string;
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const START = '2026-03-02';

before(async () => {
  t = await testApp();
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  hoogeveen = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
  beleid = (await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen)).cookie;
  teamleider = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
  const [p] = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and family_name = 'Benali (demo)'`, [emmen]);
  personId = p!.id;
});
after(async () => {
  setTodayForTests(null);
  await t?.close();
});

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, params);
  return row!.n;
}

const job = {
  employerName: 'Bakkerij Test (demo)', employerContact: 'Kees', jobTitle: 'Inpakker', occupationCode: '93', startDate: START, hoursPerWeek: '24',
  contractKind: 'tijdelijk', contractEnd: '2026-09-01', cameAbout: 'zelf-gevonden', banenafspraak: 'ja', instruments: ['jobcoach'],
  jobcoachProvider: 'Stap Verder', jobcoachEnd: '2026-12-31', checklist: ['introductie', 'verwachtingen'],
};

const form = `/personen/PID/plaatsingen/nieuw`;

describe('placements', () => {
  it('refuses bad input with a Dutch message per field and stores nothing', async () => {
    const placements = await count('placement');
    const employers = await count('employer');
    const cases: Array<[Record<string, string | string[]>, RegExp]> = [
      [{ contractEnd: '2026-03-01' }, /Einddatum contract: deze datum ligt voor de startdatum/],
      [{ hoursPerWeek: '61' }, /Uren per week: vul een getal in van 0 tot en met 60/],
      [{ hoursPerWeek: '-2' }, /Uren per week: vul een getal in van 0 tot en met 60/],
      [{ instruments: ['loonkostensubsidie'], loonwaarde: '101' }, /Loonwaarde: vul een percentage in van 0 tot en met 100/],
      [{ contractEnd: '' }, /een tijdelijk contract heeft een einddatum/],
    ];
    for (const [change, message] of cases) {
      const res = await postForm(t.app, `/personen/${personId}/plaatsingen`, consulent, { ...job, ...change }, form.replace('PID', personId));
      assert.equal(res.statusCode, 400, JSON.stringify(change));
      assert.match(res.body, message);
    }
    // An employer of another gemeente's private list.
    const [other] = await t.db.query<{ id: string }>(
      `insert into employer (organization_id, name) values ($1, 'Alleen Hoogeveen BV') returning id`,
      [uuidFromKey('organization', 'demo-gemeente-hoogeveen')],
    );
    const res = await postForm(t.app, `/personen/${personId}/plaatsingen`, consulent, { ...job, employerName: '', employerId: other!.id }, form.replace('PID', personId));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /deze werkgever staat niet in de lijst van jouw organisatie/);
    assert.equal(await count('placement'), placements);
    assert.equal(await count('employer'), employers + 1);
  });

  it('records a self-found job with a temporary contract, logged, and the person gets caseload status nazorg', async () => {
    const logBefore = await count('processing_log');
    const res = await postForm(t.app, `/personen/${personId}/plaatsingen`, consulent, job, form.replace('PID', personId));
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.match(String(res.headers.location), new RegExp(`/personen/${personId}/nazorg#baan-`));
    assert.equal(await count('placement', 'person_id = $1', [personId]), 1);
    assert.ok((await count('processing_log')) > logBefore);
    const page = await t.app.inject({ url: `/personen/${personId}/nazorg`, headers: { cookie: consulent } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Inpakker bij Bakkerij Test \(demo\)/);
    const caseload = await t.app.inject({ url: '/caseload?weergave=team&lijst=nazorg', headers: { cookie: consulent } });
    assert.match(caseload.body, /Benali/);
    assert.match(caseload.body, /<td>Nazorg \(aan het werk\)<\/td>/);
  });

  it('another gemeente and a beleidsmedewerker do not see the placement', async () => {
    assert.equal((await t.app.inject({ url: `/personen/${personId}/nazorg`, headers: { cookie: hoogeveen } })).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/personen/${personId}/nazorg`, headers: { cookie: beleid } })).statusCode, 403);
  });

  it('puts the 4-6 week check-in on the list when due, and the contract alert 30 days before the end', async () => {
    const rowsOf = async () => {
      const list = await t.app.inject({ url: '/nazorg?weergave=team', headers: { cookie: consulent } });
      assert.equal(list.statusCode, 200);
      return (list.body.match(/<tr>.*?<\/tr>/gs) ?? []).filter((r) => r.includes('Benali')).join('\n');
    };
    setTodayForTests(addDays(START, 27));
    assert.doesNotMatch(await rowsOf(), /Eerste gesprek/);
    setTodayForTests(addDays(START, 28));
    assert.match(await rowsOf(), /Eerste gesprek \(4 tot 6 weken\)[\s\S]*moment=w4/);
    setTodayForTests('2026-08-01'); // 31 days before 2026-09-01: the 60-day alert
    assert.match(await rowsOf(), /Tijdelijk contract loopt af: nog 31 dagen \(60-dagenmelding\)/);
    setTodayForTests('2026-08-02'); // 30 days before
    assert.match(await rowsOf(), /Tijdelijk contract loopt af: nog 30 dagen \(30-dagenmelding\)/);
  });

  it('fires the nazorg signals: check-in overdue, contract ending without follow-up', async () => {
    const actor = { accountId: null, organizationId: emmen, role: 'consulent' as const, traceId: 'test-nazorg' };
    const kinds = async (today: string) => (await computeSignals(t.db, actor, today, { personId })).map((s) => s.kind);
    assert.ok((await kinds(addDays(START, 42))).every((k) => k !== 'nazorg-gesprek-te-laat'));
    assert.ok((await kinds(addDays(START, 43))).includes('nazorg-gesprek-te-laat'));
    assert.ok((await kinds('2026-08-02')).includes('contract-eindigt'));
    assert.ok(!(await kinds('2026-07-01')).includes('contract-eindigt'));
  });

  it('ends the placement with "moved to another job" and the next placement continues the line', async () => {
    setTodayForTests('2026-08-20');
    const [placement] = await t.db.query<{ id: string }>('select id from placement where person_id = $1', [personId]);
    const bad = await postForm(t.app, `/personen/${personId}/plaatsingen/${placement!.id}/einde`, consulent, { endDate: '2026-01-01', reason: 'andere-baan' }, `/personen/${personId}/nazorg`);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Laatste werkdag: deze datum ligt voor de startdatum/);
    // Nothing stored: still open, no follow-up task.
    const [still] = await t.db.query<{ end_date: string | null; followups: number }>(
      'select end_date, (select count(*)::int from nazorg_followup f where f.placement_id = x.id) as followups from placement x where x.id = $1',
      [placement!.id],
    );
    assert.deepEqual(still, { end_date: null, followups: 0 });
    const end = await postForm(t.app, `/personen/${personId}/plaatsingen/${placement!.id}/einde`, consulent, { endDate: '2026-08-31', reason: 'andere-baan' }, `/personen/${personId}/nazorg`);
    assert.equal(end.statusCode, 303);
    assert.equal(end.headers.location, `/personen/${personId}/plaatsingen/nieuw?vorige=${placement!.id}`);
    assert.equal(await count('nazorg_followup', 'placement_id = $1 and picked_up_at is null', [placement!.id]), 1);
    const actor = { accountId: null, organizationId: emmen, role: 'consulent' as const, traceId: 'test-nazorg' };
    const [f] = await t.db.query<{ deadline: string }>('select deadline from nazorg_followup where placement_id = $1', [placement!.id]);
    assert.ok((await computeSignals(t.db, actor, addDays(f!.deadline, 1), { personId })).some((s) => s.kind === 'baan-gestopt'));
    const next = await postForm(t.app, `/personen/${personId}/plaatsingen`, consulent, { ...job, employerName: 'Groenbedrijf (demo)', startDate: '2026-09-14', contractKind: 'vast', contractEnd: '', previousPlacementId: placement!.id }, form.replace('PID', personId));
    assert.equal(next.statusCode, 303);
    assert.equal(await count('placement', 'previous_placement_id = $1', [placement!.id]), 1);
    assert.equal(await count('nazorg_followup', 'placement_id = $1 and picked_up_at is null', [placement!.id]), 0);
    const page = await t.app.inject({ url: `/personen/${personId}/nazorg`, headers: { cookie: consulent } });
    assert.match(page.body, /Vervolg op de vorige baan/);
  });

  it('shows durability figures to the teamleider and beleidsmedewerker, as a chart, a table and CSV', async () => {
    setTodayForTests(null);
    for (const cookie of [teamleider, beleid]) {
      const page = await t.app.inject({ url: '/nazorg/duurzaamheid?indeling=kwartaal', headers: { cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<svg role="img"/);
      assert.match(page.body, /<table[ >]/);
    }
    const csv = await t.app.inject({ url: '/nazorg/duurzaamheid.csv', headers: { cookie: beleid } });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /^indeling,groep,loopbanen/);
    assert.doesNotMatch(csv.body, /Benali|Jansen/);
    assert.equal((await t.app.inject({ url: '/nazorg/duurzaamheid', headers: { cookie: consulent } })).statusCode, 403);
  });

  it('lets a teamleider set the schedule and refuses a wrong one', async () => {
    const bad = await postForm(t.app, '/nazorg/schema', teamleider, { contractKind: '*', firstFromWeeks: '6', firstUntilWeeks: '4', months: '', riskMonths: '', windowDays: '14', noContactWeeks: '13', gapWeeks: '4' }, '/nazorg/schema');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Vaste gesprekken: vul minstens één maand in/);
    const ok = await postForm(t.app, '/nazorg/schema', teamleider, { contractKind: 'tijdelijk', firstFromWeeks: '3', firstUntilWeeks: '5', months: '2, 6, 12', riskMonths: '5', windowDays: '10', noContactWeeks: '8', gapWeeks: '6' }, '/nazorg/schema');
    assert.equal(ok.statusCode, 303);
    const [row] = await t.db.query<{ months: number[] }>(`select months from nazorg_schedule where gemeente_code = 'GM0114' and contract_kind = 'tijdelijk'`);
    assert.deepEqual(row!.months, [2, 6, 12]);
    assert.equal((await postForm(t.app, '/nazorg/schema', consulent, { contractKind: '*' }, '/nazorg')).statusCode, 403);
  });

  it('shows the person, on their own page, the job, the nazorg contact, the next check-in and whom to call', async () => {
    const [lotte] = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and family_name = 'Jansen (demo)'`, [emmen]);
    const res = await postForm(t.app, `/personen/${lotte!.id}/persoonlijke-link`, consulent, {}, `/personen/${lotte!.id}`);
    const location = String(res.headers.location ?? '');
    const page = res.statusCode === 303 ? await t.app.inject({ url: location, headers: { cookie: consulent } }) : res;
    const token = /mijn-doorverwijzingen\?sleutel=([A-Za-z0-9_-]{43})/.exec(page.body)?.[1];
    assert.ok(token, 'personal link shown');
    const own = await t.app.inject({ url: `/mijn-doorverwijzingen?sleutel=${token}` });
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Je werkt sinds .* als Administratief medewerker/);
    assert.match(own.body, /houdt contact met je over je werk. Afspraak: Sanne belt Lotte/);
    assert.match(own.body, /Het volgende gesprek over je werk is rond/);
    assert.match(own.body, /Gaat het niet goed op je werk\?/);
  });

  it('computes the same careers and curve set-based in SQL as the pure domain functions', async () => {
    const today = '2026-12-01';
    const rows = await durabilityFigures(t.db, emmen, today, { gapWeeks: 4, firstCheckinWeeks: 6 });
    const spans = await t.db.query<{ id: string; personId: string; start: string; end: string | null }>(
      `select x.id, x.person_id as "personId", x.start_date as start, x.end_date as "end" from placement x join person p on p.id = x.person_id
       where x.organization_id = $1 and p.erased_at is null and x.start_date <= $2`,
      [emmen, today],
    );
    const careers = mergeCareers(spans, 4);
    const total = rows.find((r) => r.dimension === 'totaal')!;
    assert.equal(total.careers, careers.length);
    assert.ok(careers.length >= 60, 'demo data gives figures on first start');
    const curve = kaplanMeier(careers.map((c) => careerObservation(c, today, 4)).map((o) => ({ ...o, ended: o.ended && o.days <= 730, days: Math.min(o.days, 731) })), DURABILITY_POINTS.map((p) => p.day));
    total.points!.forEach((p, i) => {
      assert.equal(p.atRisk, curve[i]!.atRisk);
      if (p.survival !== null) assert.ok(Math.abs(p.survival - curve[i]!.survival) < 1e-9);
    });
    assert.ok(rows.filter((r) => r.points === null).every((r) => r.careers < 5), 'only small groups are suppressed');
    // Every plain breakdown splits the same careers once; instruments may count a career more than once.
    for (const dim of ['kwartaal', 'contract', 'ontstaan', 'leeftijd', 'nazorg'] as const) {
      assert.equal(rows.filter((r) => r.dimension === dim).reduce((s, r) => s + r.careers, 0), total.careers, dim);
    }
    assert.ok(rows.filter((r) => r.dimension === 'instrument').reduce((s, r) => s + r.careers, 0) >= total.careers);
    // First check-in on time, from the check-ins themselves (the column first_checkin is kept by a trigger).
    const firsts = await t.db.query<{ id: string; on_time: boolean }>(
      `select x.id, exists (select 1 from checkin k where k.placement_id = x.id and k.checkin_date <= x.start_date + 42) as on_time from placement x where x.organization_id = $1`,
      [emmen],
    );
    const onTime = new Map(firsts.map((f) => [f.id, f.on_time]));
    const expected = careers.filter((c) => onTime.get(c.placementIds[0]!)).length;
    assert.equal(rows.find((r) => r.dimension === 'nazorg' && r.value === 'ja')?.careers ?? 0, expected);
  });

  it('keeps the first check-in date on the placement when check-ins are added or removed', async () => {
    const [pl] = await t.db.query<{ id: string; person_id: string; start_date: string }>(
      `select id, person_id, start_date from placement where organization_id = $1 order by start_date desc limit 1`,
      [emmen],
    );
    const first = async () => (await t.db.query<{ d: string | null }>(`select first_checkin::text as d from placement where id = $1`, [pl!.id]))[0]!.d;
    const before = await first();
    const [k] = await t.db.query<{ id: string }>(
      `insert into checkin (placement_id, person_id, checkin_date, with_whom, rating) values ($1, $2, $3::date - 1, '{persoon}', 3) returning id`,
      [pl!.id, pl!.person_id, pl!.start_date],
    );
    const dayBefore = (await t.db.query<{ d: string }>(`select ($1::date - 1)::text as d`, [pl!.start_date]))[0]!.d;
    assert.equal(await first(), dayBefore);
    await t.db.query(`delete from checkin where id = $1`, [k!.id]);
    assert.equal(await first(), before);
  });
});
