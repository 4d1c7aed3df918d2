// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as CommonJS with esbuild, and copies
// the tree-sitter wasm files beside them so the bundle needs no node_modules.
// LKM_DIST_OUT builds elsewhere (the staleness test compares that build with dist/).

import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const out = process.env.LKM_DIST_OUT ?? 'dist';
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out, { withFileTypes: true })) if (f.isFile()) rmSync(`${out}/${f.name}`);
rmSync(`${out}/data`, { recursive: true, force: true });
mkdirSync(`${out}/data`);

// Every bundle is CommonJS, marked so by dist/package.json: Node starts a CommonJS entry about 10 ms sooner than an
// ES module (its module loader is not set up; measured on `node dist/cli.js --version`, 274 -> 260 ms, medians of
// 21), and the CLI's program must be a script anyway for V8's code cache. import.meta.url becomes the bundle's own
// URL, and the parser's runtime is its CommonJS build (the ESM one import()s built-in modules).
// The banner comes before esbuild's own "use strict", which then no longer opens the script: it starts with its own,
// so the bundles run in strict mode as the ES modules they are built from do.
const bundleUrl = `"use strict";\nvar __lkmBundleUrl = require('node:url').pathToFileURL(__filename).href;`;
// The data tables (src/data/*.json, about 630 KB) are files beside the bundles (dist/data/), read and parsed when a
// rule first looks into one: each top-level key is a getter. Start-up then neither reads them (in the bundle and again
// in its code cache) nor parses them, and a run that never looks up a GPL-only symbol or an errno function (a GPL
// module, no unsigned comparison) never reads those two at all (170 and 240 KB). Small JSON from packages stays
// inline, as text given to JSON.parse: V8 scans a string literal faster than it parses an object literal.
const DATA = /[\\/]src[\\/]data[\\/][^\\/]+\.json$/;
const written = new Set();
const dataTables = {
  name: 'data-tables',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const value = JSON.parse(readFileSync(args.path, 'utf8'));
      const json = JSON.stringify(value);
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      if (!isObject || !DATA.test(args.path)) return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
      const name = path.basename(args.path);
      // every bundle imports the tables: each is written once
      if (!written.has(name)) writeFileSync(`${out}/data/${name}`, json);
      written.add(name);
      const read = `require('node:fs').readFileSync(require('node:path').join(__dirname, 'data', ${JSON.stringify(name)}), 'utf8')`;
      const getters = Object.keys(value).map((k) => `${JSON.stringify(k)}: { get: () => load()[${JSON.stringify(k)}], enumerable: true }`);
      return {
        contents: `let parsed;\nconst load = () => (parsed ??= JSON.parse(${read}));\nObject.defineProperties(module.exports, {\n${getters.join(',\n')}\n});`,
        loader: 'js',
      };
    });
  },
};
// web-tree-sitter hands every node to the wasm side and back through C.setValue/C.getValue(ptr, v, 'i32'): a string
// switch and a DataView call per field, five fields a node, for every property a walk reads. In a short audit all of
// that runs cold, in V8's interpreter (v4l2loopback: about 30 of 500 profiled ms in node marshalling, 5 after). On a
// little-endian host an Int32Array over the same memory is the same read and write; elsewhere the calls stay.
const I32_ACCESS = /C\.(setValue|getValue)\(((?:[^()]|\([^()]*\))*?), "i32"\)/g;
const treeSitterI32 = {
  name: 'tree-sitter-i32',
  setup(b) {
    b.onLoad({ filter: /web-tree-sitter[\\/]tree-sitter\.cjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      let replaced = 0;
      const patched = text.replace(I32_ACCESS, (_, op, argsText) => {
        replaced++;
        return op === 'setValue' ? `__lkmSetI32(${argsText})` : `__lkmGetI32(${argsText})`;
      });
      // A new version of the runtime that no longer reads this way must fail the build, not lose the change quietly.
      if (replaced < 80) throw new Error(`web-tree-sitter: expected its i32 marshalling calls, found ${replaced}`);
      const helpers = [
        'const __lkmLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;',
        'function __lkmSetI32(p, v) { if (__lkmLittleEndian) C.HEAP32[p >> 2] = v; else C.setValue(p, v, "i32"); }',
        'function __lkmGetI32(p) { return __lkmLittleEndian ? C.HEAP32[p >> 2] : C.getValue(p, "i32"); }',
      ];
      return { contents: `${patched}\n${helpers.join('\n')}\n`, loader: 'js' };
    });
  },
};
const common = {
  plugins: [dataTables, treeSitterI32],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  define: { 'import.meta.url': '__lkmBundleUrl' },
  banner: { js: bundleUrl },
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/tree-sitter.cjs' },
  supported: { 'dynamic-import': false },
};
writeFileSync(`${out}/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${out}/index.js` });
// The CLI's program (dist/cli-main.cjs), run by a small launcher (dist/cli.js) through V8's code cache.
await build({
  ...common,
  // ASCII only (other characters written as escapes): the launcher then reads it as Latin-1, a copy, not a decoding.
  charset: 'ascii',
  entryPoints: ['src/cli-bin.ts'],
  outfile: `${out}/cli-main.cjs`,
});
// The launcher names its cache after the program it runs: hashed here, once, rather than at every start (1.35 MB).
const program = readFileSync(`${out}/cli-main.cjs`);
if (!isAscii(program)) throw new Error('dist/cli-main.cjs is not ASCII: the launcher reads it as Latin-1');
await build({
  ...common,
  entryPoints: ['src/launcher/cli.ts'],
  outfile: `${out}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${bundleUrl}` },
  define: { ...common.define, __LKM_PROGRAM_HASH: JSON.stringify(createHash('sha256').update(program).digest('hex').slice(0, 24)) },
});
// history's worker threads run this file, found beside the bundle that starts them.
await build({ ...common, entryPoints: ['src/commands/history/worker.ts'], outfile: `${out}/history-worker.js` });
// The audit's worker threads (per-file and per-module work) run this file, found beside the bundle.
await build({ ...common, entryPoints: ['src/engine/parallel/worker.ts'], outfile: `${out}/audit-worker.js` });
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', `${out}/tree-sitter.wasm`);
copyFileSync('node_modules/tree-sitter-c/tree-sitter-c.wasm', `${out}/tree-sitter-c.wasm`);
