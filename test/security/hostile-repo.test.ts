// One generated repository combining every hostile input the audit must survive, run through the real CLI (bundled
// from src/ into a temporary folder, started as its own process): it must finish quickly with exit 0 or 1, print
// valid JSON, stay within bounded memory, and read nothing outside the root.
//
// Extension point: each hostile input is an INGREDIENT (files it writes, and what it checks in the run). Add new
// ones to INGREDIENTS (a config file that is a symlink out of the tree, names that inject workflow commands, a
// hostile .git/config ...); the limits below then hold for all of them together.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '../..');

export interface CliRun {
  root: string;
  code: number | null;
  stdout: string;
  stderr: string;
  /** The parsed JSON report (undefined when stdout was not JSON). */
  report?: {
    findings: { ruleId: string; file?: string; line?: number; message: string }[];
    notes: { file?: string; line?: number; message: string }[];
  };
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

export interface Ingredient {
  name: string;
  /** Writes the ingredient's files into the repository at `root` (a git work tree). */
  write(root: string): void;
  /** Checks the run for what this ingredient must (not) cause. */
  check?(run: CliRun): void;
  /** Extra CLI arguments (`--config FILE` ...). */
  args?: string[];
}

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
const OBJECTS = 50_000;

function write(root: string, rel: string, text: string): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

const notesOf = (run: CliRun) => run.report?.notes ?? [];

export const INGREDIENTS: Ingredient[] = [
  {
    name: `a Makefile listing ${OBJECTS} objects (that many findings)`,
    write: (root) =>
      write(root, 'Makefile', `obj-m := ${Array.from({ length: OBJECTS }, (_, i) => `m${i}.o`).join(' ')}\nobj-m += good.o\n`),
    check: (run) =>
      expect(run.report?.findings.filter((f) => f.ruleId === 'upstream/missing-kconfig').length).toBeGreaterThanOrEqual(OBJECTS),
  },
  {
    name: 'make references nested 5,000 deep',
    write: (root) =>
      write(
        root,
        'deep/Kbuild',
        `obj-m := ${'$(strip '.repeat(5000)}deep.o${')'.repeat(5000)}\nY := ${'$('.repeat(5000)}${')'.repeat(5000)}\n`,
      ),
    check: (run) =>
      expect(notesOf(run).some((n) => n.file === 'deep/Kbuild' && n.line === 1 && /nested deeper/.test(n.message))).toBe(true),
  },
  {
    name: 'a chain of variables each referring to the previous ten times (10^30 expansions)',
    write: (root) => {
      let mk = 'V0 := x\n';
      for (let i = 1; i <= 30; i++) mk += `V${i} = ${`$(V${i - 1}) `.repeat(10)}\n`;
      write(root, 'chain/Kbuild', `${mk}obj-m := $(V30:x=chain.o)\n`);
    },
    check: (run) => expect(notesOf(run).some((n) => n.file === 'chain/Kbuild' && /make expansion stopped/.test(n.message))).toBe(true),
  },
  {
    name: 'pathological .gitignore and config ignore globs against long, deep names',
    write: (root) => {
      write(root, '.gitignore', `*.o\n${'**/'.repeat(50)}*.tmp\n${'*a'.repeat(40)}b\n`);
      write(root, '.lkm-audit.yml', `ignore:\n  - "${'**/'.repeat(40)}vendor"\n  - "${'*a'.repeat(30)}c"\n`);
      let dir = 'long';
      for (let i = 0; i < 30; i++) {
        dir += `/${'a'.repeat(40)}${i}`;
        write(root, `${dir}/${'a'.repeat(200)}.txt`, 'x\n');
      }
    },
    check: (run) => {
      expect(notesOf(run)).toContainEqual(expect.objectContaining({ file: '.gitignore', line: 2 }));
      expect(notesOf(run).some((n) => n.file === '.lkm-audit.yml' && /consecutive/.test(n.message))).toBe(true);
    },
  },
  {
    name: 'a symlink to a folder outside the root',
    write: (root) => {
      const outside = mkdtempSync(path.join(tmpdir(), 'lkm-hostile-outside-'));
      writeFileSync(path.join(outside, 'secret.c'), `MODULE_LICENSE("${SECRET}");\n`);
      symlinkSync(outside, path.join(root, 'outside'));
    },
    check: (run) => {
      expect(run.stdout).not.toContain(SECRET);
      expect(run.stderr).not.toContain(SECRET);
    },
  },
  // The integrator adds here: .lkm-audit.yml as a symlink out of the tree / to /dev/zero / a FIFO (item 1),
  // file names and messages that inject workflow commands or escape bytes (item 5), a hostile .git/config (item 6).
];

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
