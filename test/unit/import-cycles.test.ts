// The modules in src/ must not import each other in a circle: a cycle makes
// the load order fragile and hides which layer depends on which. dpdm reads
// the TypeScript imports; `transform` drops type-only imports, which vanish at
// run time. Type-only cycles are listed separately and must stay known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import { parseCircular, parseDependencyTree } from 'dpdm';

const entries = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => `src/${f}`);
const options = { extensions: ['.ts', '.tsx'], js: ['.ts', '.tsx'], include: /src\//, exclude: /node_modules/, tsconfig: 'tsconfig.json', skipDynamicImports: false };

// Type-only cycles that remain, in code other work owns (signals): each one
// is a file that re-exports from the folder that imports its types.
const knownTypeCycles = ['src/db/signals.ts -> src/db/nazorg/signals.ts'];

test('no import cycles at run time between modules in src/', async () => {
  const tree = await parseDependencyTree(entries, { ...options, transform: true });
  assert.ok(Object.keys(tree).length > 100, 'dpdm read the source tree');
  assert.deepEqual(parseCircular(tree).map((c) => c.join(' -> ')), []);
});

test('no new type-only import cycles', async () => {
  const tree = await parseDependencyTree(entries, { ...options, transform: false });
  const cycles = parseCircular(tree).map((c) => c.join(' -> '));
  assert.deepEqual(cycles.filter((c) => !knownTypeCycles.includes(c)), []);
});
