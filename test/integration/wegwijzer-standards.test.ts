// National standards: UPL product names on offers, Samenwerkende Catalogi export per gemeente.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { uplByService, uplByUri } from '../../src/content/catalogue/upl.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { scSchemaErrors } from '../helpers/xsd.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

/** Checks that every tag is closed in order; returns the element names in document order. */
function wellFormed(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  assert.doesNotMatch(body, /&(?!(amp|lt|gt|quot|apos);)/, 'unescaped ampersand');
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)([^>]*?)(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (close) assert.equal(stack.pop(), name, `closing ${name}`);
    else {
      names.push(name!);
      if (!selfClose) stack.push(name!);
    }
  }
  assert.deepEqual(stack, [], 'all elements closed');
  return names;
}

describe('UPL product names', () => {
  it('every mapped offer exists, and every national and gemeente offer of a gemeente with a fitting name has its UPL URI', () => {
    const keys = new Set(allServices.map((s) => s.key));
    for (const key of Object.keys(uplByService)) assert.ok(keys.has(key), `unknown offer ${key}`);
    for (const s of allServices) if (uplByService[s.key]) assert.equal(s.uplUri, uplByService[s.key]!.uri);
    for (const uri of new Set(Object.values(uplByService).map((n) => n.uri))) {
      assert.match(uri, /^http:\/\/standaarden\.overheid\.nl\/owms\/terms\/[\w-]+$/);
      assert.ok(uplByUri.has(uri));
    }
  });

  it('shows the UPL name on the offer page', async () => {
    const res = await t.app.inject({ url: '/aanbod/loonkostensubsidie' });
    assert.match(res.body, /Productnaam \(UPL\)/);
    assert.match(res.body, /href="http:\/\/standaarden.overheid.nl\/owms\/terms\/loonkostSub" lang="nl">loonkostensubsidie</);
  });
});

describe('Samenwerkende Catalogi export', () => {
  it('gives the products of a gemeente as SC 4.0 XML with the required fields', async () => {
    const res = await t.app.inject({ url: '/gemeenten/GM0106/samenwerkende-catalogi.xml' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /application\/xml/);
    const names = wellFormed(res.body);
    assert.equal(names[0], 'overheidproduct:scproducten');
    assert.match(res.body, /xsi:schemaLocation="http:\/\/standaarden.overheid.nl\/product\/terms\/ http:\/\/standaarden.overheid.nl\/sc\/4.0\/xsd\/sc.xsd"/);
    const products = res.body.split('<overheidproduct:scproduct ').slice(1);
    assert.ok(products.length >= 5, `${products.length} products`);
    const order = ['overheidproduct:meta', 'overheidproduct:owmskern', 'dcterms:identifier', 'dcterms:title', 'dcterms:language', 'dcterms:type', 'dcterms:modified', 'dcterms:spatial', 'overheid:authority', 'overheidproduct:owmsmantel', 'dcterms:audience', 'dcterms:abstract', 'overheidproduct:scmeta', 'overheidproduct:productID', 'overheidproduct:onlineAanvragen'];
    for (const p of products) {
      let at = -1;
      for (const el of order) {
        const i = p.indexOf(`<${el}`);
        assert.ok(i > at, `${el} missing or out of order`);
        at = i;
      }
      assert.match(p, /<dcterms:modified>\d{4}-\d{2}-\d{2}<\/dcterms:modified>/);
      assert.match(p, /resourceIdentifier="http:\/\/standaarden.overheid.nl\/owms\/terms\/Assen_\(gemeente\)">Assen</);
    }
    // Assen's own offer with its UPL name, a national gemeente product, no other gemeente's offers.
    assert.match(res.body, /\/aanbod\/demo-assen-ondersteuning-naar-werk</);
    assert.match(res.body, /<overheidproduct:uniformeProductnaam scheme="overheid:UniformeProductnaam" resourceIdentifier="http:\/\/standaarden.overheid.nl\/owms\/terms\/re-integratie">re-integratie</);
    assert.match(res.body, /\/aanbod\/loonkostensubsidie</);
    assert.doesNotMatch(res.body, /demo-emmen-/);
    assert.doesNotMatch(res.body, /jobcoaching-uwv/);
  });

  it('is valid against the SC 4.0 schema (sc.xsd), for gemeenten with plain and unusual names', async () => {
    // Assen (own offers with UPL names), 's-Hertogenbosch (apostrophe), Súdwest-Fryslân (diacritics).
    for (const code of ['GM0106', 'GM0796', 'GM1900']) {
      const res = await t.app.inject({ url: `/gemeenten/${code}/samenwerkende-catalogi.xml` });
      assert.equal(res.statusCode, 200, code);
      assert.deepEqual(await scSchemaErrors(res.body), [], code);
    }
  });

  it('the schema check is real: a product without a title or with an unknown scheme is refused', async () => {
    const res = await t.app.inject({ url: '/gemeenten/GM0106/samenwerkende-catalogi.xml' });
    const noTitle = res.body.replace(/<dcterms:title>[^<]*<\/dcterms:title>/, '');
    assert.match((await scSchemaErrors(noTitle)).join('\n'), /Expected is \( \{http:\/\/purl.org\/dc\/terms\/\}title \)/);
    const badScheme = res.body.replace('scheme="overheid:Gemeente"', 'scheme="overheid:Dorp"');
    assert.notDeepEqual(await scSchemaErrors(badScheme), []);
  });

  it('is linked from the search page for the gemeente, and refuses unknown gemeenten with a Dutch 404', async () => {
    const page = await t.app.inject({ url: '/zoeken?q=werk&waar=Assen' });
    assert.match(page.body, /href="\/gemeenten\/GM0106\/samenwerkende-catalogi.xml"/);
    for (const code of ['GM9999', 'xyz']) {
      const res = await t.app.inject({ url: `/gemeenten/${code}/samenwerkende-catalogi.xml` });
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Deze gemeente kennen we niet/);
    }
  });
});
