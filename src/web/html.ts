// Renders typed TSX to an HTML string. Preact escapes text and attributes,
// so content from the database cannot inject markup.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
