import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  arbeidsmarktregios,
  gemeenteByCode,
  gemeenten,
  gemeentenForPlaats,
  referenceSource,
  regioByCode,
  regioOfGemeente,
  woonplaatsen,
} from '../../src/content/reference/index.ts';

const codesFor = (name: string) => gemeentenForPlaats(name).map((g) => g.code).sort();

describe('reference data: sources', () => {
  it('carries source and validFrom 2025-01-01 for every data set', () => {
    assert.equal(referenceSource.validFrom, '2025-01-01');
    assert.match(referenceSource.source, /CBS/);
    for (const info of [referenceSource.gemeenten, referenceSource.arbeidsmarktregios, referenceSource.woonplaatsen]) {
      assert.equal(info.validFrom, '2025-01-01');
      assert.ok(info.source.length > 40);
      assert.match(info.sourceUrl, /^https:\/\//);
    }
  });
});

describe('reference data: gemeenten 2025', () => {
  it('has the 342 gemeenten of 1 January 2025 with unique CBS codes and names', () => {
    assert.equal(gemeenten.length, 342);
    assert.equal(new Set(gemeenten.map((g) => g.code)).size, 342);
    assert.equal(new Set(gemeenten.map((g) => g.name)).size, 342);
    for (const g of gemeenten) assert.match(g.code, /^GM\d{4}$/);
  });

  it('has 12 provincies, 12 gemeenten in Drenthe', () => {
    assert.equal(new Set(gemeenten.map((g) => g.provincie)).size, 12);
    assert.equal(gemeenten.filter((g) => g.provincie === 'Drenthe').length, 12);
  });

  it('reflects the herindelingen up to 2023', () => {
    assert.equal(gemeenteByCode('GM1992')?.name, 'Voorne aan Zee');
    assert.equal(gemeenteByCode('GM1980')?.name, 'Dijk en Waard');
    assert.equal(gemeenteByCode('GM1982')?.name, 'Land van Cuijk');
    assert.equal(gemeenteByCode('GM1991')?.name, 'Maashorst');
    assert.equal(gemeenteByCode('GM1969')?.name, 'Westerkwartier');
    // Merged away: Brielle, Hellevoetsluis, Westvoorne, Heerhugowaard, Langedijk, Boxmeer, Uden, Weesp, Beemster.
    for (const old of ['GM0501', 'GM0530', 'GM0614', 'GM0398', 'GM0416', 'GM0756', 'GM0856', 'GM0457', 'GM0370']) {
      assert.equal(gemeenteByCode(old), undefined, old);
    }
  });

  it('finds a gemeente by code', () => {
    assert.deepEqual(gemeenteByCode('GM0014'), { code: 'GM0014', name: 'Groningen', provincie: 'Groningen' });
    assert.equal(gemeenteByCode('gm0106')?.name, 'Assen');
    assert.equal(gemeenteByCode('GM9999'), undefined);
  });
});

describe("reference data: arbeidsmarktregio's 2025", () => {
  it("has 35 regio's with unique CBS codes", () => {
    assert.equal(arbeidsmarktregios.length, 35);
    assert.equal(new Set(arbeidsmarktregios.map((r) => r.code)).size, 35);
    for (const r of arbeidsmarktregios) assert.match(r.code, /^AM\d{2}$/);
    // CBS numbering has gaps: AM04, AM16 and AM31 do not exist, AM36 to AM38 do.
    for (const missing of ['AM04', 'AM16', 'AM31']) assert.equal(regioByCode(missing), undefined);
    assert.equal(regioByCode('AM36')?.name, 'Regio Zwolle');
  });

  it('puts every gemeente in exactly one regio', () => {
    const seen = new Map<string, number>();
    for (const r of arbeidsmarktregios) {
      for (const code of r.gemeenten) seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    assert.equal(seen.size, 342);
    for (const g of gemeenten) assert.equal(seen.get(g.code), 1, g.name);
    for (const code of seen.keys()) assert.ok(gemeenteByCode(code), code);
  });

  it('has regio Drenthe (AM03) with its six gemeenten', () => {
    const drenthe = regioByCode('AM03');
    assert.equal(drenthe?.name, 'Drenthe');
    // Borger-Odoorn, Coevorden, De Wolden, Emmen, Hoogeveen, Midden-Drenthe.
    assert.deepEqual([...(drenthe?.gemeenten ?? [])].sort(), ['GM0109', 'GM0114', 'GM0118', 'GM1681', 'GM1690', 'GM1731']);
    assert.equal(regioOfGemeente('GM0114')?.code, 'AM03'); // Emmen
  });

  it('puts the other Drentse gemeenten in regio Groningen or Regio Zwolle', () => {
    for (const code of ['GM0106', 'GM1680', 'GM1699', 'GM1730']) {
      assert.equal(regioOfGemeente(code)?.code, 'AM01', code); // Assen, Aa en Hunze, Noordenveld, Tynaarlo
    }
    for (const code of ['GM0119', 'GM1701']) {
      assert.equal(regioOfGemeente(code)?.code, 'AM36', code); // Meppel, Westerveld
    }
  });

  it('knows some well-known memberships', () => {
    assert.equal(regioOfGemeente('GM0363')?.code, 'AM18'); // Amsterdam, Groot Amsterdam
    assert.equal(regioOfGemeente('GM0344')?.code, 'AM13'); // Utrecht, Midden-Utrecht
    assert.equal(regioOfGemeente('GM0772')?.code, 'AM28'); // Eindhoven, Zuidoost-Brabant
    assert.equal(regioOfGemeente('GM0599')?.code, 'AM22'); // Rotterdam, Rijnmond
    assert.equal(regioOfGemeente('GM1992')?.code, 'AM22'); // Voorne aan Zee, Rijnmond
    assert.equal(regioOfGemeente('GM1980')?.code, 'AM15'); // Dijk en Waard, Noord-Holland Noord
    assert.equal(regioOfGemeente('GM0193')?.code, 'AM36'); // Zwolle, Regio Zwolle
    assert.equal(regioOfGemeente('GM0014')?.code, 'AM01'); // Groningen
    assert.equal(regioOfGemeente('GM9999'), undefined);
  });
});

describe('reference data: woonplaatsen', () => {
  it('points every woonplaats to an existing gemeente and covers every gemeente', () => {
    assert.ok(woonplaatsen.length > 2400);
    const covered = new Set<string>();
    for (const w of woonplaatsen) {
      assert.ok(gemeenteByCode(w.gemeente), `${w.name} -> ${w.gemeente}`);
      assert.ok(w.name.trim().length > 0);
      covered.add(w.gemeente);
    }
    assert.equal(covered.size, 342);
  });

  it('has no duplicate woonplaats-gemeente pairs', () => {
    const keys = woonplaatsen.map((w) => `${w.bagNaam ?? w.name}|${w.gemeente}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('finds the gemeente of a village', () => {
    assert.ok(codesFor('Haren').includes('GM0014')); // Haren (BAG: Haren Gn) is in Groningen; Haren NB is in Oss
    assert.deepEqual(codesFor('Haren Gn'), ['GM0014']);
    assert.deepEqual(codesFor('Zuidhorn'), ['GM1969']); // Westerkwartier
    assert.deepEqual(codesFor('Hellevoetsluis'), ['GM1992']); // Voorne aan Zee
    assert.deepEqual(codesFor('heerhugowaard'), ['GM1980']); // Dijk en Waard
    assert.deepEqual(codesFor('Weesp'), ['GM0363']); // Amsterdam
  });

  it('finds the gemeente of villages in Drenthe', () => {
    assert.deepEqual(codesFor('Zuidlaren'), ['GM1730']); // Tynaarlo
    assert.deepEqual(codesFor('Eelde'), ['GM1730']); // Tynaarlo
    assert.deepEqual(codesFor('Roden'), ['GM1699']); // Noordenveld
    assert.deepEqual(codesFor('Gieten'), ['GM1680']); // Aa en Hunze
    assert.deepEqual(codesFor('Beilen'), ['GM1731']); // Midden-Drenthe
    assert.deepEqual(codesFor('Klazienaveen'), ['GM0114']); // Emmen
    assert.deepEqual(codesFor('Dwingeloo'), ['GM1701']); // Westerveld
    assert.deepEqual(codesFor('Nijeveen'), ['GM0119']); // Meppel
  });

  it('matches gemeente names and ignores case, accents and hyphens', () => {
    assert.deepEqual(codesFor('Westerkwartier'), ['GM1969']);
    assert.deepEqual(codesFor('sudwest fryslan'), ['GM1900']);
    assert.deepEqual(codesFor('nieuw vennep'), ['GM0394']); // Haarlemmermeer
    assert.deepEqual(codesFor('  '), []);
  });
});
