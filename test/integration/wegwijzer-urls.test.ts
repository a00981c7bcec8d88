// Tolerant URLs, favicon and manifest (issue 13).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('tolerant URLs', () => {
  it('ignores tracking and unknown parameters on public pages', async () => {
    const plain = await get('/zoeken?q=jobcoach');
    assert.equal(plain.statusCode, 200);
    const count = plain.body.match(/(\d+) resultaten/)![1];
    for (const extra of ['fbclid=abc', 'utm_source=nieuwsbrief&utm_medium=email', 'kleur=rood', 'gclid=x%20y']) {
      const res = await get(`/zoeken?q=jobcoach&${extra}`);
      assert.equal(res.statusCode, 200, extra);
      assert.match(res.body, new RegExp(`${count} resultaten`), extra);
    }
    for (const url of ['/?fbclid=abc', '/over?utm_source=x', '/rechtencheck?utm_campaign=y']) {
      assert.equal((await get(url)).statusCode, 200, url);
    }
    // Only unknown parameters: the search page shows the empty form, not "0 results".
    const only = await get('/zoeken?fbclid=abc');
    assert.equal(only.statusCode, 200);
    assert.doesNotMatch(only.body, /resultaten voor/);
  });

  it('still refuses unknown parameters in the API, with a clear message', async () => {
    const res = await get('/api/v1/hsds/services?search=jobcoach&fbclid=abc');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /fbclid|kennen we niet|veld/i);
  });

  it('sends a page number past the end to the last page', async () => {
    const first = await get('/zoeken?q=werk');
    const total = Number(first.body.match(/(\d+) resultaten/)![1]);
    const last = Math.ceil(total / 10);
    assert.ok(last >= 2, 'demo data has more than one page for "werk"');
    const res = await get('/zoeken?q=werk&pagina=99&fbclid=x');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/zoeken?q=werk&pagina=${last}`);
    const page = await get(String(res.headers.location));
    assert.match(page.body, new RegExp(`Pagina ${last} van ${last}`));
    assert.doesNotMatch(page.body, /Volgende pagina/);
    assert.equal((await get('/zoeken?q=werk&pagina=999999999')).statusCode, 303);
  });
});

describe('favicon and manifest', () => {
  it('serves a valid ICO, an SVG icon and a web app manifest, linked from every page', async () => {
    const ico = await get('/favicon.ico');
    assert.equal(ico.statusCode, 200);
    assert.equal(ico.headers['content-type'], 'image/x-icon');
    const buf = ico.rawPayload;
    assert.equal(buf.readUInt16LE(2), 1, 'ICO type');
    assert.equal(buf.readUInt16LE(4), 1, 'one image');
    assert.equal(buf.readUInt32LE(18) + buf.readUInt32LE(14), buf.length, 'image fills the file');
    const svg = await get('/icon.svg');
    assert.match(String(svg.headers['content-type']), /image\/svg\+xml/);
    const manifest = await get('/manifest.webmanifest');
    assert.match(String(manifest.headers['content-type']), /application\/manifest\+json/);
    const m = JSON.parse(manifest.body);
    assert.equal(m.start_url, '/');
    assert.ok(m.icons.some((i: { src: string }) => i.src === '/icon.svg'));
    const home = await get('/');
    assert.match(home.body, /<link rel="icon" href="\/favicon.ico"/);
    assert.match(home.body, /<link rel="manifest" href="\/manifest.webmanifest"/);
  });
});
