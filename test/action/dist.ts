// The end-to-end tests run the bundle; rebuild it when a source file is newer (CI builds first anyway).

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './runner.js';

const repo = path.join(__dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  if (existsSync(DIST) && statSync(DIST).mtimeMs >= newestSource(path.join(repo, 'src'))) return;
  execFileSync(process.execPath, [path.join(repo, 'scripts/build.mjs')], { cwd: repo, stdio: 'pipe' });
}
