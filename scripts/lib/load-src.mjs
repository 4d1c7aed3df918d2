// Scripts that measure the engine (corpus, seeded, accuracy, readiness-eval ...) load the TypeScript sources as
// they stand, bundled on the fly, so a measurement never runs a stale dist/.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.join(path.dirname(new URL(import.meta.url).pathname), '../..');

/** Bundle `exportsCode` (re-exports from ./src/...) to a temporary module; its path (child processes import it too). */
export async function bundleSources(exportsCode, name = 'script') {
  const out = path.join(os.tmpdir(), `lkm-audit-${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: exportsCode, resolveDir: repo, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // Removed when the script ends (its child processes, which import it too, end before it).
  process.once('exit', () => rmSync(out, { force: true }));
  return out;
}

/** The exports a script needs to scan a tree and build its model: `m.buildModel(m.scanRepository(root, {}), m.EMPTY_CONFIG)`. */
export const MODEL_SOURCES = `export { scanRepository } from './src/scan/index.ts';
   export { buildModel } from './src/model/build.ts';
   export { EMPTY_CONFIG } from './src/config/load.ts';`;

/** Bundle `exportsCode` and import it. */
export async function loadSources(exportsCode, name = 'script') {
  return import(pathToFileURL(await bundleSources(exportsCode, name)).href);
}
