// The pre-commit hook as module maintainers use it: the real `pre-commit` tool installs lkm-audit from this
// repository's .pre-commit-hooks.yaml (`try-repo`, so the working tree is what is installed) and runs it on the
// files a commit touches.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '../..');
const available = spawnSync('pre-commit', ['--version']).status === 0;
if (!available) console.log('skipped the pre-commit hook test: the pre-commit tool is not installed (Debian package pre-commit)');

function moduleRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-precommit-'));
  cpSync(path.join(__dirname, '../fixtures/selftest-broken'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'clean.c'), '// SPDX-License-Identifier: GPL-2.0\nstatic int counter;\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'module');
  return dir;
}

describe.skipIf(!available)('pre-commit hook', () => {
  it('passes on a clean file and fails on a leaking one, naming the finding', { timeout: 600_000 }, () => {
    const dir = moduleRepo();
    // One cache for both runs: the hook's environment (npm install of lkm-audit) is built once.
    const env = { ...process.env, PRE_COMMIT_HOME: mkdtempSync(path.join(tmpdir(), 'lkm-precommit-home-')), NO_COLOR: '1' };
    const run = (...files: string[]) =>
      spawnSync('pre-commit', ['try-repo', repo, 'lkm-audit', '--color', 'never', '--files', ...files], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
    const clean = run('clean.c');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/lkm-audit.*Passed/);
    const broken = run('broken.c');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/lkm-audit.*Failed/);
    expect(broken.stdout).toMatch(/^broken\.c:17:1: error: .*\[cleanup\/error-path-leak\]$/m);
    expect(broken.stdout).not.toMatch(/^\(repository\)/m);
  });
});
