import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { helpKinds, limitationTypes } from '../../src/content/taxonomy.ts';
import { splitStatements } from '../../src/db/migrate.ts';
import { isPossiblyOutdated } from '../../src/domain/freshness.ts';
import { UUID_PATTERN, uuidFromKey } from '../../src/domain/ids.ts';
import { slugify, splitCodes, validateServiceForm, readServiceForm } from '../../src/features/beheer/service.ts';
import { parseSearchForm, searchUrl } from '../../src/features/wegwijzer/service.ts';
import { parseThemeTokens, stylesheet, usedTokens } from '../../src/web/assets.ts';
import { dutchMessageFor } from '../../src/web/errors.ts';

describe('uuidFromKey', () => {
  it('gives a stable version-5 UUID per kind and key', () => {
    const a = uuidFromKey('service', 'jobcoaching-uwv');
    assert.match(a, UUID_PATTERN);
    assert.equal(a[14], '5');
    assert.equal(a, uuidFromKey('service', 'jobcoaching-uwv'));
    assert.notEqual(a, uuidFromKey('organization', 'jobcoaching-uwv'));
  });
});

describe('isPossiblyOutdated', () => {
  const today = new Date('2026-11-23T10:00:00Z');
  it('marks offers not verified for more than 12 months', () => {
    assert.equal(isPossiblyOutdated('2025-11-22', today), true);
    assert.equal(isPossiblyOutdated('2025-11-23', today), false);
    assert.equal(isPossiblyOutdated('2026-06-01', today), false);
  });
  it('takes another period when a gemeente sets one', () => {
    assert.equal(isPossiblyOutdated('2026-04-01', today, 6), true);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons outside quotes, comments and $$ bodies', () => {
    const sql = `create table a (x text default 'a;b'); -- note; here\ncreate function f() returns int as $$ select 1; $$ language sql;`;
    const parts = splitStatements(sql);
    assert.equal(parts.length, 2);
    assert.match(parts[0]!, /'a;b'/);
    assert.match(parts[1]!, /select 1; \$\$/);
  });
});

describe('stylesheet', () => {
  it('keeps only the design tokens the CSS references, with their dependencies', () => {
    const tokens = parseThemeTokens('.x{}\n.utrecht-theme {\n  --a: var(--b);\n  --b: red;\n  --c: blue;\n}\n');
    const used = usedTokens('p { color: var(--a) }', tokens);
    assert.deepEqual([...used.keys()].sort(), ['--a', '--b']);
  });
  it('is small enough for the 60 KB page budget', () => {
    const css = stylesheet();
    // What travels is compressed (brotli, see server.ts); the raw size bounds parsing work.
    assert.ok(css.css.length < 160_000, `stylesheet is ${css.css.length} bytes before compression`);
    const sent = brotliCompressSync(css.css, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
    assert.ok(sent < 20_000, `stylesheet is ${sent} bytes compressed`);
    assert.match(css.path, /^\/assets\/app\.[0-9a-f]{12}\.css$/);
  });
});

describe('Dutch validation messages', () => {
  it('says how to fix the input', () => {
    assert.equal(dutchMessageFor({ keyword: 'maxLength', instancePath: '/q', params: { limit: 200 } }), 'Dit is te lang. Gebruik hoogstens 200 tekens.');
    assert.match(dutchMessageFor({ keyword: 'type', instancePath: '/age', params: { type: 'integer' } }), /heel getal/);
    assert.match(dutchMessageFor({ keyword: 'enum', instancePath: '/x', params: { allowedValues: ['ja', 'nee'] } }), /ja, nee/);
  });
});

describe('parseSearchForm', () => {
  it('accepts the form fields and known taxonomy codes', () => {
    const { form, errors } = parseSearchForm({ q: ' jobcoach ', waar: 'Assen', hulp: helpKinds[0]!.code, beperking: [limitationTypes[0]!.code], zonder_uitkering: 'ja', pagina: '2' });
    assert.deepEqual(errors, []);
    assert.equal(form.q, 'jobcoach');
    assert.deepEqual(form.hulp, [helpKinds[0]!.code]);
    assert.equal(form.zonderUitkering, true);
    assert.equal(form.pagina, 2);
  });
  it('refuses long queries, unknown codes and bad pages, naming the field; ignores unknown parameters', () => {
    const { errors } = parseSearchForm({ q: 'x'.repeat(10_000), kleur: 'rood', fbclid: 'x', hulp: 'vliegen', pagina: '-1', gemeente: 'Assen' });
    const fields = errors.map((e) => e.field).sort();
    assert.deepEqual(fields, ['gemeente', 'hulp', 'pagina', 'q']);
    assert.ok(errors.every((e) => e.message.length > 20));
  });
  it('builds search URLs that round-trip', () => {
    const url = searchUrl({ q: 'werk zoeken', hulp: ['jobcoaching'], gemeente: 'GM0106', pagina: 3 });
    const params = Object.fromEntries(new URL(url, 'http://x').searchParams);
    assert.deepEqual(params, { q: 'werk zoeken', gemeente: 'GM0106', hulp: 'jobcoaching', pagina: '3' });
  });
});

describe('beheer form', () => {
  const known = { knownOrganizationKeys: new Set(['org-a']), knownAreaCodes: new Set(['GM0106', 'AM04']) };
  const valid = readServiceForm({
    organizationKey: 'org-a', name: 'Jobcoach in Assen', summary: 'Een jobcoach helpt je op je werk.',
    description: 'Een jobcoach komt op je werk en helpt je en je collega’s. Zo houd je je baan.',
    helpKinds: [helpKinds[0]!.code], openWithoutBenefit: 'ja', openWithoutBenefitExplanation: 'Iedereen mag komen.',
    eligibility: 'Mensen met een beperking.', howToApply: 'Bel ons.', whoDecides: 'De gemeente.', areaScope: 'gemeente', areaCodes: 'GM0106',
  });
  it('accepts a complete offer', () => {
    assert.deepEqual(validateServiceForm(valid, known), []);
  });
  it('names every wrong field', () => {
    const errors = validateServiceForm({ ...valid, name: '', url: 'geen url', areaCodes: 'GM9999', helpKinds: [], openWithoutBenefit: 'misschien' }, known);
    assert.deepEqual([...new Set(errors.map((e) => e.field))].sort(), ['areaCodes', 'helpKinds', 'name', 'openWithoutBenefit', 'url']);
  });
  it('makes readable keys', () => {
    assert.equal(slugify('Werkfit Één Traject (Assen)'), 'werkfit-een-traject-assen');
    assert.deepEqual(splitCodes('gm0106, GM0114;  '), ['GM0106', 'GM0114']);
  });
});
