// Builds the one stylesheet every page uses: the NL Design System HTML
// styles (Utrecht), our own layout, and only those design tokens that these
// rules reference. The full token file is 190 KB; pages must stay under 60 KB.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { themeCss } from './themes/themes.ts';

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
  const componentLibrary = keepComponents(readPackageFile('@utrecht/component-library-css/dist/index.css'), utrechtComponents);
  const appCss = readFileSync(new URL('./public/app.css', import.meta.url), 'utf8');
  const kitCss = componentCss();
  const themes = themeCss();
  const tokens = parseThemeTokens(readPackageFile('@utrecht/design-tokens/dist/index.css'));
  const used = usedTokens(htmlCss + componentLibrary + appCss + kitCss + themes, tokens);
  const tokenBlock = `.utrecht-theme{${[...used].map(([k, v]) => `${k}:${v}`).join(';')}}`;
  // Order matters: tokens, then theme overrides (same specificity, later wins), then rules.
  const css = [tokenBlock, stripComments(themes), stripComments(htmlCss), stripComments(componentLibrary), stripComments(appCss), stripComments(kitCss)].join('\n');
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  cached = { css, hash, path: `/assets/app.${hash}.css` };
  return cached;
}

/** NL Design System component blocks the kit renders; the rest of the 400 KB library is left out. */
// Alerts, button links, tables, pagination, data lists and form-field frames are styled by the kit's own few lines.
export const utrechtComponents = ['button', 'link-button', 'badge-counter', 'status-badge', 'form-label', 'form-fieldset', 'textbox', 'textarea', 'select', 'checkbox', 'radio-button', 'skip-link'];

/**
 * Keeps the top-level rules (and rules inside @media) whose selectors name
 * one of the components as a block (`.utrecht-x`, `.utrecht-x--m`, `.utrecht-x__e`).
 */
export function keepComponents(css: string, blocks: readonly string[]): string {
  const wanted = new RegExp(`\\.utrecht-(?:${blocks.join('|')})(?![a-z0-9-]|-[a-z])`);
  const out: string[] = [];
  for (const rule of topLevelRules(stripComments(css))) {
    if (rule.startsWith('@charset')) continue;
    if (rule.startsWith('@media') || rule.startsWith('@supports')) {
      const open = rule.indexOf('{');
      const inner = topLevelRules(rule.slice(open + 1, rule.lastIndexOf('}'))).filter((r) => wanted.test(r.slice(0, r.indexOf('{'))));
      if (inner.length > 0) out.push(`${rule.slice(0, open)}{${inner.join('\n')}}`);
    } else if (wanted.test(rule.slice(0, rule.indexOf('{')))) {
      out.push(rule);
    }
  }
  return out.join('\n');
}

function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === ';' && depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        rules.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  return rules.filter(Boolean);
}

/** The CSS of every kit component folder, in name order. */
function componentCss(): string {
  const root = new URL('./components/', import.meta.url);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => readdirSync(new URL(`${name}/`, root)).filter((f) => f.endsWith('.css')).map((f) => readFileSync(new URL(`${name}/${f}`, root), 'utf8')))
    .join('\n');
}

function stripComments(css: string): string {
  // Comments out, whitespace collapsed around braces, semicolons and commas.
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
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
