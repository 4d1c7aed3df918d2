#!/usr/bin/env node
// Regenerates docs/rules.md from the rules' metadata. `--check` exits 1 when the file is stale (for CI).
// The rules are TypeScript: esbuild bundles the renderer and the registry into a temporary module first.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = `
import { allRules as rules } from './src/rules/index.ts';
import { renderRulesDoc, RULES_DOC_PATH } from './scripts/rules-doc.ts';
export const text = renderRulesDoc(rules);
export const path = RULES_DOC_PATH;
`;
const bundled = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'gen-docs-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'error',
});
// Inside the repository so that bare imports resolve against its node_modules.
const cacheDir = join(root, 'node_modules', '.cache', 'lkm-audit');
mkdirSync(cacheDir, { recursive: true });
const modulePath = join(cacheDir, `gen-docs-${process.pid}.mjs`);
writeFileSync(modulePath, bundled.outputFiles[0].text);
const { text, path } = await import(pathToFileURL(modulePath).href);

const target = join(root, path);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${path} is stale: run node scripts/gen-docs.mjs`);
    process.exit(1);
  }
  console.log(`${path} is up to date`);
} else if (current !== text) {
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
} else {
  console.log(`${path} unchanged`);
}
