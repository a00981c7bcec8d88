import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jsonBuffer } from '../../src/web/json-buffer.ts';

describe('jsonBuffer', () => {
  it('writes the same text as JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assert.equal(jsonBuffer(value).toString('utf8'), JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('follows JSON.stringify for undefined, functions, dates and non-Latin-1 text', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, 'één’€', new Date(Date.UTC(2026, 11, 3))],
      d: { e: undefined, f: [1, { g: 'h’' }] },
      'sleutel “met” tekens': 1,
      date: new Date(Date.UTC(2026, 0, 1)),
    };
    assert.equal(jsonBuffer(value).toString('utf8'), JSON.stringify(value));
    assert.equal(jsonBuffer([]).toString(), '[]');
    assert.equal(jsonBuffer({}).toString(), '{}');
  });
});
