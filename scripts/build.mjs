// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild, and copies
// the tree-sitter wasm files beside them so the bundle needs no node_modules.
// LKM_DIST_OUT builds elsewhere (the staleness test compares that build with dist/).

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const out = process.env.LKM_DIST_OUT ?? 'dist';
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out, { withFileTypes: true })) if (f.isFile()) rmSync(`${out}/${f.name}`);

// Bundled CommonJS dependencies call require(); give the ESM bundle a real one.
const requireShim =
  "import { createRequire as __lkmCreateRequire } from 'node:module'; const require = __lkmCreateRequire(import.meta.url);";
// The data tables (src/data/*.json, about 730 KB) as JSON text given to JSON.parse rather than as object literals:
// V8 scans a string literal far faster than it parses a literal of the same size, and JSON.parse builds the
// objects faster than the literal's bytecode (the CLI bundle's top level in an audit of xone: about 36 -> 27 ms,
// medians of five profiles).
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const json = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};
const common = {
  plugins: [jsonAsString],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${out}/index.js`, banner: { js: requireShim } });
// The CLI: a small launcher (dist/cli.js) that runs the program (dist/cli-main.cjs) through V8's code cache, which
// needs a CommonJS script: import.meta.url becomes the bundle's own URL, and the parser's runtime is its CommonJS
// build (the ESM one import()s built-in modules, which a script compiled from cached data cannot).
await build({
  ...common,
  entryPoints: ['src/launcher/cli.ts'],
  outfile: `${out}/cli.js`,
  banner: { js: '#!/usr/bin/env node' },
});
await build({
  ...common,
  // ASCII only (other characters written as escapes): the launcher then reads it as Latin-1, a copy, not a decoding.
  charset: 'ascii',
  format: 'cjs',
  entryPoints: ['src/cli-bin.ts'],
  outfile: `${out}/cli-main.cjs`,
  define: { 'import.meta.url': '__lkmBundleUrl' },
  banner: { js: "var __lkmBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/tree-sitter.cjs' },
  supported: { 'dynamic-import': false },
});
// history's worker threads run this file, found beside the bundle that starts them.
await build({
  ...common,
  entryPoints: ['src/commands/history/worker.ts'],
  outfile: `${out}/history-worker.js`,
  banner: { js: requireShim },
});
// The audit's worker threads (per-file and per-module work) run this file, found beside the bundle.
await build({
  ...common,
  entryPoints: ['src/engine/parallel/worker.ts'],
  outfile: `${out}/audit-worker.js`,
  banner: { js: requireShim },
});
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', `${out}/tree-sitter.wasm`);
copyFileSync('node_modules/tree-sitter-c/tree-sitter-c.wasm', `${out}/tree-sitter-c.wasm`);
