// From practice to policy: professionals flag a bottleneck (knelpunt) from the
// werkkaart or from a Trajecten dossier, without personal data; flagged
// bottlenecks show up, counted and grouped, in the veranderkompas
// trajectories of their gemeente.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { findPersonalData } from '../../src/features/kennis/knelpunt-privacy.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let consulent: string;
let beleid: string;
let hoogeveen: string;

before(async () => {
  t = await testApp();
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  beleid = (await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen)).cookie;
  hoogeveen = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
});
after(async () => {
  await t?.close();
});

async function count(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('select count(*) as n from bottleneck');
  return row!.n;
}

const flag = (cookie: string, fields: Record<string, string>) => postForm(t.app, '/knelpunten/nieuw', cookie, fields, '/knelpunten/nieuw');
const valid = { bron: 'werkkaart', sectie: 'WK-3.1', gemeenteCode: 'GM0114', category: 'VK-S3-SF4', text: 'Na een mislukte doorverwijzing naar de Wmo hoort niemand nog iets. Er is geen vast moment om te bellen.' };

describe('flagging a bottleneck', () => {
  it('shows the form from the werkkaart and from a dossier, with the gemeente of the own organisation', async () => {
    const fromCard = await t.app.inject({ url: '/knelpunten/nieuw?bron=werkkaart&sectie=WK-3', headers: { cookie: consulent } });
    assert.equal(fromCard.statusCode, 200);
    assert.match(fromCard.body, /vanuit de werkkaart \(onderdeel WK-3\)/);
    assert.match(fromCard.body, /name="sectie" value="WK-3"/);
    assert.match(fromCard.body, /<option value="GM0114" selected/);
    const fromDossier = await t.app.inject({ url: '/knelpunten/nieuw?bron=traject&gemeente=GM0118&categorie=VK-S1', headers: { cookie: consulent } });
    assert.equal(fromDossier.statusCode, 200);
    assert.match(fromDossier.body, /name="bron" value="traject"/);
    assert.doesNotMatch(fromDossier.body, /name="sectie"/);
    assert.match(fromDossier.body, /<option value="GM0118" selected/);
    assert.match(fromDossier.body, /<option value="VK-S1" selected/);
  });

  it('is for professionals: a beleidsmedewerker may read the counts but not flag', async () => {
    assert.equal((await t.app.inject({ url: '/knelpunten/nieuw?bron=traject', headers: { cookie: beleid } })).statusCode, 403);
  });

  it('refuses a BSN, an e-mail address, a phone number and a name, in Dutch, and stores nothing', async () => {
    const before = await count();
    const attempts: Array<[string, RegExp]> = [
      ['De inwoner met BSN 111222333 kreeg geen antwoord.', /We zien een BSN/],
      ['Mevrouw Jansen wacht al drie maanden op een jobcoach.', /We zien een naam/],
      ['De cliënt Jan de Vries werd niet doorverwezen.', /We zien een naam/],
      ['Mail de klant op jan.devries@example.org, zij wacht.', /We zien een e-mailadres/],
      ['Bel de werkzoekende op 06-12345678 terug.', /We zien een telefoonnummer/],
      ['Dhr. Bakker, BSN 111.222.333, bel 0612345678.', /We zien een BSN, een telefoonnummer en een naam/],
    ];
    for (const [text, message] of attempts) {
      const res = await flag(consulent, { ...valid, text });
      assert.equal(res.statusCode, 400, text);
      assert.match(res.body, /haal de persoonsgegevens weg/, text);
      assert.match(res.body, message, text);
    }
    assert.equal(await count(), before);
  });

  it('refuses other bad input, naming the field, and stores nothing', async () => {
    const before = await count();
    const tooLong = await flag(consulent, { ...valid, text: 'a'.repeat(1001) });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /Beschrijving: dit is te lang. Gebruik hoogstens 1000 tekens/);
    const wrong = await flag(consulent, { ...valid, gemeenteCode: 'GM9999', category: 'VK-S9-SF1', text: '' });
    assert.equal(wrong.statusCode, 400);
    for (const text of ['Gemeente: deze gemeente kennen we niet', 'Onderwerp: dit onderwerp kennen we niet', 'Beschrijving: beschrijf het knelpunt']) assert.ok(wrong.body.includes(text), text);
    const noSection = await flag(consulent, { ...valid, sectie: '' });
    assert.equal(noSection.statusCode, 400);
    assert.match(noSection.body, /het onderdeel van de werkkaart ontbreekt/);
    const noSource = await flag(consulent, { ...valid, bron: 'persoon' });
    assert.equal(noSource.statusCode, 400);
    assert.equal(await count(), before);
  });

  it('stores a bottleneck without any person id, even if one is sent along', async () => {
    const [person] = await t.db.query<{ id: string }>('select id from person limit 1');
    const res = await flag(consulent, { ...valid, personId: person!.id, persoon: person!.id });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.match(String(res.headers.location), /gemeld=1/);
    const fromDossier = await flag(consulent, { bron: 'traject', sectie: 'WK-9', gemeenteCode: 'GM0114', category: 'VK-S3-SF4', text: 'Mensen die terugvallen komen niet vanzelf weer bij de consulent.' });
    assert.equal(fromDossier.statusCode, 303);
    assert.equal((await flag(hoogeveen, { bron: 'traject', gemeenteCode: 'GM0118', category: 'VK-S1', text: 'Er is weinig aandacht in de raad.' })).statusCode, 303);
    const rows = await t.db.query<Record<string, unknown>>('select * from bottleneck order by created_at');
    assert.deepEqual(rows.map((r) => [r.source, r.werkkaart_section]), [['werkkaart', 'WK-3.1'], ['traject', null], ['traject', null]]);
    assert.doesNotMatch(JSON.stringify(rows), new RegExp(person!.id));
    const notice = await t.app.inject({ url: String(res.headers.location), headers: { cookie: consulent } });
    assert.match(notice.body, /Het knelpunt is gemeld/);
  });
});

describe('bottlenecks in the veranderkompas', () => {
  it('appear counted and grouped in trajectories that cover the gemeente, and only there', async () => {
    const emmen = await postForm(t.app, '/veranderkompas', beleid, { name: 'Kompas Emmen', area: 'gemeente:GM0114', steps: ['3'], ownRole: 'beleid' }, '/veranderkompas');
    const page = await t.app.inject({ url: String(emmen.headers.location), headers: { cookie: beleid } });
    assert.match(page.body, /<caption[^>]*>Gemelde knelpunten per onderwerp<\/caption>/);
    assert.match(page.body, /Stap 3: Mensen in beeld houden<\/th><td>2<\/td><td>2<\/td>/);
    assert.match(page.body, /Na een mislukte doorverwijzing naar de Wmo/);
    assert.doesNotMatch(page.body, /weinig aandacht in de raad/, 'Hoogeveen is not part of this trajectory');
    const report = await t.app.inject({ url: String(emmen.headers.location).replace(/\?.*$/, '/rapport'), headers: { cookie: beleid } });
    assert.match(report.body, /Stap 3: Mensen in beeld houden<\/th><td>2<\/td>/);
  });
});

describe('personal data check', () => {
  it('lets ordinary sentences about policy through', () => {
    for (const text of [
      'De klant krijgt geen hulp omdat het budget op is.',
      'Mevrouw kreeg geen antwoord op haar vraag.',
      'In 2025 ging 250000 euro naar re-integratie; mensen zonder uitkering kregen daar weinig van.',
      'Het UWV verwijst niet door na een afwijzing voor het doelgroepregister.',
    ]) {
      assert.deepEqual(findPersonalData(text), [], text);
    }
  });
});
