// The workspace: login lands on Vandaag per role, Vandaag shows the demo
// caseload's real work, grace periods for signals, and the settings screen
// for thresholds with its history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { computeSignals } from '../../src/db/signals.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { addWorkingDays } from '../../src/domain/workdays.ts';
import { cookieHeader, csrfFrom, loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/db.ts';

let t: TestApp;
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const today = new Date().toISOString().slice(0, 10);

before(async () => {
  t = await testApp();
});
after(async () => t?.close());

describe('login lands in the workspace', () => {
  for (const [email, home] of [
    [DEMO_ACCOUNTS.consulentEmmen, '/vandaag'],
    [DEMO_ACCOUNTS.teamleiderEmmen, '/vandaag'],
    [DEMO_ACCOUNTS.beleidEmmen, '/monitor'],
  ] as const) {
    it(`${email} lands on ${home}`, async () => {
      const form = await t.app.inject({ url: '/inloggen' });
      const cookie = cookieHeader(form.headers['set-cookie']);
      const res = await t.app.inject({
        method: 'POST', url: '/inloggen', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email, wachtwoord: DEMO_PASSWORD }).toString(),
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, home);
    });
  }
});

describe('Vandaag', () => {
  it('shows a consulent their signals, tasks and the team requests, from the demo caseload', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen);
    const res = await t.app.inject({ url: '/vandaag', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<nav class="utrecht-sidenav side-nav" aria-label="Werkruimte">/);
    const count = (id: string) => Number(new RegExp(`id="${id}">[^(]*\\((\\d+)\\)`).exec(res.body)?.[1] ?? -1);
    assert.ok(count('taken-kop') >= 4, `tasks: ${count('taken-kop')}`);
    assert.ok(count('signalen-kop') >= 4, `signals: ${count('signalen-kop')}`);
    assert.ok(count('aanmeldingen-kop') >= 3, `registrations: ${count('aanmeldingen-kop')}`);
    assert.match(res.body, /Te laat/);
    assert.match(res.body, /Afspraak afronden|Plan bespreken/);
  });

  it('shows a teamleider the load per consulent', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await t.app.inject({ url: '/vandaag', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Personen, signalen en te late taken per consulent/);
    assert.match(res.body, /Sanne de Vries \(demo\)/);
    assert.match(res.body, /Zonder contactpersoon/);
  });

  it('is not for a beleidsmedewerker, who has the monitor first in the menu', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen);
    assert.equal((await t.app.inject({ url: '/vandaag', headers: { cookie } })).statusCode, 403);
    const report = await t.app.inject({ url: '/doorverwijzingen/rapport', headers: { cookie } });
    assert.match(report.body, /aria-label="Werkruimte">.*?href="\/monitor"[^>]*>Monitor/s);
  });
});

describe('grace periods for signals', () => {
  const actor = () => ({ accountId: null, organizationId: emmen, role: 'consulent' as const, traceId: 'grace-test' });
  let id = '';
  before(async () => {
    const [row] = await t.db.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, created_at)
       values ('grace-test', $1, 'GM0114', 'Nieuw', 'Respijt (test)', $2::date + time '12:00') returning id`,
      [emmen, today],
    );
    id = row!.id;
  });
  const kinds = async (day: string) => (await computeSignals(t.db, actor(), day, { personId: id })).map((s) => s.kind).sort();

  it('a new person gets no plan or contact-person signal during the grace periods', async () => {
    assert.deepEqual(await kinds(today), []);
    // 5 working days: still nothing on the deadline itself, the signal the day after.
    const deadline = addWorkingDays(today, 5);
    assert.deepEqual(await kinds(deadline), []);
    const after = new Date(Date.parse(`${deadline}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual(await kinds(after), ['geen-contactpersoon']);
  });

  it('"geen plan met een doel" comes after 4 weeks, or later when the gemeente says so', async () => {
    const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    assert.ok(!(await kinds(day(28))).includes('geen-doel'));
    assert.ok((await kinds(day(29))).includes('geen-doel'));
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await postForm(t.app, '/instellingen/signalen', cookie, {
      activeNoContactWeeks: '8', passiveNoContactMonths: '6', planGraceWeeks: '6', contactPersonGraceWorkingDays: '5', responseWorkingDays: '5', transitionWorkingDays: '10',
    }, '/instellingen/signalen');
    assert.equal(res.statusCode, 303);
    assert.ok(!(await kinds(day(29))).includes('geen-doel'));
    assert.ok((await kinds(day(43))).includes('geen-doel'));
  });
});

describe('settings for signals', () => {
  it('a teamleider sees their gemeente, bad input gets a 400 that names the field and stores nothing', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const page = await t.app.inject({ url: '/instellingen/signalen', headers: { cookie } });
    assert.match(page.body, /Signalen instellen voor Emmen/);
    const [before] = await t.db.query<{ n: number }>('select count(*)::int as n from gemeente_policy_change');
    const bad = await postForm(t.app, '/instellingen/signalen', cookie, { activeNoContactWeeks: '0', passiveNoContactMonths: 'zes', planGraceWeeks: '4', contactPersonGraceWorkingDays: '5', responseWorkingDays: '5', transitionWorkingDays: '10' }, '/instellingen/signalen');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /vul een heel getal in van 1 tot en met 104/);
    assert.match(bad.body, /href="#passiveNoContactMonths"/);
    const [afterBad] = await t.db.query<{ n: number }>('select count(*)::int as n from gemeente_policy_change');
    assert.equal(afterBad!.n, before!.n);
  });

  it('keeps a history of changes with who made them; a teamleider cannot pick another gemeente', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await postForm(t.app, '/instellingen/signalen?gemeente=GM0118', cookie, { activeNoContactWeeks: '10', passiveNoContactMonths: '6', planGraceWeeks: '4', contactPersonGraceWorkingDays: '5', responseWorkingDays: '5', transitionWorkingDays: '10' }, '/instellingen/signalen');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /gemeente=GM0114/);
    const page = await t.app.inject({ url: '/instellingen/signalen', headers: { cookie } });
    assert.match(page.body, /Peter Bakker \(demo\)/);
    const [row] = await t.db.query<{ weeks: number }>(`select active_no_contact_weeks as weeks from gemeente_policy where gemeente_code = 'GM0114'`);
    assert.equal(row!.weeks, 10);
    const [other] = await t.db.query<{ n: number }>(`select count(*)::int as n from gemeente_policy_change where gemeente_code = 'GM0118'`);
    assert.equal(other!.n, 0);
  });

  it('a functioneel-beheerder chooses any gemeente; a consulent may not come here', async () => {
    const beheer = await loginAs(t.app, DEMO_ACCOUNTS.beheerder);
    const page = await t.app.inject({ url: '/instellingen/signalen?gemeente=GM0118', headers: { cookie: beheer.cookie } });
    assert.match(page.body, /Signalen instellen voor Hoogeveen/);
    assert.equal((await t.app.inject({ url: '/instellingen/signalen?gemeente=GM9999', headers: { cookie: beheer.cookie } })).statusCode, 400);
    const consulent = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen);
    assert.equal((await t.app.inject({ url: '/instellingen/signalen', headers: { cookie: consulent.cookie } })).statusCode, 403);
  });
});

describe('caseload worklist', () => {
  let cookie = '';
  before(async () => {
    cookie = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  });
  const get = (url: string) => t.app.inject({ url, headers: { cookie } });

  it('shows next action with late marker, signal tags and 25 per page, with sort links', async () => {
    const res = await get('/caseload');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<th scope="col" class="utrecht-table__header-cell" aria-sort="ascending"><a class="sort-link" href="\/caseload\?richting=desc">Volgende actie/);
    assert.match(res.body, /Te laat/);
    assert.match(res.body, /utrecht-status-badge--warning tag warn">Afspraak over tijd|Plan niet op tijd besproken/);
    assert.ok((res.body.match(/<tr class="utrecht-table__row">/g) ?? []).length === 1, 'one header row');
    assert.equal((res.body.match(/<td><a href="\/personen\//g) ?? []).length, 25);
    assert.match(res.body, /rel="next" href="\/caseload\?pagina=2"/);
  });

  it('searches by name and birth year, and filters by signal', async () => {
    const [p] = await t.db.query<{ given: string; family: string; year: number }>(
      `select given_name as given, family_name as family, birth_year as year from person where owner_organization_id = $1 and family_name like '%(demo)' and birth_year is not null order by family_name limit 1`,
      [emmen],
    );
    const byName = await get(`/caseload?weergave=team&zoek=${encodeURIComponent(p!.family.replace(' (demo)', ''))}`);
    assert.match(byName.body, new RegExp(p!.family.replace(/[()]/g, '\\$&')));
    const byYear = await get(`/caseload?weergave=team&zoek=${p!.year}`);
    for (const m of byYear.body.matchAll(/<td><a href="\/personen\/([0-9a-f-]+)">/g)) {
      const [row] = await t.db.query<{ year: number }>('select birth_year as year from person where id = $1', [m[1]]);
      assert.equal(row!.year, p!.year);
    }
    const late = await get('/caseload?weergave=team&signaal=afspraak-verlopen');
    const names = [...late.body.matchAll(/<td><a href="\/personen\/[^"]+">/g)].length;
    assert.ok(names >= 3, `${names} persons with a late agreement`);
    assert.equal((late.body.match(/Afspraak over tijd<\/span>/g) ?? []).length >= names, true);
    const none = await get('/caseload?zoek=%25%25niemand%25');
    assert.match(none.body, /Niemand gevonden/);
  });

  it('filters the team by consulent and logs only the persons shown', async () => {
    const teamleider = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
    const [sanne] = await t.db.query<{ id: string }>(`select id from account where email = $1`, [DEMO_ACCOUNTS.consulentEmmen]);
    const [before] = await t.db.query<{ n: number }>(`select count(*)::int as n from processing_log where activity = 'persoon.lijst'`);
    const res = await t.app.inject({ url: `/caseload?weergave=team&consulent=${sanne!.id}&sorteer=naam`, headers: { cookie: teamleider } });
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, />Niemand<\/td>/);
    const shown = (res.body.match(/<td><a href="\/personen\//g) ?? []).length;
    // One processing-log line for the list view, naming exactly the persons shown.
    const [afterRead] = await t.db.query<{ n: number }>(`select count(*)::int as n from processing_log where activity = 'persoon.lijst'`);
    assert.equal(afterRead!.n - before!.n, 1);
    const [line] = await t.db.query<{ n: number }>(`select cardinality(person_pseudonyms)::int as n from processing_log where activity = 'persoon.lijst' order by id desc limit 1`);
    assert.equal(line!.n, shown);
  });
});

describe('signals are computed for the persons a page shows', () => {
  // A second consulent of Emmen with one overdue person: not Sanne's work.
  let other = '';
  before(async () => {
    const { createAccount } = await import('../../src/web/auth.tsx');
    const accountId = await createAccount(t.db, { email: 'tweede.consulent@emmen.invalid', name: 'Tweede Consulent (test)', password: DEMO_PASSWORD, role: 'consulent', organizationId: emmen });
    const [row] = await t.db.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, contact_person_id, created_at)
       values ('scope-test', $1, 'GM0114', 'Ander', 'Buitenbeeld (test)', $2, now() - interval '1 year') returning id`,
      [emmen, accountId],
    );
    other = row!.id;
  });
  const count = (body: string, id: string) => Number(new RegExp(`id="${id}">[^(]*\\((\\d+)\\)`).exec(body)?.[1] ?? -1);

  it('a consulent sees only their own and unassigned persons on Vandaag and /signalen, with the same count', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen);
    const vandaag = await t.app.inject({ url: '/vandaag', headers: { cookie } });
    assert.doesNotMatch(vandaag.body, /Buitenbeeld \(test\)/);
    const signals = await t.app.inject({ url: '/signalen', headers: { cookie } });
    assert.doesNotMatch(signals.body, /Buitenbeeld \(test\)/);
    const all = Number(/Alle \((\d+)\)/.exec(signals.body)?.[1] ?? -2);
    assert.equal(count(vandaag.body, 'signalen-kop'), all);
    // The teamleider sees the whole team, this person included, and more signals in total.
    const lead = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
    const team = await t.app.inject({ url: '/signalen', headers: { cookie: lead } });
    assert.match(team.body, /Buitenbeeld \(test\)/);
    assert.ok(Number(/Alle \((\d+)\)/.exec(team.body)?.[1]) > all);
  });

  it('Vandaag writes one processing-log line naming every person its lists read', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen);
    const [before] = await t.db.query<{ n: number }>(`select count(*)::int as n from processing_log where activity = 'persoon.lijst'`);
    const res = await t.app.inject({ url: '/vandaag', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    const [afterRead] = await t.db.query<{ n: number }>(`select count(*)::int as n from processing_log where activity = 'persoon.lijst'`);
    assert.equal(afterRead!.n - before!.n, 1, 'one line for the page, not one per list');
    const [line] = await t.db.query<{ names: string[]; audited: number }>(
      `select l.person_pseudonyms as names, (select count(*)::int from audit_log a where a.processing_log_id = l.id) as audited
       from processing_log l where l.activity = 'persoon.lijst' order by l.id desc limit 1`,
    );
    assert.equal(line!.audited, 1);
    // Everyone a list on the page shows is named: the persons of the signals and of the tasks.
    const [sanne] = await t.db.query<{ id: string }>(`select id from account where email = $1`, [DEMO_ACCOUNTS.consulentEmmen]);
    const actor = { accountId: sanne!.id, organizationId: emmen, role: 'consulent' as const, traceId: 'test' };
    const { consulentScope } = await import('../../src/db/werkruimte/scope.ts');
    const scope = await consulentScope(t.db, actor);
    const signals = await computeSignals(t.db, actor, today, { log: false, personIds: scope.map((p) => p.id) });
    const pseudonymOf = new Map(scope.map((p) => [p.id, p.pseudonym]));
    const expected = new Set(signals.map((s) => pseudonymOf.get(s.personId)!));
    assert.ok(expected.size > 0, 'the demo consulent has signals');
    for (const name of expected) assert.ok(line!.names.includes(name), `${name} is named in the log line`);
    assert.equal(new Set(line!.names).size, line!.names.length, 'each person once');
  });

  it('the worklist computes and logs signals for its own rows only', async () => {
    const { cookie } = await loginAs(t.app, 'tweede.consulent@emmen.invalid');
    const mine = await t.app.inject({ url: '/caseload', headers: { cookie } });
    assert.match(mine.body, /1 persoon\b/);
    assert.match(mine.body, /Te lang geen contact/);
    const [line] = await t.db.query<{ names: string[] }>(`select person_pseudonyms as names from processing_log where activity = 'persoon.lijst' order by id desc limit 1`);
    assert.deepEqual(line!.names, ['scope-test']);
    const [p] = await t.db.query<{ id: string }>('select id from person where id = $1', [other]);
    assert.ok(p);
  });
});

describe('the side menu marks the page the user is on', () => {
  for (const [role, email, start] of [
    ['consulent', DEMO_ACCOUNTS.consulentEmmen, '/vandaag'],
    ['teamleider', DEMO_ACCOUNTS.teamleiderEmmen, '/vandaag'],
    ['beleidsmedewerker', DEMO_ACCOUNTS.beleidEmmen, '/monitor'],
    ['jobcoach', DEMO_ACCOUNTS.consulentJobcoach, '/vandaag'],
    ['werkgeversadviseur', DEMO_ACCOUNTS.werkgeversadviseur, '/werkgevers/vandaag'],
    ['functioneel beheerder', DEMO_ACCOUNTS.beheerder, '/beheer'],
  ] as const)
  it(`for a ${role}, every menu item of the workspace marks itself, and only itself`, async () => {
    const { cookie } = await loginAs(t.app, email);
    const home = await t.app.inject({ url: start, headers: { cookie } });
    const menu = /<nav[^>]*aria-label="Werkruimte"[^>]*>([\s\S]*?)<\/nav>/.exec(home.body)?.[1] ?? '';
    const hrefs = [...menu.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.length >= 3 && (!['consulent', 'teamleider'].includes(role) || (hrefs.includes('/signalen') && hrefs.includes('/aanmeldingen'))), hrefs.join(' '));
    for (const href of hrefs) {
      const res = await t.app.inject({ url: href, headers: { cookie } });
      assert.equal(res.statusCode, 200, href);
      const nav = /<nav[^>]*aria-label="Werkruimte"[^>]*>([\s\S]*?)<\/nav>/.exec(res.body)?.[1] ?? '';
      const current = [...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"/g)].map((m) => m[1]);
      assert.deepEqual(current, [href], `on ${href} the menu marks ${current.join(', ') || 'nothing'}`);
    }
  });
});
