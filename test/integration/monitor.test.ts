import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { previousPeriod, periodOf } from '../../src/domain/monitor/period.ts';
import { loadMonitor, readChoice } from '../../src/features/monitor/service.ts';
import type { Figure } from '../../src/features/monitor/figures.ts';
import { loginAs, testApp, type TestApp } from '../helpers/app.ts';

const emmen = uuidFromKey('organization', 'demo-gemeente-emmen'); // gemeente GM0114
let t: TestApp;
let n = 0;

/** A person in Emmen who came into view on `day` (noon, Amsterdam time). */
async function person(day: string, via: string | null, reason: string | null = null, birthYear: number | null = null): Promise<string> {
  n++;
  const [row] = await t.db.query<{ id: string }>(
    `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, came_into_view_via, no_benefit_reason, birth_year, created_at)
     values ($1, $2, 'GM0114', 'Test', 'Monitor (test)', $3, $4, $5, ($6::date + time '12:00') at time zone 'Europe/Amsterdam') returning id`,
    [`monitor-test-${n}`, emmen, via, reason, birthYear, day],
  );
  return row!.id;
}

const cell = (f: Figure, table: string, row: string) => f.tables.find((x) => x.key === table)!.rows.find((r) => r.key === row)!;

describe('monitor', () => {
  before(async () => {
    t = await testApp();
    // Q1 2021 (current) and Q4 2020 (previous): before the demo data, which covers the last two years.
    for (let i = 0; i < 8; i++) await person('2021-01-10', 'uwv', 'inkomen-partner-of-ouders', 1990);
    for (let i = 0; i < 2; i++) await person('2021-02-03', 'school', 'zelfstandige', 2005);
    for (let i = 0; i < 6; i++) await person('2021-03-31', 'wijkteam', 'inkomen-partner-of-ouders', 1960);
    for (let i = 0; i < 5; i++) await person('2020-11-20', 'uwv', 'eigen-vermogen', 1990);
    await person('2021-04-01', 'uwv'); // just after the period: not counted
    const [plan] = await t.db.query<{ id: string }>(`select id from person where pseudonym = 'monitor-test-1'`);
    await t.db.query(`insert into contact (person_id, contact_date, channel) values ($1, '2021-01-20', 'gesprek')`, [plan!.id]);
  });
  after(async () => t.close());

  it('counts the inflow per source and hides small counts with a second cell', async () => {
    const { choice, current, previous } = readChoice({ periode: 'kwartaal', datum: '2021-02-15' }, '2026-12-02');
    assert.deepEqual([current!.from, current!.to], ['2021-01-01', '2021-03-31']);
    assert.deepEqual([previous!.from, previous!.to], ['2020-10-01', '2020-12-31']);
    const m = (await loadMonitor(t.db, emmen, choice, current!, previous!))!;
    const inflow = m.figures.find((f) => f.key === 'instroom')!;
    const bron = inflow.tables.find((x) => x.key === 'bron')!;
    assert.equal(bron.total!.cur.shown, 16);
    assert.equal(bron.total!.prev.shown, 5);
    assert.equal(cell(inflow, 'bron', 'uwv').prev.shown, 5);
    assert.equal(cell(inflow, 'bron', 'school').cur.shown, null, '2 via school is below 5');
    assert.equal(cell(inflow, 'bron', 'school').cur.status, 'primary');
    // 8 + 2 + 6 = 16 is published, so one of 8 and 6 must be hidden too.
    const hiddenOthers = ['uwv', 'wijkteam'].filter((k) => cell(inflow, 'bron', k).cur.shown === null);
    assert.equal(hiddenOthers.length, 1);
    const zzp = m.figures.find((f) => f.key === 'bereik')!;
    assert.equal(cell(zzp, 'zzp', 'zzp').cur.shown, null);
    // Born 1990: 35 (8 people); born 1960: 65 (6); born 2005: 20 (2, hidden, so one more goes).
    assert.equal(cell(zzp, 'leeftijd', '0-26').cur.shown, null);
    const ages = [cell(zzp, 'leeftijd', '27-44').cur.shown, cell(zzp, 'leeftijd', '55+').cur.shown];
    assert.ok((ages[0] === 8 && ages[1] === null) || (ages[0] === null && ages[1] === 6), String(ages));
    assert.match(inflow.definition.text, /in beeld/);
  });

  it('the funnel and stock add up for a hand-computed case', async () => {
    const { choice, current, previous } = readChoice({ periode: 'jaar', datum: '2021-06-01' }, '2026-12-02');
    const m = (await loadMonitor(t.db, emmen, choice, current!, previous!))!;
    const funnel = m.figures.find((f) => f.key === 'trechter')!.tables[0]!;
    assert.equal(funnel.rows.find((r) => r.key === 'in-beeld')!.cur.shown, 17);
    assert.equal(funnel.rows.find((r) => r.key === 'contact')!.cur.shown, null, 'one person with a contact');
    const stock = m.figures.find((f) => f.key === 'bestand')!.tables.find((x) => x.key === 'status')!;
    assert.equal(stock.total!.cur.shown, 17 + 5);
  });

  it('counts placements that started, per way the job came about, contract and loonkostensubsidie', async () => {
    const [emp] = await t.db.query<{ id: string }>(`insert into employer (organization_id, name) values ($1, 'Monitor-werkgever (test)') returning id`, [emmen]);
    const place = async (pseudonym: string, start: string, came: string, kind: string, lks: boolean) => {
      const [p] = await t.db.query<{ id: string }>('select id from person where pseudonym = $1', [pseudonym]);
      await t.db.query(
        `insert into placement (person_id, organization_id, employer_id, job_title, start_date, contract_kind, contract_end, instruments, came_about)
         values ($1, $2, $3, 'Medewerker', $4, $5, case when $5 = 'tijdelijk' then $4::date + 365 end, $6, $7)`,
        [p!.id, emmen, emp!.id, start, kind, lks ? ['loonkostensubsidie'] : [], came],
      );
    };
    for (let i = 1; i <= 6; i++) await place(`monitor-test-${i}`, '2021-02-01', 'bestaande-vacature', 'vast', true);
    await place('monitor-test-7', '2021-03-01', 'zelf-gevonden', 'tijdelijk', false);
    await place('monitor-test-8', '2021-04-02', 'zelf-gevonden', 'tijdelijk', false); // after the period
    const { choice, current, previous } = readChoice({ periode: 'kwartaal', datum: '2021-02-15' }, '2026-12-02');
    const m = (await loadMonitor(t.db, emmen, choice, current!, previous!))!;
    const work = m.figures.find((f) => f.key === 'werk')!;
    assert.equal(work.tables.find((x) => x.key === 'ontstaan')!.total!.cur.shown, 7);
    assert.equal(cell(work, 'ontstaan', 'zelf-gevonden').cur.shown, null, 'one self-found job is below 5');
    assert.equal(cell(work, 'ontstaan', 'bestaande-vacature').cur.shown, null, 'else 7 - 6 gives the hidden cell away');
    assert.equal(cell(work, 'lks', 'nee').cur.status, 'primary');
    assert.equal(cell(work, 'lks', 'ja').cur.status, 'secondary');
    assert.match(work.definition.text, /Plaatsingen/);
  });

  it('previous period of a free range has the same length', () => {
    const p = previousPeriod('vrij', { from: '2021-03-01', to: '2021-03-10', label: '' });
    assert.deepEqual([p.from, p.to], ['2021-02-19', '2021-02-28']);
    assert.equal(periodOf('maand', '2020-02-10').to, '2020-02-29');
  });

  it('shows the page, CSV and PDF to a beleidsmedewerker, with no link to a person', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen);
    const res = await t.app.inject({ url: '/monitor?periode=kwartaal&datum=2021-02-15', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Monitor: gemeente Emmen/);
    assert.match(res.body, /<svg role="img" aria-label="Grafiek: /);
    assert.doesNotMatch(res.body, /style="/);
    assert.match(res.body, /niet uit registers/);
    const links = [...res.body.matchAll(/href="([^"]+)"/g)].map((x) => x[1]!);
    assert.ok(links.every((l) => !l.startsWith('/personen') && !l.startsWith('/doorverwijzingen/')), links.join(' '));
    const csv = await t.app.inject({ url: '/monitor/csv/instroom-bron?periode=kwartaal&datum=2021-02-15', headers: { cookie } });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /"Via school","","verborgen"/);
    assert.match(csv.body, /"Totaal","16","getoond","5","getoond"/);
    const open = await t.app.inject({ url: '/monitor/open-data.csv?periode=kwartaal&datum=2021-02-15', headers: { cookie } });
    assert.equal(open.statusCode, 200);
    for (const l of open.body.split('\r\n').slice(1).filter(Boolean)) {
      const v = l.split('","')[7]!;
      assert.ok(v === '' || v === '0' || Number(v) >= 5, `open data shows a small count: ${l}`);
    }
    const pdf = await t.app.inject({ url: '/monitor/rapport.pdf?periode=jaar&datum=2021-01-01', headers: { cookie } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
    const bad = await t.app.inject({ url: '/monitor?periode=vrij&van=2021-13-01&tot=2021-01-01', headers: { cookie } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /geldige datum/);
    const badCsv = await t.app.inject({ url: '/monitor/csv/bestaat-niet?periode=jaar&datum=2021-01-01', headers: { cookie } });
    assert.equal(badCsv.statusCode, 404);
  });

  it('is not for consulenten', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen);
    const res = await t.app.inject({ url: '/monitor', headers: { cookie } });
    assert.equal(res.statusCode, 403);
  });

  it('shows the region', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await t.app.inject({ url: '/monitor?niveau=regio&periode=jaar&datum=2021-01-01', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /arbeidsmarktregio Drenthe/);
  });
});

describe('monitor demo history', () => {
  it('is deterministic and fills every figure', async () => {
    const { seededDb } = await import('../helpers/db.ts');
    const { seedMonitorDemo } = await import('../../src/db/monitor/demo.ts');
    const d = await seededDb();
    try {
      const added = await seedMonitorDemo(d.db, '2026-06-30');
      assert.equal(added, (14 + 12 + 9 + 5 + 4) * 24);
      assert.equal(await seedMonitorDemo(d.db, '2026-06-30'), 0, 'only once');
      const [sum] = await d.db.query<{ s: string }>(`select md5(string_agg(came_into_view_via || no_benefit_reason || created_at::text, ',' order by pseudonym)) as s from person where pseudonym like 'demo-historie-%'`);
      const d2 = await seededDb();
      await seedMonitorDemo(d2.db, '2026-06-30');
      const [sum2] = await d2.db.query<{ s: string }>(`select md5(string_agg(came_into_view_via || no_benefit_reason || created_at::text, ',' order by pseudonym)) as s from person where pseudonym like 'demo-historie-%'`);
      await d2.close();
      assert.equal(sum!.s, sum2!.s);
      const { choice, current, previous } = readChoice({ periode: 'jaar', datum: '2026-01-01', niveau: 'regio' }, '2026-06-30');
      const m = (await loadMonitor(d.db, emmen, choice, current!, previous!))!;
      for (const f of m.figures) {
        const shown = f.tables.flatMap((x) => x.rows).filter((r) => (r.cur.shown ?? 0) > 0).length;
        assert.ok(shown > 0, `figure ${f.key} shows nothing`);
      }
    } finally {
      await d.close();
    }
  });
});

describe('business case', () => {
  let b: TestApp;
  before(async () => { b = await testApp(); });
  after(async () => b.close());

  it('computes with the dated Gemeentefonds parameter and the gemeente\'s own costs', async () => {
    const { cookie } = await loginAs(b.app, DEMO_ACCOUNTS.beleidEmmen);
    const res = await b.app.inject({ url: '/monitor/businesscase?placementsWithLks=10&durability12=0,5&hourlyRate=80&consulentHoursPerPerson=10&peopleInView=20', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /€ 33\.880/, '5 × 6,776');
    assert.match(res.body, /Cedris en Divosa \(2024\)/);
    assert.match(res.body, /€ 16\.000/, '20 × 10 × 80');
    const bad = await b.app.inject({ url: '/monitor/businesscase?durability12=3', headers: { cookie } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /van 0 tot en met 1/);
  });

  it('a functioneel-beheerder adds a dated value; others may not', async () => {
    const { cookie } = await loginAs(b.app, DEMO_ACCOUNTS.beheerder);
    const page = await b.app.inject({ url: '/beheer/mkba', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    const csrf = page.body.match(/name="_csrf" value="([^"]+)"/g)!.at(-1)!.match(/value="([^"]+)"/)![1]!;
    const form = (f: Record<string, string>) => b.app.inject({ method: 'POST', url: '/beheer/mkba', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: csrf, ...f }).toString() });
    const bad = await form({ key: 'X!', label: '', side: 'gemeente', per: '', amount: 'veel', validFrom: '2026-13-01', source: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Sleutel: gebruik/);
    const ok = await form({ key: 'zorgkosten', label: 'Lagere zorgkosten', side: 'samenleving', per: 'per plaatsing per jaar', amount: '1000', validFrom: '2025-01-01', source: 'Test', sourceUrl: '' });
    assert.equal(ok.statusCode, 303);
    const [row] = await b.db.query<{ amount: number }>(`select amount::float8 as amount from mkba_parameter where key = 'zorgkosten'`);
    assert.equal(row!.amount, 1000);
    const beleid = await loginAs(b.app, DEMO_ACCOUNTS.beleidEmmen);
    assert.equal((await b.app.inject({ url: '/beheer/mkba', headers: { cookie: beleid.cookie } })).statusCode, 403);
  });
});
