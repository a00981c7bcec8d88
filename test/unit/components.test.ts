// Runs the test file of every component folder (src/web/components/<name>/<name>.test.tsx)
// and renders every gallery example, so a folder without a working test or example fails here.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { componentExamples } from '../../src/web/components/examples.ts';

const root = new URL('../../src/web/components/', import.meta.url);
const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const name of folders) {
  const files = readdirSync(new URL(`${name}/`, root));
  describe(`component ${name}`, async () => {
    it('has its TSX, CSS, examples and a test', () => {
      assert.ok(files.some((f) => f.endsWith('.css')), 'css');
      assert.ok(files.includes('examples.tsx'), 'examples');
      assert.ok(files.includes(`${name}.test.tsx`), 'test');
    });
    await import(new URL(`${name}/${name}.test.tsx`, root).href);
  });
}

describe('component examples', () => {
  it('cover every folder and render with unique ids', () => {
    assert.deepEqual(componentExamples.map((c) => c.component).sort(), folders);
    const html = componentExamples.flatMap((c) => c.examples.map((e) => renderToString(e.render()))).join('');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
});
