// A repository's own `.git/config` is hostile input: git must never run a program it names (fsmonitor, filters,
// pagers), open a file it includes, or move the work tree it describes. The audit runs git through a private git
// folder, so that config is never read.

import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBaseRevision } from '../../src/github/base-revision.js';
import { discoverRepo, resolveHead } from '../../src/git/repo.js';
import { readGitView } from '../../src/scan/git-files.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    stdio: 'pipe',
  }).toString();

/** A committed module (with a committed build output) whose .git/config then turns hostile. */
function hostileRepo(beforeHostile?: (root: string, base: string) => void) {
  const root = writeRepo({ ...GOOD_MODULE, 'hello.ko': 'not really an ELF\n', '.gitattributes': '* filter=evil diff=evil\n' });
  git(root, 'init', '-q');
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-qm', 'base');
  const base = git(root, 'rev-parse', 'HEAD').trim();
  appendFileSync(path.join(root, 'README.md'), '\nchanged\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'head');
  beforeHostile?.(root, base);
  const outside = mkdtempSync(path.join(tmpdir(), 'lkm-outside-'));
  const marker = (name: string) => path.join(outside, name);
  const included = marker('included.cfg');
  writeFileSync(included, '[core]\n\tfsmonitor = "touch MARK"\n'.replace('MARK', marker('included-ran')));
  appendFileSync(
    path.join(root, '.git/config'),
    [
      '[core]',
      `\tfsmonitor = "touch ${marker('fsmonitor-ran')}; false"`,
      `\tpager = "touch ${marker('pager-ran')}; cat"`,
      `\thooksPath = ${outside}`,
      '\tworktree = /etc',
      '[include]',
      `\tpath = ${included}`,
      '[filter "evil"]',
      `\tclean = "touch ${marker('clean-ran')}; cat"`,
      `\tsmudge = "touch ${marker('smudge-ran')}; cat"`,
      '\tprocess = false',
      '[diff "evil"]',
      `\ttextconv = "touch ${marker('textconv-ran')}; cat"`,
      '',
    ].join('\n'),
  );
  return { root, base, outside, included, marker };
}

const MARKERS = ['fsmonitor-ran', 'pager-ran', 'included-ran', 'clean-ran', 'smudge-ran', 'textconv-ran'];

describe('git never reads the audited repository config', () => {
  it('the scan sees what git tracks (core.worktree ignored) and nothing in the config runs', () => {
    const h = hostileRepo();
    const view = readGitView(h.root);
    expect(view?.tracked.has('hello.ko')).toBe(true);
    expect(view?.tracked.has('good.c')).toBe(true);
    for (const m of MARKERS) expect(existsSync(h.marker(m)), m).toBe(false);
  });

  it('finds the git folders without running git, linked work trees included', () => {
    const linked = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-wt-')), 'wt');
    let head = '';
    const h = hostileRepo((root, base) => {
      head = git(root, 'rev-parse', 'HEAD').trim();
      git(root, 'worktree', 'add', '-q', '--detach', linked, base);
    });
    const repo = discoverRepo(path.join(h.root, 'sub-does-not-matter', '..'));
    expect(repo?.prefix).toBe('');
    expect(resolveHead(repo!)).toBe(head);
    const wt = discoverRepo(linked);
    expect(wt?.commonDir).toBe(path.join(h.root, '.git'));
    expect(resolveHead(wt!)).toBe(h.base);
    expect(readGitView(linked)?.tracked.has('hello.ko')).toBe(true);
    rmSync(linked, { recursive: true, force: true });
  });

  it('the pull request base revision is written from objects alone: no filter, pager or include runs', () => {
    const h = hostileRepo();
    const repo = discoverRepo(h.root)!;
    const checkout = writeBaseRevision(repo, h.base, '');
    try {
      expect(existsSync(path.join(checkout.root, 'README.md'))).toBe(false);
      expect(existsSync(path.join(checkout.root, 'hello.ko'))).toBe(true);
    } finally {
      checkout.dispose();
    }
    for (const m of MARKERS) expect(existsSync(h.marker(m)), m).toBe(false);
  });

  const strace = spawnSync('strace', ['-V']).status === 0;
  it.skipIf(!strace)('under strace: the audit opens nothing the config includes and executes only git', () => {
    const h = hostileRepo();
    const log = path.join(h.outside, 'strace.log');
    const cli = path.join(__dirname, '../../dist/cli.js');
    const r = spawnSync(
      'strace',
      ['-f', '-qq', '-e', 'trace=execve,open,openat', '-o', log, process.execPath, cli, h.root, '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect([0, 1]).toContain(r.status);
    const trace = readFileSync(log, 'utf8');
    expect(trace).not.toContain(h.included);
    expect(trace).not.toContain(`${h.root}/.git/config`);
    const executed = [...trace.matchAll(/execve\("([^"]+)"/g)].map((m) => path.basename(m[1]));
    expect(new Set(executed.filter((e) => e !== path.basename(process.execPath)))).toEqual(new Set(['git']));
    for (const m of MARKERS) expect(existsSync(h.marker(m)), m).toBe(false);
  });
  if (!strace) console.log('skipped the strace check: strace is not installed');
});
