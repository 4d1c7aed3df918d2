// The commit hook's fast path (`lkm-audit --files ...`): the same findings as a full audit, restricted to the
// touched files, with only the rules those files feed.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { categoriesFedBy } from '../../src/engine/touched-files.js';

const fixture = path.join(__dirname, '../fixtures/selftest-broken');

describe('touched files', () => {
  it('a touched C file gets exactly the full audit findings in that file, and no repository-level ones', async () => {
    const full = (await audit(fixture)).report.findings;
    const fast = (await audit(fixture, { onlyFiles: ['broken.c'] })).report.findings;
    const key = (f: { ruleId: string; line?: number; message: string }) => `${f.ruleId}:${f.line}:${f.message}`;
    expect(fast.map(key).sort()).toEqual(
      full
        .filter((f) => f.file === 'broken.c')
        .map(key)
        .sort(),
    );
    expect(fast.some((f) => f.ruleId === 'cleanup/error-path-leak')).toBe(true);
  });

  it('a touched Makefile brings its own findings and the build facts of the repository, not the C ones', async () => {
    const fast = (await audit(fixture, { onlyFiles: ['Makefile'] })).report.findings;
    expect(fast.every((f) => f.file === 'Makefile' || f.file === undefined)).toBe(true);
    expect(fast.some((f) => f.ruleId === 'build/removed-subdirs')).toBe(true);
    expect(fast.some((f) => f.ruleId.startsWith('cleanup/'))).toBe(false);
    expect(fast.some((f) => f.ruleId === 'docs/missing-readme')).toBe(false);
  });

  it('maps files to the categories their facts feed', () => {
    expect(categoriesFedBy('src/x.c')).toContain('cleanup');
    expect(categoriesFedBy('.github/workflows/build.yml')).toEqual(['ci', 'compat']);
    expect(categoriesFedBy('dkms.conf')).toContain('dkms');
    expect(categoriesFedBy('README.md')).toContain('docs');
  });

  it('the CLI takes the files a hook passes and exits 1 only for findings in them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lkm-hook-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(path.join(dir, 'clean.c'), '// SPDX-License-Identifier: GPL-2.0\nstatic int x;\n');
    const cli = path.join(__dirname, '../../dist/cli.js');
    const clean = spawnSync(process.execPath, [cli, '--files', 'clean.c'], { cwd: dir, encoding: 'utf8' });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    const broken = spawnSync(process.execPath, [cli, '--files', 'broken.c', 'clean.c'], { cwd: dir, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^broken\.c:\d+:\d+: error: .*\[cleanup\/error-path-leak\]$/m);
    expect(broken.stdout).not.toMatch(/^\(repository\)/m);
  });
});
