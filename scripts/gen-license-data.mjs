#!/usr/bin/env node
// Generates src/data/license-fingerprints.json: sampled trigram hashes of the licence texts the audit
// identifies, computed from spdx-license-list's full texts by src/model/license/shingles.ts (loaded
// through esbuild, so the runtime and this script share one implementation). No licence text is stored.
// Usage: node scripts/gen-license-data.mjs [--check]   (--check: exit 1 when the file is stale)

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const bundled = await build({
  entryPoints: [join(root, 'src/model/license/fingerprints.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { computeFingerprints } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const full = require('spdx-license-list/full');
const version = require('spdx-license-list/package.json').version;
const data = computeFingerprints((id) => full[id]?.licenseText, version);
const out = `${JSON.stringify(data, null, 1)}\n`;
const target = join(root, 'src/data/license-fingerprints.json');

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== out) {
    console.error('src/data/license-fingerprints.json is stale: run node scripts/gen-license-data.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, out);
  console.log(`wrote ${target}: ${data.licenses.length} licences, ${out.length} bytes`);
}
