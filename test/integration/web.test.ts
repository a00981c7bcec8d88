import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { allServices } from '../../src/content/catalogue/index.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

function get(url: string) {
  return t.app.inject({ method: 'GET', url });
}

describe('public pages', () => {
  it('home, search, about pages answer in Dutch with security headers', async () => {
    for (const url of ['/', '/zoeken', '/over', '/toegankelijkheid', '/privacy', '/inloggen']) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, /^<!doctype html><html lang="nl"/);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
    }
  });

  it('search results link to offer pages; an offer page shows how to apply and who decides', async () => {
    const res = await get('/zoeken?q=jobcoach&waar=Assen');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /resultat?en? voor &quot;jobcoach&quot;, in Assen/);
    const link = res.body.match(/href="(\/aanbod\/[^"]+)"/)![1]!;
    const offer = await get(link);
    assert.equal(offer.statusCode, 200);
    assert.match(offer.body, /Zo vraag je het aan/);
    assert.match(offer.body, /Wie beslist\?/);
    assert.match(offer.body, /@media print|data-print/);
  });

  it('marks demo offers and offers not verified for 12 months', async () => {
    const demo = allServices.find((s) => s.demo)!;
    const demoPage = await get(`/aanbod/${demo.key}`);
    assert.match(demoPage.body, /Dit is een voorbeeld/);
    const old = allServices.find((s) => s.assuredDate < '2025-11-01');
    assert.ok(old, 'content has an offer older than 12 months');
    const oldPage = await get(`/aanbod/${old.key}`);
    assert.match(oldPage.body, /Mogelijk verouderd/);
    const fresh = allServices.find((s) => s.assuredDate > '2026-01-01') ?? null;
    if (fresh) assert.doesNotMatch((await get(`/aanbod/${fresh.key}`)).body, /Mogelijk verouderd/);
  });

  it('shows what to do next when nothing is found', async () => {
    const res = await get('/zoeken?q=xyzzyqwerty&waar=Assen');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /We vonden geen hulp die hierbij past/);
    assert.match(res.body, /Rechtencheck/);
    assert.match(res.body, /gemeente Assen/);
  });

  it('refuses bad input with a 400 and a Dutch message, never a stack trace', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/zoeken?q=' + 'a'.repeat(10_000), /zoekvraag is te lang/],
      ['/zoeken?hulp=vliegen', /soort hulp &quot;vliegen&quot; kennen we niet/],
      ['/zoeken?pagina=abc', /paginanummer/],
      ['/zoeken?waar=Xqzwrtplaats', /We kennen geen gemeente, woonplaats of postcode/],
      ['/zoeken?gemeente=GM9999', /We kennen geen gemeente/],
    ];
    for (const [url, message] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, 400, url.slice(0, 60));
      assert.match(res.body, message, url.slice(0, 60));
      assert.doesNotMatch(res.body, /at .*\.ts:\d+/);
    }
  });

  it('answers 404 in Dutch for unknown offers and organisations', async () => {
    for (const url of ['/aanbod/bestaat-niet', '/aanbod/%27', '/organisaties/bestaat-niet', '/nergens']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /bestaat niet/);
    }
    // A NUL byte is refused at the edge, before any route.
    assert.equal((await get('/aanbod/%00%27')).statusCode, 400);
  });

  it('serves the stylesheet and script compressed once, in the encoding the browser accepts', async () => {
    const home = await get('/');
    const paths = [home.body.match(/href="(\/assets\/app\.[0-9a-f]+\.css)"/)![1]!, home.body.match(/src="(\/assets\/app\.[0-9a-f]+\.js)"/)![1]!];
    for (const path of paths) {
      const plain = await t.app.inject({ url: path });
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined, `${path} without accept-encoding`);
      assert.match(String(plain.headers['cache-control']), /immutable/);
      assert.equal(plain.headers.vary, 'accept-encoding');
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br', 'br', brotliDecompressSync],
        ['gzip', 'gzip', gunzipSync],
        ['br;q=0, gzip;q=0.8', 'gzip', gunzipSync],
      ] as const) {
        const res = await t.app.inject({ url: path, headers: { 'accept-encoding': accept } });
        assert.equal(res.headers['content-encoding'], encoding, `${path} for ${accept}`);
        assert.equal(decode(res.rawPayload).toString('utf8'), plain.body, `${path} ${encoding} decodes to the same file`);
        assert.ok(res.rawPayload.length < plain.rawPayload.length / 2, `${path} ${encoding}: ${res.rawPayload.length} of ${plain.rawPayload.length} bytes`);
      }
    }
    const css = await t.app.inject({ url: paths[0]!, headers: { 'accept-encoding': 'br' } });
    assert.ok(css.rawPayload.length < 20_000, `css is ${css.rawPayload.length} bytes compressed`);
  });
});
