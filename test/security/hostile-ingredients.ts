// The hostile inputs of test/security/hostile-repo.test.ts, one INGREDIENT each: the files it writes into the
// generated repository and what it checks in the CLI run. Extension point: add an ingredient here and the shared
// limits (exit 0 or 1, valid JSON, CPU time, memory) hold for all of them together.

import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

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

export function write(root: string, rel: string, text: string): void {
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
  {
    name: 'a file name that forges a workflow command and drives the terminal',
    write: (root) => {
      write(root, FORGED, 'not an ELF\n');
      execFileSync('git', ['add', '-f', FORGED], { cwd: root, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
    },
    check: (run) => {
      expect(run.report?.findings.some((f) => f.file === FORGED)).toBe(true);
      // The same repository as a `run:` step's log would show it (the hook's fast path keeps this run small).
      const text = spawnSync(process.execPath, [cliOf(run), '--files', FORGED, '--no-color'], { cwd: run.root, encoding: 'utf8' });
      expect(text.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
      expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(text.stdout).toContain('forged\\n::error file=good.c,line=1::forged annotation\\e[2K.ko:');
    },
  },
  {
    name: 'a hostile .git/config (fsmonitor, include.path outside, core.worktree, filters, pager)',
    write: (root) => {
      write(root, 'committed.ko', 'not an ELF\n');
      execFileSync('git', ['add', '-f', 'committed.ko'], { cwd: root, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
      const outside = mkdtempSync(path.join(tmpdir(), 'lkm-hostile-git-'));
      markers = outside;
      writeFileSync(path.join(outside, 'included.cfg'), `[core]\n\tpager = touch ${outside}/included-ran\n`);
      appendFileSync(
        path.join(root, '.git/config'),
        `[core]\n\tfsmonitor = "touch ${outside}/fsmonitor-ran; false"\n\tworktree = /etc\n\tpager = touch ${outside}/pager-ran\n` +
          `[include]\n\tpath = ${outside}/included.cfg\n[filter "x"]\n\tclean = touch ${outside}/clean-ran\n`,
      );
    },
    check: (run) => {
      // git still told the audit what is tracked (core.worktree ignored), and nothing the config names ran.
      expect(
        run.report?.findings.some((f) => f.ruleId === 'build/artifacts-committed' && /committed\.ko/.test(f.message + (f.file ?? ''))),
      ).toBe(true);
      for (const m of ['fsmonitor-ran', 'pager-ran', 'included-ran', 'clean-ran']) expect(existsSync(path.join(markers, m)), m).toBe(false);
    },
  },
];

/** A name holding a newline, a workflow command and an escape sequence. */
const FORGED = 'forged\n::error file=good.c,line=1::forged annotation\u001b[2K.ko';
let markers = '';

/** The bundled CLI of this run (the hostile test builds it into a folder of its own and says where). */
let cliPath = '';
export function setCli(cli: string): void {
  cliPath = cli;
}
const cliOf = (_run: CliRun) => cliPath;
