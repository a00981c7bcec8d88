import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allServices, validateCatalogue } from '../../src/content/catalogue/index.ts';
import { demoServices } from '../../src/content/catalogue/demo-region.ts';
import {
  instrumentServiceKeys,
  nationalOrganizations,
  nationalServices,
  werkkaartInstrumentMap,
} from '../../src/content/catalogue/national.ts';

const WERKKAART_IDS = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6',
  'B0', 'B1', 'B2', 'B3', 'B4',
  'C1', 'C2',
  'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9',
];

const RECHTENCHECK_KEYS = [
  'loonkostensubsidie',
  'jobcoaching-gemeente',
  'jobcoaching-uwv',
  'werkvoorzieningen-gemeente',
  'werkvoorzieningen-uwv',
  'doelgroepregister-uwv',
  'doelgroepregister-praktijkroute',
  'inschrijven-werkzoekende',
  'beschut-werk',
  'proefplaatsing',
  'loonkostenvoordeel',
  'no-riskpolis',
  'banenafspraak',
  'bijstand',
  'ondersteuning-naar-werk',
  're-integratie-gemeente',
  'premiekorting-mobiliteitsbonus',
  'werk-nl',
  'jobcoaching-overig',
  'groeibanen',
  'regionale-projecten',
  'werkcentrum',
  'vrijwilligerswerk',
  'belangen-en-patientenorganisaties',
  'sociale-ondernemingen',
  'zorg-en-welzijn',
  're-integratiebedrijven',
];

const serviceKeys = new Set(allServices.map((s) => s.key));
const wordCount = (text: string) => text.split(/\s+/).filter((w) => w.length > 0).length;

describe('catalogue: referential integrity', () => {
  it('validateCatalogue() finds no problems', () => {
    assert.deepEqual(validateCatalogue(), []);
  });

  it('reports a broken reference', () => {
    const [service] = nationalServices;
    assert.ok(service);
    const broken = { ...service, key: 'kapotte-verwijzing', organizationKey: 'bestaat-niet', helpKinds: ['onbekend'] };
    const problems = validateCatalogue(nationalOrganizations, [...nationalServices, broken]);
    assert.ok(problems.some((p) => p.includes("organization 'bestaat-niet' does not exist")));
    assert.ok(problems.some((p) => p.includes("help kind 'onbekend'")));
  });

  it('reports non-national offers without area codes', () => {
    const [service] = nationalServices;
    assert.ok(service);
    const regional = { ...service, key: 'zonder-codes', area: { scope: 'gemeente' as const } };
    const problems = validateCatalogue(nationalOrganizations, [regional]);
    assert.ok(problems.some((p) => p.includes('needs area codes')));
  });
});

describe('catalogue: werkkaart instruments', () => {
  it('maps all 22 instruments of the werkkaart, and nothing else', () => {
    assert.equal(WERKKAART_IDS.length, 22);
    assert.deepEqual(Object.keys(werkkaartInstrumentMap).sort(), [...WERKKAART_IDS].sort());
  });

  it('maps every instrument to one or more existing national services', () => {
    const nationalKeys = new Set(nationalServices.map((s) => s.key));
    for (const id of WERKKAART_IDS) {
      const keys = werkkaartInstrumentMap[id];
      assert.ok(keys && keys.length > 0, `${id} has no services`);
      for (const key of keys) assert.ok(nationalKeys.has(key), `${id} → '${key}' is not a national service`);
    }
  });

  it('lists every mapped service once in instrumentServiceKeys', () => {
    const mapped = new Set(Object.values(werkkaartInstrumentMap).flat());
    assert.equal(instrumentServiceKeys.length, mapped.size);
    assert.deepEqual(new Set(instrumentServiceKeys), mapped);
  });

  it('has every service key the Rechtencheck links to', () => {
    for (const key of RECHTENCHECK_KEYS) assert.ok(serviceKeys.has(key), `missing service '${key}'`);
  });

  it('puts every instrument offer in the national area', () => {
    for (const key of instrumentServiceKeys) {
      const service = nationalServices.find((s) => s.key === key);
      assert.equal(service?.area.scope, 'national', key);
    }
  });

  it('has the generic organisation je-gemeente for gemeente instruments', () => {
    const gemeente = nationalOrganizations.find((o) => o.key === 'je-gemeente');
    assert.equal(gemeente?.type, 'gemeente');
    for (const id of ['A1', 'A2', 'A3', 'A4', 'A5']) {
      for (const key of werkkaartInstrumentMap[id] ?? []) {
        assert.equal(nationalServices.find((s) => s.key === key)?.organizationKey, 'je-gemeente', key);
      }
    }
  });
});

describe('catalogue: content of every service', () => {
  it('has a summary, a description of 80 to 300 words and the required texts', () => {
    for (const s of allServices) {
      assert.ok(s.summary.trim().length > 0, `${s.key}: summary`);
      const words = wordCount(s.description);
      assert.ok(words >= 80 && words <= 300, `${s.key}: description has ${words} words`);
      assert.ok(s.howToApply.trim().length > 0, `${s.key}: howToApply`);
      assert.ok(s.whoDecides.trim().length > 0, `${s.key}: whoDecides`);
      assert.ok(s.openWithoutBenefitExplanation.trim().length > 0, `${s.key}: openWithoutBenefitExplanation`);
    }
  });

  it('writes national descriptions in two or three paragraphs', () => {
    for (const s of nationalServices) {
      const count = s.description.split('\n\n').length;
      assert.ok(count >= 2 && count <= 3, `${s.key}: ${count} paragraphs`);
    }
  });

  it('gives every legal source a law, an article, a wetten.overheid.nl link and an ISO date', () => {
    for (const s of allServices) {
      for (const source of s.legalBasis ?? []) {
        assert.ok(source.law.trim().length > 0, `${s.key}: law`);
        assert.ok(source.article.trim().length > 0, `${s.key}: article`);
        assert.match(source.url, /^https:\/\/wetten\.overheid\.nl\//, `${s.key}: url`);
        assert.match(source.validFrom, /^\d{4}-\d{2}-\d{2}$/, `${s.key}: validFrom`);
        assert.ok(!Number.isNaN(Date.parse(source.validFrom)), `${s.key}: validFrom is a real date`);
      }
    }
  });

  it('marks every demo service as demo, and no national service', () => {
    assert.ok(demoServices.length > 0);
    for (const s of demoServices) assert.equal(s.demo, true, s.key);
    for (const s of nationalServices) assert.notEqual(s.demo, true, s.key);
  });

  it('has about 35 to 45 national services', () => {
    assert.ok(nationalServices.length >= 35 && nationalServices.length <= 45, `${nationalServices.length}`);
  });

  it('has at least one national service checked more than 12 months before 2026-11-23', () => {
    const cutoff = '2025-11-23';
    assert.ok(nationalServices.some((s) => s.assuredDate < cutoff));
  });
});
