import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidBsn } from '../../src/domain/bsn.ts';
import { scrubText, scrubValue } from '../../src/domain/scrub.ts';

describe('BSN 11-proef', () => {
  it('accepts numbers that pass the 11-proef', () => {
    for (const bsn of ['111222333', '123456782', '999999990', '111 222 333', '1112.22.333']) assert.equal(isValidBsn(bsn), true, bsn);
  });
  it('refuses the rest', () => {
    for (const bsn of ['111222334', '123456789', '000000000', '12345678', '1234567890', 'abcdefghi', '']) assert.equal(isValidBsn(bsn), false, bsn);
  });
});

describe('log scrubber', () => {
  it('replaces BSNs, e-mail addresses and phone numbers, and leaves other numbers', () => {
    const line = 'Persoon 111222333 (jan@example.org, 06-12345678) kreeg offerte 123456789';
    assert.equal(scrubText(line), 'Persoon [BSN] ([e-mail], [telefoon]) kreeg offerte 123456789');
  });
  it('scrubs nested log objects', () => {
    const out = scrubValue({ msg: 'bsn 123456782', err: { message: 'mail a@b.nl' }, list: ['111222333'], n: 5 });
    assert.deepEqual(out, { msg: 'bsn [BSN]', err: { message: 'mail [e-mail]' }, list: ['[BSN]'], n: 5 });
  });
});
