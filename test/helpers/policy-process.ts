// The V8 policies (src/engine/*-policy.ts) act on the process they run in: a test runs a small script in a node of
// its own that applies one policy first, then does what the policy is about. Other tests ask V8 about the engine's
// objects the same way (runWithSource, with natives syntax).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { expect } from 'vitest';

/**
 * Runs `body` (CommonJS) in a new node with `nodeFlags`, after calling `apply` (an export of the policy module
 * `src/engine/<policy>.ts`); returns its standard output. The process must succeed.
 */
export function runAfterPolicy(policy: string, apply: string, body: string, nodeFlags: string[]): string {
  return runWithSource(`src/engine/${policy}.ts`, (bundle) => `require(${JSON.stringify(bundle)}).${apply}();\n${body}`, nodeFlags);
}

/**
 * Bundles the source module `entry` (a path from the repository's root) to CommonJS, then runs `script(bundlePath)`
 * in a new node with `nodeFlags` (`--allow-natives-syntax` to ask V8 about objects); returns its standard output.
 * The process must succeed.
 */
export function runWithSource(entry: string, script: (bundle: string) => string, nodeFlags: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-source-'));
  const bundle = path.join(dir, 'bundle.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, '../..', entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
  });
  const file = path.join(dir, 'script.cjs');
  writeFileSync(file, script(bundle));
  const r = spawnSync(process.execPath, [...nodeFlags, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
