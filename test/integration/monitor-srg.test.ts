import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { checkLines, type SrgLine } from '../../src/features/monitor/srg.ts';
import { loginAs, testApp, type TestApp } from '../helpers/app.ts';

const emmen = uuidFromKey('organization', 'demo-gemeente-emmen'); // GM0114
const BSN = '111222333';
let t: TestApp;
let logged = '';

async function placement(pseudonym: string, bsn: string | null, start: string, end: string | null, kind: string, instruments: string[], owner = emmen): Promise<void> {
  const [p] = await t.db.query<{ id: string }>(
    `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, bsn) values ($1, $2, 'GM0114', 'Srg', 'Test', $3) returning id`,
    [pseudonym, owner, bsn],
  );
  const [e] = await t.db.query<{ id: string }>(
    `insert into employer (organization_id, name) values ($1, $2) on conflict (organization_id, lower(name)) do update set name = excluded.name returning id`,
    [owner, 'SRG-werkgever'],
  );
  await t.db.query(
    `insert into placement (person_id, organization_id, employer_id, job_title, start_date, end_date, end_reason, contract_kind, instruments, came_about)
     values ($1, $2, $3, 'Medewerker', $4, $5, case when $5::date is not null then 'anders' end, $6, $7, 'bestaande-vacature')`,
    [p!.id, owner, e!.id, start, end, kind, instruments],
  );
}

describe('SRG delivery', () => {
  before(async () => {
    const sink = new Writable({ write(chunk, _enc, done) { logged += String(chunk); done(); } });
    t = await testApp({ logStream: sink });
    await placement('srg-test-1', BSN, '2021-01-10', null, 'vast', ['loonkostensubsidie', 'jobcoach']);
    await placement('srg-test-2', null, '2021-02-01', null, 'proefplaatsing', []);
    await placement('srg-test-3', '123456789', '2021-02-01', '2021-02-20', 'vast', ['werkplekvoorziening']);
    await placement('srg-test-4', '111222333', '2021-01-01', '2021-01-31', 'vast', ['jobcoach']); // ended before February
    await placement('srg-test-5', '111222333', '2021-02-01', null, 'vast', ['jobcoach'], uuidFromKey('organization', 'demo-gemeente-coevorden'));
  });
  after(async () => t.close());

  it('shows the teamleider what goes into the file and what is left out, without BSNs', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await t.app.inject({ url: '/monitor/srg?maand=2021-02', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /2 voorzieningen van 1 persoon gaan mee/);
    assert.match(res.body, /Geen BSN vastgelegd[^<]*<\/th>\s*<td>1<\/td>\s*<td>1<\/td>/);
    assert.match(res.body, /elfproef[^<]*<\/th>\s*<td>1<\/td>\s*<td>1<\/td>/);
    assert.match(res.body, /Loonkostensubsidie: 1 regel/);
    assert.doesNotMatch(res.body, new RegExp(BSN));
    const bad = await t.app.inject({ url: '/monitor/srg?maand=2021-2', headers: { cookie } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /JJJJ-MM/);
  });

  it('downloads the file by the field rules and logs the delivery, not the BSN', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const res = await t.app.inject({ url: '/monitor/srg.csv?maand=2021-02', headers: { cookie } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const [header, ...rows] = res.body.trim().split('\r\n');
    assert.match(header!, /^Gemeentecode;Verslagmaand;BSN;Type voorziening/);
    assert.equal(rows.length, 2);
    const lines: SrgLine[] = rows.map((r) => {
      const [gemeentecode, verslagmaand, bsn, typeCode, typeLabel, kenmerk, begin, einde] = r.split(';') as string[];
      return { placementId: '', gemeentecode: gemeentecode!, verslagmaand: verslagmaand!, bsn: bsn!, typeCode: typeCode!, typeLabel: typeLabel!, kenmerk: kenmerk!, begin: begin!, einde: einde! };
    });
    assert.deepEqual(checkLines(lines), []);
    assert.deepEqual(lines.map((l) => [l.gemeentecode, l.verslagmaand, l.bsn, l.typeCode, l.begin, l.einde]), [
      ['0114', '202102', BSN, '', '20210110', ''],
      ['0114', '202102', BSN, '30', '20210110', ''],
    ]);
    const log = await t.db.query<{ activity: string; operation: string; person_pseudonyms: string[]; legal_basis: string }>(
      `select activity, operation, person_pseudonyms, legal_basis from processing_log where activity = 'srg.levering'`,
    );
    assert.equal(log.length, 1);
    assert.deepEqual(log[0]!.person_pseudonyms, ['srg-test-1']);
    assert.equal(log[0]!.operation, 'exporteren');
    assert.match(log[0]!.legal_basis, /Regeling statistiek Participatiewet/);
    assert.doesNotMatch(logged, new RegExp(BSN), 'no BSN in the application log');
  });

  it('is only for the teamleider: the beleidsmedewerker sees aggregates, not BSNs', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen);
    for (const url of ['/monitor/srg?maand=2021-02', '/monitor/srg.csv?maand=2021-02']) {
      const res = await t.app.inject({ url, headers: { cookie } });
      assert.equal(res.statusCode, 403, url);
    }
    const monitor = await t.app.inject({ url: '/monitor', headers: { cookie } });
    assert.doesNotMatch(monitor.body, /\/monitor\/srg/);
  });
});
