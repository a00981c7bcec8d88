// Issue 10: a knelpunt with a likely personal name is refused, ordinary
// sentences about ways of working are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commonFirstNames } from '../../src/content/reference/first-names.ts';
import { findPersonalData, personalDataMessage } from '../../src/features/kennis/knelpunt-privacy.ts';

describe('names in a knelpunt', () => {
  it('finds a common first name with a family name, with or without a prefix', () => {
    for (const text of [
      'Ahmed Benali belde drie keer en kreeg geen antwoord.',
      'Daarna belde Fatima el Idrissi opnieuw.',
      'Jan van der Berg wacht al maanden.',
      'Anna-Maria Kowalski-Nowak kon niet starten.',
      'Gisteren kwam Mehmet Öztürk langs.',
      'Sanne de Vries heeft geen jobcoach.',
      "Piet 't Hart wacht op vervoer.",
    ]) {
      assert.deepEqual(findPersonalData(text), ['naam'], text);
    }
  });

  it('leaves ordinary text about ways of working alone', () => {
    for (const text of [
      'Na een mislukte doorverwijzing naar de Wmo hoort niemand nog iets.',
      'Het UWV en de gemeente Emmen praten niet met elkaar over de loonwaarde.',
      'Ben Jij ook wel eens doorverwezen zonder terugkoppeling?',
      'De jobcoach van Werkplein Drenthe kan pas na zes weken starten.',
      'ahmed benali in kleine letters is geen patroon dat we zoeken',
      'Iemand uit Emmen Zuid moest drie keer bellen.',
    ]) {
      assert.deepEqual(findPersonalData(text), [], text);
    }
  });

  it('has a list of first names without duplicates or everyday words', () => {
    assert.ok(commonFirstNames.length >= 200);
    assert.equal(new Set(commonFirstNames).size, commonFirstNames.length);
    for (const word of ['Hoop', 'Wil', 'Roos', 'Ben', 'Can']) assert.ok(!commonFirstNames.includes(word), word);
  });

  it('says why the text must change', () => {
    const message = personalDataMessage(['naam']);
    assert.match(message, /We zien een naam/);
    assert.match(message, /niet over één persoon/);
    assert.match(message, /kan het lezen/);
  });
});
