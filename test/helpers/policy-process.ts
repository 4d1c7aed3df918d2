// The V8 policies (src/engine/*-policy.ts) act on the process they run in: a test runs a small script in a node of
// its own that applies one policy first, then does what the policy is about.

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
  const dir = mkdtempSync(path.join(tmpdir(), `lkm-${policy}-`));
  const bundle = path.join(dir, `${policy}.cjs`);
  buildSync({
    entryPoints: [path.join(__dirname, `../../src/engine/${policy}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
  });
  const script = path.join(dir, 'script.cjs');
  writeFileSync(script, `require(${JSON.stringify(bundle)}).${apply}();\n${body}`);
  const r = spawnSync(process.execPath, [...nodeFlags, script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
