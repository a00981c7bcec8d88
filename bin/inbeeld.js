#!/usr/bin/env node
// Runs the compiled JavaScript (npm run build, in dist/) when this is a
// production install (NODE_ENV=production, or no src/ beside it, as in the
// container image); otherwise the TypeScript sources through tsx, so
// development needs no build step and never runs a stale one.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
const sources = new URL('../src/cli.ts', import.meta.url);
if (existsSync(built) && (process.env.NODE_ENV === 'production' || !existsSync(sources))) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
}
