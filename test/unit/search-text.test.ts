import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gemeenteOfPostcode, postcodeCount, POSTCODE_INPUT } from '../../src/content/reference/postcodes.ts';
import { gemeenten } from '../../src/content/reference/index.ts';
import { termGroups } from '../../src/content/search/vocabulary.ts';
import { correctableWords, editDistance, findPostcode, parseQuery, tokenize, toTsquery, vocabularyWords } from '../../src/domain/search-text.ts';

describe('parseQuery', () => {
  it('treats "job coach", "job-coach" and "jobcoach" as one term with every form', () => {
    const forms = (q: string) => parseQuery(q).terms.map((t) => t.forms.map((f) => f.join(' ')));
    assert.deepEqual(forms('job coach'), forms('jobcoach'));
    assert.deepEqual(forms('job-coach'), forms('jobcoach'));
    assert.ok(forms('jobcoach')[0]!.includes('job coach'));
  });
  it('widens "vervoer naar werk" to werkvervoer, longest form first', () => {
    const [term, ...rest] = parseQuery('vervoer naar werk').terms;
    assert.equal(rest.length, 0);
    assert.ok(term!.forms.some((f) => f.join(' ') === 'werkvervoer'));
  });
  it('drops filler words of a plain sentence, keeps them when nothing else is left', () => {
    assert.deepEqual(parseQuery('ik wil graag werken maar ben snel moe').terms.map((t) => t.text), ['werken', 'moe']);
    assert.deepEqual(parseQuery('hulp').terms.map((t) => t.text), ['hulp']);
  });
  it('takes a postcode out of the words', () => {
    const p = parseQuery('jobcoach 7811 AB');
    assert.equal(p.postcode, '7811');
    assert.deepEqual(p.terms.map((t) => t.text), ['jobcoach']);
    assert.equal(findPostcode('werk in 9401ab'), '9401');
    assert.equal(findPostcode('werk 123'), null);
    assert.equal(findPostcode('0123 AB'), null);
  });
  it('applies corrections before matching the vocabulary', () => {
    const p = parseQuery('vervoer naar wrek', new Map([['wrek', 'werk']]));
    assert.equal(p.display, 'vervoer naar werk');
    assert.equal(p.terms.length, 1);
  });
  it('builds a tsquery with only letters, digits and operators', () => {
    const q = toTsquery(parseQuery("werk & !') | <-> jobcoach").terms, 'all');
    assert.match(q, /^[\p{L}\p{N} ()&|:*]+$/u);
    assert.match(toTsquery(parseQuery('werk moe').terms, 'any'), /\) \| \(/);
    assert.match(toTsquery(parseQuery('integratie').terms, 'all'), /integratie:\*/);
    assert.match(toTsquery(parseQuery('reintegratie').terms, 'all'), /re & integratie:\*/);
    assert.doesNotMatch(toTsquery(parseQuery('werk').terms, 'all'), /:\*/);
  });
  it('only offers long, non-vocabulary words for correction', () => {
    assert.deepEqual(correctableWords(parseQuery('jobcoch in 7811 werk ab')), ['jobcoch']);
  });
});

describe('vocabulary content', () => {
  it('has no form in two groups and only lower-case forms', () => {
    const seen = new Map<string, number>();
    termGroups.forEach((g, i) => {
      for (const form of g.forms) {
        const key = tokenize(form).join(' ');
        assert.equal(form, form.toLowerCase(), form);
        assert.ok(!seen.has(key) || seen.get(key) === i, `"${form}" is in two groups`);
        seen.set(key, i);
      }
    });
    assert.ok(vocabularyWords.includes('jobcoach'));
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('wrek', 'werk'), 1);
    assert.equal(editDistance('jobcoch', 'jobcoach'), 1);
    assert.equal(editDistance('abc', 'xyz'), 3);
  });
});

describe('postcode table', () => {
  it('maps PC4 areas to gemeenten of 2025', () => {
    const codes = new Set(gemeenten.map((g) => g.code));
    assert.ok(postcodeCount > 4000);
    assert.equal(gemeenteOfPostcode('9401'), 'GM0106'); // Assen
    assert.equal(gemeenteOfPostcode('7811'), 'GM0114'); // Emmen
    assert.equal(gemeenteOfPostcode('1381'), 'GM0363'); // Weesp, part of Amsterdam since 2022
    assert.equal(gemeenteOfPostcode('0000'), null);
    assert.ok(POSTCODE_INPUT.test('9401 AB') && POSTCODE_INPUT.test('9401ab') && !POSTCODE_INPUT.test('Assen'));
    for (const code of ['GM0106', 'GM0114', 'GM0363']) assert.ok(codes.has(code));
  });
});
