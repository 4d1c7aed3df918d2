// A git repository holding a kernel module in `driver/`, with a base commit and a pull-request head commit that
// adds findings: hostile names and strings, many line-level notes, and a repository-level error (LICENSE removed).

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrFile } from './fake-github.js';

export const HOSTILE_FILE = '<img src=x onerror=alert(1)>.c';
const repoRoot = path.join(__dirname, '../..');

export interface Fixture {
  dir: string;
  baseSha: string;
  headSha: string;
  /** What GitHub's pulls/{n}/files would answer, made from the real diff. */
  prFiles: PrFile[];
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

/** A C file whose every line but the first carries a suppression that matches nothing: one note a line. */
function noisySource(lines: number): string {
  const out = ['// SPDX-License-Identifier: GPL-2.0'];
  for (let i = 0; i < lines; i++) out.push(`int v${i}; /* lkm-audit-ignore build/no-obj-m: nothing to silence here */`);
  return `${out.join('\n')}\n`;
}

export function makeFixture(noiseLines = 120): Fixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-action-repo-'));
  const driver = path.join(dir, 'driver');
  cpSync(path.join(repoRoot, 'examples/hello'), driver, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();

  const main = path.join(driver, 'hello_main.c');
  writeFileSync(main, readFileSync(main, 'utf8').replace(/MODULE_LICENSE\("[^"]*"\)/, 'MODULE_LICENSE("<script>")'));
  writeFileSync(
    path.join(driver, HOSTILE_FILE),
    '// SPDX-License-Identifier: GPL-2.0\nint hostile;   \n/* lkm-audit-ignore build/no-obj-m: <b>bold</b> @someone */\nint after;\n',
  );
  writeFileSync(path.join(driver, 'noise.c'), noisySource(noiseLines));
  rmSync(path.join(driver, 'LICENSE'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD').trim();
  return { dir, baseSha, headSha, prFiles: prFilesFromGit(dir, baseSha, headSha) };
}

function prFilesFromGit(dir: string, base: string, head: string): PrFile[] {
  const statusLetter: Record<string, string> = { A: 'added', M: 'modified', D: 'removed' };
  const fields = git(dir, '-c', 'core.quotepath=off', 'diff', '--name-status', '-z', base, head).split('\0').filter(Boolean);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) pairs.push([fields[i], fields[i + 1]]);
  return pairs.map(([letter, filename]) => {
    const status = statusLetter[letter] ?? 'modified';
    if (status === 'removed') return { filename, status };
    const diff = git(dir, 'diff', '--unified=3', base, head, '--', filename);
    return { filename, status, patch: diff.slice(diff.indexOf('@@')) };
  });
}

/** Added lines per file, read straight from `git diff -U0` (independent of the action's patch parser). */
export function addedLinesFromGit(fixture: Fixture): Map<string, Set<number>> {
  const out = git(fixture.dir, '-c', 'core.quotepath=off', 'diff', '-U0', fixture.baseSha, fixture.headSha);
  const map = new Map<string, Set<number>>();
  let file = '';
  for (const line of out.split('\n')) {
    const plus = /^\+\+\+ b\/(.*?)\t?$/.exec(line);
    if (plus) {
      file = plus[1];
      map.set(file, new Set());
      continue;
    }
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) map.get(file)?.add(n);
    }
  }
  return map;
}
