// The bundle built from the current sources into a temporary folder (dist/ itself is the integrator's), so tests
// run the CLI as users do: a process, with history's worker threads.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.join(__dirname, '../..');
let built: string | undefined;

/** Path of the freshly built cli.js (built once per test file). */
export function tempDistCli(): string {
  if (!built) {
    const out = mkdtempSync(path.join(tmpdir(), 'lkm-dist-'));
    execFileSync(process.execPath, [path.join(repo, 'scripts/build.mjs')], {
      cwd: repo,
      env: { ...process.env, LKM_DIST_OUT: out },
      stdio: 'pipe',
    });
    built = path.join(out, 'cli.js');
  }
  return built;
}

/** A folder for what a test leaves for people to look at (screenshots, charts). */
export function testOutputDir(name: string): string {
  return path.join(repo, '.test-output', name);
}
