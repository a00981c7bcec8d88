// Builds the one stylesheet every page uses: the NL Design System HTML
// styles (Utrecht), our own layout, and only those design tokens that these
// rules reference. The full token file is 190 KB; pages must stay under 60 KB.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function readPackageFile(specifier: string): string {
  return readFileSync(require.resolve(specifier), 'utf8');
}

/** Custom-property declarations of the main `.utrecht-theme { … }` block. */
export function parseThemeTokens(tokensCss: string): Map<string, string> {
  const start = tokensCss.search(/^\.utrecht-theme \{/m);
  if (start < 0) throw new Error('design tokens: .utrecht-theme block not found');
  const end = tokensCss.indexOf('\n}', start);
  const block = tokensCss.slice(start, end);
  const tokens = new Map<string, string>();
  for (const match of block.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1]!, match[2]!.trim());
  }
  return tokens;
}

/** The tokens `css` references, followed through tokens that reference tokens. */
export function usedTokens(css: string, tokens: Map<string, string>): Map<string, string> {
  const used = new Map<string, string>();
  const pending = [...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    const value = tokens.get(name);
    if (value === undefined) continue;
    used.set(name, value);
    for (const m of value.matchAll(/var\((--[a-z0-9-]+)/g)) pending.push(m[1]!);
  }
  return used;
}

export interface Stylesheet {
  css: string;
  /** Content hash, used in the URL so the file can be cached forever. */
  hash: string;
  path: string;
}

let cached: Stylesheet | undefined;

export function stylesheet(): Stylesheet {
  if (cached) return cached;
  const htmlCss = readPackageFile('@utrecht/component-library-css/dist/html.css');
  const appCss = readFileSync(new URL('./public/app.css', import.meta.url), 'utf8');
  const tokens = parseThemeTokens(readPackageFile('@utrecht/design-tokens/dist/index.css'));
  const used = usedTokens(htmlCss + appCss, tokens);
  const tokenBlock = `.utrecht-theme{${[...used].map(([k, v]) => `${k}:${v}`).join(';')}}`;
  const css = [tokenBlock, stripComments(htmlCss), stripComments(appCss)].join('\n');
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  cached = { css, hash, path: `/assets/app.${hash}.css` };
  return cached;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n/g, '\n');
}

let cachedScript: { js: string; path: string } | undefined;

/** Small progressive enhancements; every page works without them. */
export function script(): { js: string; path: string } {
  if (cachedScript) return cachedScript;
  const js = readFileSync(new URL('./public/app.js', import.meta.url), 'utf8');
  const hash = createHash('sha256').update(js).digest('hex').slice(0, 12);
  cachedScript = { js, path: `/assets/app.${hash}.js` };
  return cachedScript;
}
