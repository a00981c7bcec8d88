import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Pagination, pageWindow } from './pagination.tsx';

it('pagination: window with gaps', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(5, 9), [1, 0, 4, 5, 6, 0, 9]);
  assert.deepEqual(pageWindow(2, 4), [1, 2, 3, 4]);
});

it('pagination: previous/next only where they exist, current page marked', () => {
  const first = renderToString(<Pagination page={1} pages={3} href={(p) => `?p=${p}`} />);
  assert.doesNotMatch(first, /rel="prev"/);
  assert.match(first, /rel="next" href="\?p=2"/);
  assert.match(first, /href="\?p=1" aria-current="page"/);
  assert.equal(renderToString(<Pagination page={1} pages={1} href={(p) => `?p=${p}`} />), '');
});
