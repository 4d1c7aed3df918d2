// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild, and copies
// the tree-sitter wasm files beside them so the bundle needs no node_modules.

import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const banner = {
  // Bundled CommonJS dependencies call require(); give ESM a real one.
  js: "import { createRequire as __lkmCreateRequire } from 'node:module'; const require = __lkmCreateRequire(import.meta.url);",
};
mkdirSync('dist', { recursive: true });
for (const f of readdirSync('dist', { withFileTypes: true })) {
  if (f.isFile()) rmSync(`dist/${f.name}`);
}
mkdirSync('dist', { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner,
  charset: 'utf8',
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({ ...common, entryPoints: ['src/cli-bin.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner.js}` } });
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm');
copyFileSync('node_modules/tree-sitter-c/tree-sitter-c.wasm', 'dist/tree-sitter-c.wasm');
