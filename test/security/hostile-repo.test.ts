// One generated repository combining every hostile input the audit must survive, run through the real CLI (bundled
// from src/ into a temporary folder, started as its own process): it must finish quickly with exit 0 or 1, print
// valid JSON, stay within bounded memory, and read nothing outside the root.
//
// Extension point: each hostile input is an INGREDIENT in test/security/hostile-ingredients.ts (files it writes, and
// what it checks in the run). Add new ones there (a config file that is a symlink out of the tree, names that inject
// workflow commands, a hostile .git/config ...); the limits below then hold for all of them together.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as hostile from './hostile-ingredients.js';
import { type CliRun, INGREDIENTS, write } from './hostile-ingredients.js';

const repo = path.join(__dirname, '../..');

/** Bundles the CLI from src/ (dist/ is not rebuilt in a work tree) with a wrapper that reports its peak memory. */
function bundleCli(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'lkm-hostile-cli-'));
  execFileSync(
    process.execPath,
    [
      '-e',
      `process.chdir(${JSON.stringify(repo)}); process.env.LKM_DIST_OUT=${JSON.stringify(out)}; import(${JSON.stringify(path.join(repo, 'scripts/build.mjs'))})`,
    ],
    { stdio: 'pipe' },
  );
  writeFileSync(
    path.join(out, 'measured.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      "process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.LKM_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime })); });",
      "await import('./cli.js');",
    ].join('\n'),
  );
  return out;
}

function runCli(cli: string, root: string, args: string[]): CliRun {
  const usageFile = path.join(cli, `usage-${Date.now()}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(cli, 'measured.mjs'), root, '--format', 'json', ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_USAGE_FILE: usageFile },
    timeout: 120_000,
  });
  const wallMs = performance.now() - started;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  let report: CliRun['report'];
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  return {
    root,
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    report,
    wallMs,
    cpuMs: usage.cpuUs / 1000,
    maxRssMb: usage.maxRssKb / 1024,
  };
}

describe('a generated hostile repository, through the real CLI', () => {
  let run: CliRun;

  beforeAll(() => {
    const cli = bundleCli();
    hostile.setCli(path.join(cli, 'cli.js'));
    const root = mkdtempSync(path.join(tmpdir(), 'lkm-hostile-'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    write(root, 'good.c', '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n');
    write(root, 'LICENSE', 'GPL-2.0\n');
    for (const ing of INGREDIENTS) ing.write(root);
    run = runCli(
      cli,
      root,
      INGREDIENTS.flatMap((i) => i.args ?? []),
    );
    console.log(
      `hostile repository: exit ${run.code}, ${Math.round(run.wallMs)} ms wall, ${Math.round(run.cpuMs)} ms CPU, ${Math.round(run.maxRssMb)} MB peak RSS, ${run.report?.findings.length} findings, ${run.report?.notes.length} notes`,
    );
  }, 300_000);

  it('exits 0 or 1 with valid JSON on stdout', () => {
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.report).toBeDefined();
  });

  it('finishes within 10 s of CPU (and without hanging) in under 500 MB', () => {
    // CPU time is what the audit costs; wall time on a shared machine also counts other jobs, so it only guards hangs.
    expect(run.cpuMs).toBeLessThan(10_000);
    expect(run.wallMs).toBeLessThan(60_000);
    expect(run.maxRssMb).toBeLessThan(500);
  });

  for (const ing of INGREDIENTS) {
    if (ing.check) it(`holds against ${ing.name}`, () => ing.check?.(run));
  }
});
