// `inbeeld rechtencheck-batch`: counts per instrument and outcome, the
// outcome per person in a CSV file, and exit code 2 with a message that
// names the line and column for bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultPolicy, evaluate, type RechtencheckFacts } from '../../src/domain/rechtencheck/index.ts';
import { runRechtencheckBatch, type BatchIo } from '../../src/features/rechtencheck/batch-cli.ts';
import { personas } from '../../src/features/rechtencheck/personas.ts';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: BatchIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => void (written[path] = text),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const columns = ['gemeente', 'age', 'benefit', 'registeredJobseeker', 'structuralLimitation', 'canEarnMinimumWage', 'jobStatus', 'jobHoursPerWeek', 'limitationKind', 'householdIncome', 'householdAssets', 'school', 'inDoelgroepregister'] as const;

function toCsv(rows: RechtencheckFacts[], sep = ','): string {
  const lines = [columns.join(sep)];
  for (const r of rows) lines.push(columns.map((c) => (r[c] === null ? 'onbekend' : String(r[c] ?? ''))).join(sep));
  return `${lines.join('\n')}\n`;
}

const population: RechtencheckFacts[] = [
  ...personas.map((p) => p.facts),
  { gemeente: 'GM0114', age: 40, benefit: 'geen', registeredJobseeker: 'ja', structuralLimitation: 'ja', jobStatus: 'werk', jobHoursPerWeek: 12.5 },
  { gemeente: 'GM0106', age: null, benefit: 'bijstand' },
  { age: 19, school: 'pro', inDoelgroepregister: 'onbekend' },
];

describe('inbeeld rechtencheck-batch', () => {
  it('prints counts per instrument and outcome and writes one outcome per person', async () => {
    const f = fakeIo({ 'in.csv': toCsv(population) });
    const code = await runRechtencheckBatch(['in.csv', '--out', 'uit.csv', '--datum', '2026-11-23'], f.io);
    assert.equal(code, 0, f.err());
    assert.match(f.out(), /Rechtencheck voor 8 personen, regels van 2026-11-23/);
    assert.match(f.out(), /instrument\s+waarschijnlijk\s+misschien\s+waarschijnlijk_niet\s+meer_informatie_nodig/);
    assert.match(f.out(), /de gemeente of UWV beslist/);
    const csv = f.written['uit.csv']!.trim().split('\n');
    assert.equal(csv.length, population.length + 1);
    const header = csv[0]!.split(',');
    assert.equal(header[0], 'rij');
    // Each row is the single-person outcome; each count is the column total.
    population.forEach((facts, i) => {
      const cells = csv[i + 1]!.split(',');
      const expected = evaluate(facts, { date: '2026-11-23' });
      for (const r of expected.results) assert.equal(cells[header.indexOf(r.id)], r.outcome, `row ${i + 1} ${r.id}`);
    });
    const gemeenteLine = f.out().split('\n').find((l) => l.startsWith('ondersteuning-gemeente '))!;
    const counts = gemeenteLine.trim().split(/\s+/).slice(1).map(Number);
    assert.equal(counts.reduce((a, b) => a + b, 0), population.length);
  });

  it('reads semicolons and decimal commas (Excel in Dutch)', async () => {
    const f = fakeIo({ 'in.csv': toCsv(population, ';').replace('12.5', '12,5') });
    assert.equal(await runRechtencheckBatch(['in.csv'], f.io), 0, f.err());
    assert.match(f.out(), /8 personen/);
  });

  it('bad CSV: exit 2, nothing computed, a Dutch message naming line and column', async () => {
    const bad = 'gemeente,age,benefit,jobHoursPerWeek\nGM0114,40,geen,12\nGM0114,400,geen,-1\nGM9999,30,veel,\n';
    const f = fakeIo({ 'in.csv': bad });
    assert.equal(await runRechtencheckBatch(['in.csv', '--out', 'uit.csv'], f.io), 2);
    assert.deepEqual(f.written, {}, 'nothing written');
    const err = f.err();
    assert.match(err, /Niets uitgerekend: 4 fouten in in\.csv/);
    assert.match(err, /regel 3, kolom 2 \(age\): Leeftijd kan niet meer dan 120 jaar zijn/);
    assert.match(err, /regel 3, kolom 4 \(jobHoursPerWeek\): Uren per week kan niet negatief zijn/);
    assert.match(err, /regel 4, kolom 1 \(gemeente\): Er is geen gemeente met code GM9999/);
    assert.match(err, /regel 4, kolom 3 \(benefit\): Uitkering: "veel" is geen geldige keuze/);
  });

  it('unknown columns, an empty file, a missing file and a bad date: exit 2 with a message', async () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['in.csv'], { 'in.csv': 'age,naam\n40,Jan\n' }, /regel 1, kolom 2 \(naam\): Onbekende kolom "naam"/],
      [['in.csv'], { 'in.csv': '' }, /is leeg/],
      [['in.csv'], { 'in.csv': 'age\n' }, /geen personen/],
      [['weg.csv'], {}, /kan niet worden gelezen: het bestaat niet/],
      [['in.csv', '--datum', '31-12-2025'], { 'in.csv': 'age\n40\n' }, /--datum moet de vorm JJJJ-MM-DD hebben/],
      [['in.csv', '--datum', '2010-01-01'], { 'in.csv': 'age\n40\n' }, /2015-01-01/],
      [[], {}, /Geef een CSV-bestand op/],
      [['in.csv', '--onzin'], {}, /Onbekende optie/],
    ];
    for (const [args, files, message] of cases) {
      const f = fakeIo(files);
      assert.equal(await runRechtencheckBatch(args, f.io), 2, args.join(' '));
      assert.match(f.err(), message, args.join(' '));
    }
  });

  it('--variant: per instrument how many outcomes change, with each gemeente\'s recorded policy underneath', async () => {
    // Four persons without a benefit, registered, 30: proefplaatsing is the gemeente's choice (Pw art. 8a lid 2 onder d covers only bijstand).
    const csv = 'gemeente,age,benefit,registeredJobseeker,structuralLimitation\nGM0114,30,geen,ja,ja\nGM0114,31,geen,ja,ja\nGM0106,30,geen,ja,ja\nGM0106,30,bijstand,ja,ja\n';
    const recorded = new Map([['GM0106', { ...defaultPolicy, gemeente: 'GM0106', version: 'GM0106-test', proefplaatsingWithoutBenefit: 'ja' as const }]]);
    const f = fakeIo({ 'in.csv': csv });
    const code = await runRechtencheckBatch(['in.csv', '--datum', '2026-11-23', '--variant', 'proefplaatsingZonderUitkering=nee'], f.io, { policies: async () => recorded, parallelFrom: 2 });
    assert.equal(code, 0, f.err());
    assert.match(f.out(), /Beleid: het vastgelegde beleid van 1 gemeente; de landelijke standaard voor de rest\./);
    assert.match(f.out(), /Wat als: proefplaatsingWithoutBenefit=nee/);
    const whatIfPart = f.out().split('Wat als:')[1]!.split('\n');
    const line = whatIfPart.find((l) => l.startsWith('proefplaatsing '))!;
    // Emmen (default "onbekend"): 2 x misschien; GM0106 ("ja"): 1 x waarschijnlijk; bijstand: unchanged.
    assert.match(line, /^proefplaatsing\s+3\s+misschien -> waarschijnlijk_niet \(2\), waarschijnlijk -> waarschijnlijk_niet \(1\)$/);
    assert.match(whatIfPart.find((l) => l.startsWith('jobcoaching-gemeente ')) ?? '', /^jobcoaching-gemeente\s+0\s+-$/);
    const bad = fakeIo({ 'in.csv': csv });
    assert.equal(await runRechtencheckBatch(['in.csv', '--variant', 'vliegen=ja'], bad.io), 2);
    assert.match(bad.err(), /--variant: Onbekend beleid "vliegen"/);
  });

  it('runs as a real command with exit code 2 on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rechtencheck-'));
    const file = join(dir, 'in.csv');
    writeFileSync(file, 'age,benefit\n40,geen\nveertig,geen\n');
    const cli = new URL('../../src/cli.ts', import.meta.url).pathname;
    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, 'rechtencheck-batch', file], { encoding: 'utf8' });
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /regel 3, kolom 1 \(age\)/);
    writeFileSync(file, 'age,benefit\n40,geen\n');
    const out = join(dir, 'uit.csv');
    const ok = spawnSync(process.execPath, ['--import', 'tsx', cli, 'rechtencheck-batch', file, '--out', out], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Rechtencheck voor 1 persoon/);
    assert.match(readFileSync(out, 'utf8'), /^rij,ondersteuning-gemeente,/);
  });
});
