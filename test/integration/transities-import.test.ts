import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPerson, type Actor } from '../../src/db/persons.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/workdays.ts';
import { todayIso } from '../../src/features/transities/api.ts';
import { runApiToken, runImportTransities } from '../../src/features/transities/cli.ts';
import { parseTransitionsCsv } from '../../src/features/transities/csv.ts';
import { importTransitions, MAX_IMPORT_ROWS, type RawTransition } from '../../src/features/transities/import.ts';
import { createApiToken } from '../../src/features/transities/tokens.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let token = '';
let tokenId = '';
let hoogeveenToken = '';
let hoogeveenPerson = '';
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const hoogeveen = uuidFromKey('organization', 'demo-gemeente-hoogeveen');
const dir = mkdtempSync(join(tmpdir(), 'inbeeld-transities-'));
const cliActor = (organizationId = emmen): Actor => ({ accountId: null, organizationId, role: 'systeem', traceId: 'test-import' });

before(async () => {
  t = await testApp();
  ({ token, id: tokenId } = await createApiToken(t.db, emmen, 'Test UWV'));
  ({ token: hoogeveenToken } = await createApiToken(t.db, hoogeveen, 'Test Hoogeveen'));
  hoogeveenPerson = (await createPerson(t.db, { accountId: null, organizationId: hoogeveen, role: 'consulent', traceId: 'test' }, {
    givenName: 'Andere', familyName: 'Gemeente', birthYear: null, gemeenteCode: 'GM0118', bsn: null, email: null, phone: null, story: null,
  }))!;
});
after(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params);
  return row!.n;
}
const totals = async () => ({
  persons: await count('select 1 from person'),
  transitions: await count('select 1 from transition'),
  log: await count('select 1 from processing_log'),
});

function post(body: unknown, auth: string | null = token) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/transities',
    headers: { 'content-type': 'application/json', ...(auth === null ? {} : { authorization: `Bearer ${auth}` }) },
    payload: JSON.stringify(body),
  });
}

function csvImport(text: string, today = todayIso(), organizationId = emmen) {
  const parsed = parseTransitionsCsv(Buffer.from(text, 'utf8'));
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return importTransitions(t.db, parsed.rows, { actor: cliActor(organizationId), source: 'csv', today, unreadable: parsed.rejected });
}

function cliIo() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

describe('CSV parser', () => {
  it('reads ; and , files with a header, quotes, a BOM and line breaks inside quotes, with the line each row starts on', () => {
    const semi = parseTransitionsCsv('\uFEFFextern_id;soort;datum;voornaam;achternaam;notitie\r\nx1;einde-contract;2025-01-31;Anna;"de Vries; jr";"regel 1\nregel 2"\r\n\r\nx2;einde-jobcoaching;2025-02-01;Bo;Ek;"zei ""ja"""\r\n');
    assert.ok(semi.ok);
    assert.deepEqual(semi.rows.map((r) => r.row), [2, 5]);
    assert.equal(semi.rows[0]!.values.achternaam, 'de Vries; jr');
    assert.equal(semi.rows[0]!.values.notitie, 'regel 1\nregel 2');
    assert.equal(semi.rows[1]!.values.notitie, 'zei "ja"');
    const comma = parseTransitionsCsv('EXTERN_ID,Soort,datum,persoon_id\nx3,einde-contract,2025-01-31,0b6c4a4e-8f2d-4c1e-9a7b-3d5e6f708192\n');
    assert.ok(comma.ok);
    assert.equal(comma.rows[0]!.values.persoon_id, '0b6c4a4e-8f2d-4c1e-9a7b-3d5e6f708192');
  });

  it('names the line of an unbalanced quote', () => {
    const parsed = parseTransitionsCsv('extern_id;soort;datum;voornaam;achternaam\nx1;einde-contract;2025-01-31;Anna;Ek\nx2;einde-contract;2025-01-31;"Bo;Ek\nx3;einde-contract;2025-01-31;Cas;Ek\n');
    assert.ok(!parsed.ok);
    assert.equal(parsed.rejected[0]!.row, 3);
    assert.match(parsed.rejected[0]!.fields[0]!.message, /nergens wordt afgesloten/);
  });

  it('refuses unknown, doubled and missing columns in the header, naming each', () => {
    const parsed = parseTransitionsCsv('extern_id;soortt;datum;datum\nx1;einde-contract;2025-01-31;2025-01-31\n');
    assert.ok(!parsed.ok);
    const fields = parsed.rejected[0]!.fields;
    assert.equal(parsed.rejected[0]!.row, 1);
    assert.ok(fields.some((f) => f.field === 'soortt' && /kennen we niet/.test(f.message)));
    assert.ok(fields.some((f) => f.field === 'datum' && /twee keer/.test(f.message)));
    assert.ok(fields.some((f) => f.field === 'soort' && /ontbreekt/.test(f.message)));
    assert.ok(fields.some((f) => f.field === 'persoon_id' && /voornaam/.test(f.message)), 'no column to name the person');
  });

  it('reports a row with the wrong number of fields, and refuses a file that is not UTF-8 or too long', () => {
    const parsed = parseTransitionsCsv('extern_id,soort,datum,voornaam,achternaam\nx1,einde-contract,2025-01-31,Anna,de Vries, jr\n');
    assert.ok(parsed.ok);
    assert.equal(parsed.rejected[0]!.row, 2);
    assert.match(parsed.rejected[0]!.fields[0]!.message, /6 velden, de kopregel 5/);
    const latin1 = parseTransitionsCsv(new Uint8Array([...Buffer.from('extern_id;soort;datum;voornaam;achternaam\nx;einde-contract;2025-01-31;Jos'), 0xe9, 0x0a]));
    assert.ok(!latin1.ok);
    assert.match(latin1.rejected[0]!.fields[0]!.message, /UTF-8/);
    const lines = ['extern_id;soort;datum;persoon_id', ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `x${i};einde-contract;2025-01-31;x`)];
    const big = parseTransitionsCsv(lines.join('\n'));
    assert.ok(!big.ok);
    assert.match(big.rejected[0]!.fields[0]!.message, /hoogstens 10000 per keer/);
  });
});

describe('import from CSV', () => {
  it('creates persons and tasks with working-day deadlines, and a second import of the same file creates nothing', async () => {
    const csv = [
      'extern_id;soort;datum;voornaam;achternaam;geboortejaar;bsn;gemeente;notitie',
      'csv-1;wajong-afgewezen;2025-03-01;Piet;Klaassen;1999;111222333;;Belt liever niet',
      'csv-2;school-verlaten-pro;2025-06-30;Kim;de Wit;2006;;GM0106;',
      'csv-3;einde-jobcoaching;2025-07-01;Piet;Klaassen;1999;111222333;;Zelfde persoon, zelfde BSN',
    ].join('\n');
    const before = await totals();
    const report = await csvImport(csv);
    assert.ok(report.ok, JSON.stringify(report));
    assert.deepEqual([report.created, report.alreadyPresent, report.personsCreated], [3, 0, 2]);
    assert.equal(report.rows[0]!.personId, report.rows[2]!.personId, 'one BSN, one person');
    const rows = await t.db.query<{ externalId: string; source: string; deadline: string; via: string; gemeente: string; note: string | null; birthYear: number }>(
      `select t.external_id as "externalId", t.source, t.deadline, p.came_into_view_via as via, p.gemeente_code as gemeente, t.note, p.birth_year as "birthYear"
       from transition t join person p on p.id = t.person_id where t.external_id like 'csv-%' order by t.external_id`,
    );
    assert.deepEqual(rows.map((r) => [r.externalId, r.source, r.via, r.gemeente]), [
      ['csv-1', 'csv', 'uwv', 'GM0114'],
      ['csv-2', 'csv', 'school', 'GM0106'],
      ['csv-3', 'csv', 'uwv', 'GM0114'],
    ]);
    assert.equal(rows[0]!.note, 'Belt liever niet');
    assert.equal(rows[0]!.birthYear, 1999);
    for (const r of rows) assert.equal(r.deadline, addWorkingDays(todayIso(), 10));
    const afterFirst = await totals();
    assert.deepEqual([afterFirst.persons - before.persons, afterFirst.transitions - before.transitions], [2, 3]);

    const second = await csvImport(csv);
    assert.ok(second.ok);
    assert.deepEqual([second.created, second.alreadyPresent, second.personsCreated], [0, 3, 0]);
    assert.deepEqual(second.rows.map((r) => r.status), ['al-aanwezig', 'al-aanwezig', 'al-aanwezig']);
    assert.deepEqual(await totals(), afterFirst, 'nothing new, not even a log line');
  });

  it('writes nothing when one row is wrong, and names every bad row and field', async () => {
    const [own] = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and family_name like '%(demo)' limit 1`, [emmen]);
    const csv = [
      'extern_id;soort;datum;persoon_id;voornaam;achternaam;bsn',
      `bad-ok-1;einde-contract;2025-03-01;${own!.id};;;`,
      'bad-2;verhuizing;2025-03-01;;Anna;Ek;',
      'bad-3;einde-contract;31-03-2025;;Bo;Ek;',
      'bad-4;einde-contract;2025-02-30;;Cas;Ek;',
      'bad-5;einde-contract;2025-03-01;;Dirk;Ek;123456789',
      'bad-6;einde-contract;2025-03-01;;;Ek;',
      'bad-ok-7;einde-contract;2025-03-01;;Eva;Ek;',
      'bad-ok-7;einde-contract;2025-03-01;;Eva;Ek;',
      `bad-9;einde-contract;2025-03-01;${hoogeveenPerson};;;`,
      ';einde-contract;2025-03-01;;Fien;Ek;',
    ].join('\n');
    const before = await totals();
    const report = await csvImport(csv);
    assert.ok(!report.ok);
    assert.match(report.message, /niets ingelezen: 8 van de 10 regels/);
    const got = report.rejected.map((r) => [r.row, r.fields.map((f) => f.field).join(',')]);
    assert.deepEqual(got, [
      [3, 'soort'],
      [4, 'datum'],
      [5, 'datum'],
      [6, 'bsn'],
      [7, 'voornaam'],
      [9, 'extern_id'],
      [10, 'persoon_id'],
      [11, 'extern_id'],
    ]);
    const messages = report.rejected.flatMap((r) => r.fields.map((f) => f.message)).join('\n');
    for (const text of ['"verhuizing" kennen we niet', 'Schrijf 31-03-2025 als 2025-03-31', '2025-02-30 bestaat niet', '11-proef', 'voornaam ontbreekt', 'staat ook op regel 8', 'geen persoon met persoon_id', 'extern_id ontbreekt']) {
      assert.ok(messages.includes(text), text);
    }
    assert.deepEqual(await totals(), before, 'nothing written');
  });

  it('links a row to an existing person by persoon_id or BSN, and logs one processing line per person', async () => {
    const [own] = await t.db.query<{ id: string; pseudonym: string; updatedAt: string }>(
      `select id, pseudonym, updated_at::text as "updatedAt" from person where owner_organization_id = $1 and family_name like '%(demo)' order by family_name limit 1`,
      [emmen],
    );
    const [piet] = await t.db.query<{ id: string; pseudonym: string }>(`select id, pseudonym from person where bsn = '111222333'`);
    const logBefore = await count('select 1 from processing_log');
    const report = await csvImport([
      'extern_id,soort,datum,persoon_id,voornaam,achternaam,bsn',
      `link-1,einde-contract,2025-04-01,${own!.id},,,`,
      'link-2,uitkering-afgewezen,2025-04-02,,Piet,Klaassen,111 222 333',
      'link-3,einde-contract,2025-04-03,,Nieuw,Mens,',
    ].join('\n'));
    assert.ok(report.ok, JSON.stringify(report));
    assert.deepEqual(report.rows.map((r) => [r.personId === own!.id, r.personId === piet!.id, r.personCreated]), [[true, false, false], [false, true, false], [false, false, true]]);
    const [created] = await t.db.query<{ pseudonym: string }>('select pseudonym from person where id = $1', [report.rows[2]!.personId]);
    const lines = await t.db.query<{ activity: string; pseudonym: string; trace: string; account: string | null }>(
      `select l.activity, l.person_pseudonym as pseudonym, l.trace_id as trace, a.account_id as account
       from processing_log l join audit_log a on a.processing_log_id = l.id order by l.id desc limit 3`,
    );
    assert.equal(await count('select 1 from processing_log'), logBefore + 3);
    assert.deepEqual(lines.map((l) => [l.activity, l.pseudonym]).sort(), [
      ['persoon.aanmaken', created!.pseudonym],
      ['persoon.wijzigen', own!.pseudonym],
      ['persoon.wijzigen', piet!.pseudonym],
    ].sort());
    assert.ok(lines.every((l) => l.trace === 'test-import' && l.account === null));
    const [touched] = await t.db.query<{ updatedAt: string }>('select updated_at::text as "updatedAt" from person where id = $1', [own!.id]);
    assert.notEqual(touched!.updatedAt, own!.updatedAt, 'a new task counts as a change for the retention period');
  });

  it('counts the deadline in working days with the gemeente policy, skipping weekends and holidays', async () => {
    await t.db.query(`insert into gemeente_policy (gemeente_code, transition_working_days) values ('GM0109', 3)`);
    // Wednesday 24 December 2025: Christmas (25, 26) and the weekend (27, 28) do not count.
    const report = await csvImport('extern_id;soort;datum;voornaam;achternaam;gemeente\nwd-1;einde-contract;2025-12-01;Kees;Kerst;GM0109\nwd-2;einde-contract;2025-12-01;Ria;Regel;\n', '2025-12-24');
    assert.ok(report.ok, JSON.stringify(report));
    assert.equal(report.rows[0]!.deadline, '2025-12-31');
    assert.equal(report.rows[1]!.deadline, '2026-01-12', 'the default of 10 working days; 1 January is a holiday');
    for (const r of report.rows) assert.ok(isWorkingDay(r.deadline));
    assert.equal(workingDaysBetween('2025-12-24', report.rows[1]!.deadline), 10);
  });

  it('keeps extern_ids apart per organisation: the same reference at another gemeente is a new task', async () => {
    const report = await csvImport('extern_id;soort;datum;voornaam;achternaam\ncsv-1;einde-contract;2025-03-01;Hans;Hoogeveen\n', todayIso(), hoogeveen);
    assert.ok(report.ok);
    assert.equal(report.created, 1);
    const [row] = await t.db.query<{ gemeente: string }>('select p.gemeente_code as gemeente from transition t join person p on p.id = t.person_id where t.id = $1', [report.rows[0]!.transitionId]);
    assert.equal(row!.gemeente, 'GM0118');
  });

  it('refuses more rows than the maximum before it checks anything', async () => {
    const rows: RawTransition[] = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ row: i + 1, values: {} }));
    const report = await importTransitions(t.db, rows, { actor: cliActor(), source: 'api', today: todayIso() });
    assert.ok(!report.ok);
    assert.match(report.message, /hoogstens 10000/);
  });
});

describe('the inbeeld commands', () => {
  it('import-transities prints the report; with a bad row it exits 1, writes nothing and names the line', async () => {
    const good = join(dir, 'goed.csv');
    writeFileSync(good, 'extern_id;soort;datum;voornaam;achternaam\ncli-1;einde-contract;2025-03-01;Cli;Test\n');
    const ok = cliIo();
    assert.equal(await runImportTransities([good, '--organisatie', 'demo-gemeente-emmen'], ok.io, t.db), 0, ok.out.stderr);
    assert.match(ok.out.stdout, /1 nieuwe overgang\(en\), 0 waren er al/);
    const again = cliIo();
    assert.equal(await runImportTransities([good, '--organisatie', 'demo-gemeente-emmen'], again.io, t.db), 0);
    assert.match(again.out.stdout, /0 nieuwe overgang\(en\), 1 waren er al/);

    const bad = join(dir, 'fout.csv');
    writeFileSync(bad, 'extern_id;soort;datum;voornaam;achternaam\ncli-2;einde-contract;2025-03-01;Cli;Test\ncli-3;einde-contract;2025-13-01;Cli;Test\n');
    const before = await totals();
    const failed = cliIo();
    assert.equal(await runImportTransities([bad, '--organisatie', 'demo-gemeente-emmen'], failed.io, t.db), 1);
    assert.match(failed.out.stderr, /regel 3 \(extern_id cli-3\):\n {2}- datum: De datum 2025-13-01 bestaat niet/);
    assert.deepEqual(await totals(), before);

    const unknown = cliIo();
    assert.equal(await runImportTransities([good, '--organisatie', 'bestaat-niet'], unknown.io, t.db), 2);
    assert.match(unknown.out.stderr, /geen organisatie met de sleutel/);
  });

  it('api-token prints a new token once, lists and revokes it', async () => {
    const made = cliIo();
    assert.equal(await runApiToken(['--organisatie', 'demo-gemeente-emmen', '--naam', 'CLI test'], made.io, t.db), 0);
    const cliToken = made.out.stdout.trim();
    assert.match(cliToken, /^inbeeld_[\w-]{43}$/);
    const [stored] = await t.db.query<{ tokenHash: string; id: string }>(`select token_hash as "tokenHash", id from api_token where name = 'CLI test'`);
    assert.ok(!stored!.tokenHash.includes(cliToken) && /^[0-9a-f]{64}$/.test(stored!.tokenHash), 'only the sha256 is stored');
    assert.equal((await post({ transities: [{ extern_id: 'cli-token-1', soort: 'einde-contract', datum: '2025-03-01', voornaam: 'A', achternaam: 'B' }] }, cliToken)).statusCode, 201);
    const list = cliIo();
    await runApiToken(['--organisatie', 'demo-gemeente-emmen', '--lijst'], list.io, t.db);
    assert.match(list.out.stdout, new RegExp(`${stored!.id}\\tCLI test\\t.*actief\\tlaatst gebruikt`));
    const revoked = cliIo();
    assert.equal(await runApiToken(['--organisatie', 'demo-gemeente-emmen', '--intrekken', stored!.id], revoked.io, t.db), 0);
    const res = await post({ transities: [{ extern_id: 'cli-token-2', soort: 'einde-contract', datum: '2025-03-01', voornaam: 'A', achternaam: 'B' }] }, cliToken);
    assert.equal(res.statusCode, 401);
    assert.match(res.json().error.message, /ingetrokken/);
  });
});

describe('POST /api/v1/transities', () => {
  const item = (n: string, extra: Record<string, unknown> = {}) => ({ extern_id: `api-${n}`, soort: 'doelgroepregister-registratie', datum: '2025-05-01', voornaam: 'Api', achternaam: `Persoon ${n}`, ...extra });

  it('creates with 201 and a report, answers 200 when everything is already there, and logs who did it', async () => {
    const body = { transities: [item('1', { geboortejaar: 2001, bsn: null, notitie: 'Uit het register' }), item('2', { gemeente: 'gm0106' })] };
    const res = await post(body);
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json();
    assert.equal(report.aangemaakt, 2);
    assert.equal(report.al_aanwezig, 0);
    assert.equal(report.nieuwe_personen, 2);
    assert.deepEqual(report.transities.map((r: { rij: number; status: string }) => [r.rij, r.status]), [[1, 'aangemaakt'], [2, 'aangemaakt']]);
    assert.equal(report.transities[0].deadline, addWorkingDays(todayIso(), 10));
    const [row] = await t.db.query<{ source: string; via: string; gemeente: string; org: string }>(
      `select t.source, p.came_into_view_via as via, p.gemeente_code as gemeente, t.organization_id as org from transition t join person p on p.id = t.person_id where t.id = $1`,
      [report.transities[1].transitie_id],
    );
    assert.deepEqual(row, { source: 'api', via: 'uwv', gemeente: 'GM0106', org: emmen });
    const [audit] = await t.db.query<{ account: string; trace: string }>(
      `select a.account_id as account, l.trace_id as trace from processing_log l join audit_log a on a.processing_log_id = l.id
       join person p on p.pseudonym = l.person_pseudonym where p.id = $1`,
      [report.transities[0].persoon_id],
    );
    assert.equal(audit!.account, tokenId, 'the audit log names the token');
    assert.equal(audit!.trace, res.headers['x-trace-id']);

    const again = await post(body);
    assert.equal(again.statusCode, 200);
    assert.deepEqual([again.json().aangemaakt, again.json().al_aanwezig], [0, 2]);
    const [used] = await t.db.query<{ lastUsed: string | null }>('select last_used_at::text as "lastUsed" from api_token where id = $1', [tokenId]);
    assert.ok(used!.lastUsed);
  });

  it('writes nothing when one transition is wrong, and answers 400 naming each one and its field', async () => {
    const before = await totals();
    const res = await post({
      transities: [
        item('ok-1'),
        item('bad-2', { datum: '2025-02-29' }),
        item('bad-3', { bsn: '123456789' }),
        item('bad-4', { voornaam: '' }),
        item('ok-1'),
        { extern_id: 'api-bad-6', soort: 'einde-contract', datum: '2025-05-01', persoon_id: hoogeveenPerson },
      ],
    });
    assert.equal(res.statusCode, 400, res.body);
    const body = res.json();
    assert.match(body.error.message, /niets ingelezen: 5 van de 6 overgangen/);
    assert.deepEqual(body.afgewezen.map((r: { rij: number; extern_id: string; fields: Array<{ field: string }> }) => [r.rij, r.extern_id, r.fields.map((f) => f.field).join()]), [
      [2, 'api-bad-2', 'datum'],
      [3, 'api-bad-3', 'bsn'],
      [4, 'api-bad-4', 'voornaam'],
      [5, 'api-ok-1', 'extern_id'],
      [6, 'api-bad-6', 'persoon_id'],
    ]);
    assert.deepEqual(body.error.fields.map((f: { field: string }) => f.field), ['transities.1.datum', 'transities.2.bsn', 'transities.3.voornaam', 'transities.4.extern_id', 'transities.5.persoon_id']);
    assert.match(body.afgewezen[3].fields[0].message, /staat ook op overgang 1/);
    assert.deepEqual(await totals(), before);
  });

  it('stores an event once when the same extern_id arrives twice at the same time', async () => {
    const body = { transities: [item('race-1'), item('race-2')] };
    const answers = await Promise.all([post(body), post(body), post(body)]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 200, 201]);
    assert.equal(await count(`select 1 from transition where external_id in ('api-race-1', 'api-race-2')`), 2);
    assert.equal(await count(`select 1 from person where family_name in ('Persoon race-1', 'Persoon race-2')`), 2);
  });

  it('takes a large request (10,000 transitions) in one go', async () => {
    const transities = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => item(`groot-${i}`, { soort: 'einde-contract' }));
    const res = await post({ transities });
    assert.equal(res.statusCode, 201, res.body.slice(0, 500));
    assert.equal(res.json().aangemaakt, MAX_IMPORT_ROWS);
    const tooMany = await post({ transities: [...transities, item('groot-extra')] });
    assert.equal(tooMany.statusCode, 400);
    assert.match(tooMany.json().error.fields[0].message, /te lang. Hoogstens 10000/);
  });

  it('refuses requests without a token or with a wrong one with 401, in Dutch', async () => {
    const body = { transities: [item('auth-1')] };
    const none = await post(body, null);
    assert.equal(none.statusCode, 401);
    assert.match(none.json().error.message, /Log eerst in/);
    for (const wrong of ['inbeeld_verkeerd', 'iets-anders', '']) {
      const res = await post(body, wrong);
      assert.equal(res.statusCode, 401, wrong);
      assert.match(res.json().error.message, /API-token klopt niet of is ingetrokken/);
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
    }
    assert.equal(await count(`select 1 from transition where external_id = 'api-auth-1'`), 0);
    await t.db.query(`update api_token set revoked_at = now() where organization_id = $1 and name = 'Test Hoogeveen'`, [hoogeveen]);
    assert.equal((await post(body, hoogeveenToken)).statusCode, 401, 'a revoked token');
  });

  it('answers a wrong type or an unknown field with 400 that names the field', async () => {
    const before = await totals();
    const res = await post({ transities: [item('type-1'), item('type-2', { geboortejaar: '1990', kleur: 'blauw' }), { soort: 'einde-contract', datum: 20250501, voornaam: 'X', achternaam: 'Y' }] });
    assert.equal(res.statusCode, 400, res.body);
    const body = res.json();
    const fields = body.error.fields.map((f: { field: string }) => f.field);
    for (const f of ['transities.1.geboortejaar', 'transities.1.kleur', 'transities.2.extern_id', 'transities.2.datum']) assert.ok(fields.includes(f), `${f} in ${fields}`);
    assert.deepEqual(body.afgewezen.map((r: { rij: number }) => r.rij), [2, 3]);
    assert.match(JSON.stringify(body.afgewezen[0].fields), /geboortejaar: Dit moet een heel getal zijn/);
    assert.equal((await post({ transities: 'alles' })).statusCode, 400);
    assert.equal((await post({ transities: [] })).statusCode, 400);
    const unknownKind = await post({ transities: [item('type-3', { soort: 'verhuizing' })] });
    assert.equal(unknownKind.statusCode, 400);
    assert.match(unknownKind.json().error.fields[0].message, /Kies uit: doelgroepregister-registratie/);
    assert.deepEqual(await totals(), before);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const op = doc.paths['/api/v1/transities'].post;
    assert.ok(op.requestBody.content['application/json'].schema.properties.transities);
    assert.deepEqual(Object.keys(op.responses).sort(), ['200', '201', '400', '401', '403']);
    assert.match(op.description, /Bearer/);
  });
});
