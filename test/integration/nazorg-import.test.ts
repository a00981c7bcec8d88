import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { runImportPlacements } from '../../src/features/nazorg/cli.ts';
import { createApiToken } from '../../src/features/transities/tokens.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let token: string;
let placementId: string;
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');

before(async () => {
  t = await testApp();
  token = (await createApiToken(t.db, emmen, 'Werkgeversservicepunt test')).token;
  const [p] = await t.db.query<{ id: string }>(
    `select pl.id from placement pl join person p on p.id = pl.person_id where p.family_name = 'Jansen (demo)' and pl.end_date is null`,
  );
  placementId = p!.id;
});
after(async () => {
  await t?.close();
});

const send = (wijzigingen: unknown[]) =>
  t.app.inject({ method: 'POST', url: '/api/v1/plaatsingen', headers: { authorization: `Bearer ${token}` }, payload: { wijzigingen } });

describe('placement updates by API', () => {
  it('refuses the whole batch when one update is wrong, naming row and field', async () => {
    const res = await send([
      { extern_id: 'wsp-1', plaatsing_id: placementId, soort: 'verlengd', datum: '2030-01-31' },
      { extern_id: 'wsp-2', plaatsing_id: uuidFromKey('x', 'y'), soort: 'nieuwe-einddatum', datum: '2030-01-31' },
    ]);
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.afgewezen[0].rij, 2);
    assert.match(body.afgewezen[0].fields[0].message, /bestaat niet bij jouw organisatie/);
    const [row] = await t.db.query<{ contractEnd: string }>('select contract_end as "contractEnd" from placement where id = $1', [placementId]);
    assert.notEqual(row!.contractEnd, '2030-01-31');
    assert.equal((await t.db.query('select 1 from placement_update')).length, 0);
  });

  it('applies an extension once, however often it is sent', async () => {
    const update = { extern_id: 'wsp-1', plaatsing_id: placementId, soort: 'verlengd', datum: '2030-01-31', notitie: 'Jaarcontract' };
    const first = await send([update]);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().verwerkt, 1);
    const again = await send([update]);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().al_aanwezig, 1);
    const [row] = await t.db.query<{ contractEnd: string; note: string }>('select contract_end as "contractEnd", contract_followup_note as note from placement where id = $1', [placementId]);
    assert.deepEqual(row, { contractEnd: '2030-01-31', note: 'Jaarcontract' });
  });

  it('refuses unknown kinds and missing fields with a 400', async () => {
    const res = await send([{ extern_id: 'x', plaatsing_id: placementId, soort: 'gepromoveerd', datum: '2030-01-31' }]);
    assert.equal(res.statusCode, 400);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/plaatsingen', payload: { wijzigingen: [] } })).statusCode, 401);
  });
});

describe('placement updates by CSV', () => {
  it('ends a placement, makes the follow-up task, and is idempotent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plaatsingen-'));
    const file = join(dir, 'wijzigingen.csv');
    writeFileSync(file, `extern_id;plaatsing_id;soort;datum;reden;notitie\ncsv-1;${placementId};beeindigd;2029-06-30;gezondheid;Gemeld door de jobcoach\n`);
    const out: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) };
    assert.equal(await runImportPlacements([file, '--organisatie', 'demo-gemeente-emmen'], io, t.db), 0, out.join(''));
    const [row] = await t.db.query<{ endDate: string; reason: string }>('select end_date as "endDate", end_reason as reason from placement where id = $1', [placementId]);
    assert.deepEqual(row, { endDate: '2029-06-30', reason: 'gezondheid' });
    assert.equal((await t.db.query('select 1 from nazorg_followup where placement_id = $1', [placementId])).length, 1);
    assert.equal(await runImportPlacements([file, '--organisatie', 'demo-gemeente-emmen'], io, t.db), 0);
    assert.match(out.at(-1)!, /0 verwerkt, 1 waren er al/);
    writeFileSync(file, `extern_id,plaatsing_id,soort,datum\ncsv-2,${placementId},nieuwe-einddatum,2029-13-01\n`);
    assert.equal(await runImportPlacements([file, '--organisatie', 'demo-gemeente-emmen'], io, t.db), 1);
    assert.match(out.at(-1)!, /regel 2[\s\S]*datum: Vul een geldige datum in/);
  });
});
