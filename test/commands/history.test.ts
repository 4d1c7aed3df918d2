// `lkm-audit history` in-process (sources run one revision at a time): real git repositories, the real engine.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { locateRepository, readHead, sampleEvenly } from '../../src/commands/history/git.js';
import { safeGitEnv } from '../../src/git/safe-git.js';
import type { HistoryDoc } from '../../src/report/history.js';
import { gitIn, makeHistory, type Step } from '../helpers/git-history.js';
import { GOOD_MODULE } from '../helpers/rule-tester.js';

const historySchema = JSON.parse(readFileSync(path.join(__dirname, '../../schema/history.schema.json'), 'utf8'));
const validateHistory = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(historySchema);

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const noLicense = GOOD_MODULE['good.c'].replace('MODULE_LICENSE("GPL");\n', '');
const withParam = GOOD_MODULE['good.c'].replace(
  'module_init(good_init);',
  'static int level;\nmodule_param(level, int, 0666);\nMODULE_PARM_DESC(level, "level");\nmodule_init(good_init);',
);

/** Four first-parent commits; a side branch merged in at the end. */
const STEPS: Step[] = [
  {
    message: 'start without a licence tag',
    date: '2024-01-01T10:00:00Z',
    files: { ...GOOD_MODULE, LICENSE: 'GPL-2.0', 'good.c': noLicense },
  },
  { message: 'add MODULE_LICENSE', date: '2024-02-01T10:00:00Z', files: { 'good.c': GOOD_MODULE['good.c'] } },
  {
    message: 'world-writable parameter, and a built object',
    date: '2024-03-01T10:00:00Z',
    files: { 'good.c': withParam, 'good.ko': '\x7fELF' },
  },
  { message: 'ignore objects (good.ko stays tracked)', date: '2024-04-01T10:00:00Z', files: { '.gitignore': '*.ko\n*.o\n' } },
];

function repoWithMerge(): string {
  const dir = makeHistory(STEPS);
  gitIn(dir, ['switch', '-q', '-c', 'side']);
  writeFileSync(path.join(dir, 'notes.txt'), 'side work\n');
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', 'side commit'], {
    GIT_COMMITTER_DATE: '2024-04-15T10:00:00Z',
    GIT_AUTHOR_DATE: '2024-04-15T10:00:00Z',
  });
  gitIn(dir, ['switch', '-q', 'main']);
  gitIn(dir, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], {
    GIT_COMMITTER_DATE: '2024-05-01T10:00:00Z',
    GIT_AUTHOR_DATE: '2024-05-01T10:00:00Z',
  });
  return dir;
}

describe('history: sampling and reading refs', () => {
  it('samples evenly, keeping the first and the newest commit, oldest first', () => {
    const newestFirst = Array.from({ length: 100 }, (_, i) => 100 - i);
    const picked = sampleEvenly(newestFirst, 5);
    expect(picked).toEqual([1, 26, 50, 75, 100]);
    expect(sampleEvenly([3, 2, 1], 20)).toEqual([1, 2, 3]);
    expect(sampleEvenly([3, 2, 1], 1)).toEqual([3]);
  });

  it('reads HEAD through loose and packed refs, and from a sub-folder', () => {
    const dir = makeHistory(STEPS.slice(0, 2));
    const head = gitIn(dir, ['rev-parse', 'HEAD']).trim();
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const loc = locateRepository(path.join(dir, 'sub'));
    expect(loc.prefix).toBe('sub');
    expect(readHead(loc)).toBe(head);
    gitIn(dir, ['pack-refs', '--all', '--prune']);
    expect(existsSync(path.join(dir, '.git/refs/heads/main'))).toBe(false);
    expect(readHead(locateRepository(dir))).toBe(head);
  });

  it('runs git with no system or user config, no pager and nothing inherited', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { GIT_DIR: '/elsewhere', GIT_EXTERNAL_DIFF: 'x' });
    const env = safeGitEnv();
    process.env = saved;
    expect(env).toMatchObject({ GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_PAGER: 'cat', PATH: saved.PATH });
    expect(env.GIT_DIR).toBeUndefined();
    expect(env.GIT_EXTERNAL_DIFF).toBeUndefined();
  });
});

describe('history: the series', () => {
  it('audits first-parent commits only, with scores, categories and what appeared or disappeared', async () => {
    const dir = repoWithMerge();
    const r = await cli('history', dir, '--format', 'json');
    expect(r.stderr).toMatch(/5 of 5 revisions in [\d.]+ s \([\d.]+ revisions\/s, 1 worker\)/);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as HistoryDoc;
    expect(validateHistory(doc), JSON.stringify(validateHistory.errors)).toBe(true);
    expect(doc.kind).toBe('lkm-audit-history');
    expect(doc.entries.map((e) => e.subject)).toEqual([...STEPS.map((s) => s.message), 'merge side']);
    expect(doc.entries.map((e) => e.date.slice(0, 10))).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01']);
    const [first, second, third, fourth, merge] = doc.entries;
    expect(first.appeared).toBeUndefined();
    expect(first.categories.license).toBeLessThan(100);
    expect(second.disappeared?.map((f) => f.ruleId)).toContain('license/missing-module-license');
    expect(second.score as number).toBeGreaterThan(first.score as number);
    expect(second.categories.license).toBeGreaterThan(first.categories.license);
    const appeared3 = third.appeared?.map((f) => f.ruleId) ?? [];
    expect(appeared3).toEqual(expect.arrayContaining(['security/world-writable-param', 'build/artifacts-committed']));
    expect(third.categories.security).toBeLessThan(100);
    // good.ko is ignored from then on but still tracked: the export's index says so, as a checkout's would.
    expect(fourth.disappeared?.map((f) => f.ruleId) ?? []).not.toContain('build/artifacts-committed');
    expect(merge.sha).toBe(gitIn(dir, ['rev-parse', 'HEAD']).trim());
  });

  it("leaves nothing in the temporary folder: every revision's work tree and private git folder are removed", async () => {
    const dir = repoWithMerge();
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-hist-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp; // os.tmpdir() reads it at each call: this test's own folder, nobody else's
    try {
      const r = await cli('history', dir, '--format', 'json', '--quiet');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as HistoryDoc).entries).toHaveLength(5);
    } finally {
      process.env.TMPDIR = saved;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('samples --revisions evenly and honours --since', async () => {
    const dir = repoWithMerge();
    const two = JSON.parse((await cli('history', dir, '--revisions', '2', '--format', 'json', '--quiet')).stdout) as HistoryDoc;
    expect(two.entries.map((e) => e.subject)).toEqual(['start without a licence tag', 'merge side']);
    const since = JSON.parse((await cli('history', dir, '--since', '2024-03-15', '--format', 'json', '--quiet')).stdout) as HistoryDoc;
    expect(since.entries.map((e) => e.subject)).toEqual(['ignore objects (good.ko stays tracked)', 'merge side']);
  });

  it('never touches the work tree or index, and honours nothing from the repository config', async () => {
    const dir = repoWithMerge();
    // Local changes a checkout would lose.
    writeFileSync(path.join(dir, 'good.c'), 'local edit\n');
    writeFileSync(path.join(dir, 'untracked.txt'), 'mine\n');
    const statusBefore = gitIn(dir, ['status', '--porcelain']);
    const marker = (n: string) => path.join(dir, '..', `${path.basename(dir)}-PWNED-${n}`);
    // Every way a repository's config could make git run a command, several through an included file.
    writeFileSync(
      path.join(dir, '.git/evil.cfg'),
      `[core]\n\tpager = touch ${marker('pager')}\n[log]\n\tshowSignature = true\n[gpg]\n\tprogram = touch ${marker('gpg')}\n` +
        `[filter "evil"]\n\tsmudge = touch ${marker('smudge')}; cat\n\tclean = cat\n\tprocess = touch ${marker('process')}\n`,
    );
    gitIn(dir, ['config', 'include.path', path.join(dir, '.git/evil.cfg')]);
    gitIn(dir, ['config', 'core.fsmonitor', `touch ${marker('fsmonitor')}`]);
    writeFileSync(path.join(dir, '.git/hooks/post-checkout'), `#!/bin/sh\ntouch ${marker('hook')}\n`, { mode: 0o755 });
    writeFileSync(path.join(dir, '.git/info/attributes'), '* filter=evil\n');
    const indexBefore = statSync(path.join(dir, '.git/index')).mtimeMs;

    const r = await cli('history', dir, '--format', 'markdown', '--quiet');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('```mermaid\nxychart-beta');
    for (const n of ['pager', 'gpg', 'smudge', 'process', 'fsmonitor', 'hook']) expect(existsSync(marker(n)), n).toBe(false);
    expect(readFileSync(path.join(dir, 'good.c'), 'utf8')).toBe('local edit\n');
    expect(readFileSync(path.join(dir, 'untracked.txt'), 'utf8')).toBe('mine\n');
    expect(statSync(path.join(dir, '.git/index')).mtimeMs).toBe(indexBefore);
    // Git itself would run the hostile filter: take it away before asking git what changed.
    writeFileSync(path.join(dir, '.git/info/attributes'), '');
    gitIn(dir, ['config', '--unset', 'include.path']);
    gitIn(dir, ['config', '--unset', 'core.fsmonitor']);
    expect(gitIn(dir, ['status', '--porcelain'])).toBe(statusBefore);
  });

  it('says clearly what is wrong: no repository, bad options, no commits since a date', async () => {
    const notRepo = path.join(makeHistory([]), '..');
    const outside = await cli('history', '/');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^lkm-audit: history: \/: not inside a git repository/);
    expect((await cli('history', notRepo, '--revisions', '0')).stderr).toContain('--revisions takes a whole number');
    expect((await cli('history', notRepo, '--format', 'sarif')).stderr).toContain('--format must be one of json, markdown, svg, html');
    const dir = makeHistory(STEPS.slice(0, 1));
    const none = await cli('history', dir, '--since', '2030-01-01');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no commits since 2030-01-01');
    const broken = await cli('history', dir, '--config', path.join(dir, 'missing.yml'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('no revision could be audited');
    expect(broken.stderr).toContain('config file not found');
    const empty = makeHistory([]);
    const unborn = await cli('history', empty);
    expect(unborn.code).toBe(2);
    expect(unborn.stderr).toContain('HEAD names refs/heads/main, which has no commit yet');
  });

  it("reads a shallow clone (actions/checkout's default) as far as it reaches, and says so", async () => {
    const dir = repoWithMerge();
    const clone = `${dir}-shallow`;
    gitIn(path.dirname(dir), ['clone', '-q', '--depth', '2', `file://${dir}`, clone]);
    const r = await cli('history', clone, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${clone} is a shallow clone with 2 commits in reach`);
    const doc = JSON.parse(r.stdout) as HistoryDoc;
    expect(doc.entries.map((e) => e.subject)).toEqual(['ignore objects (good.ko stays tracked)', 'merge side']);
    expect(doc.entries.every((e) => e.score !== null)).toBe(true);
  });

  it('audits a module in a sub-folder of the repository (PATH below the top)', async () => {
    const steps: Step[] = STEPS.slice(0, 2).map((st) => ({
      ...st,
      files: Object.fromEntries(Object.entries(st.files).map(([k, v]) => [`driver/${k}`, v])),
    }));
    const dir = makeHistory([...steps, { message: 'elsewhere', date: '2024-03-01T00:00:00Z', files: { 'tools/x.c': 'int x;\n' } }]);
    const r = await cli('history', path.join(dir, 'driver'), '--format', 'json', '--quiet');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as HistoryDoc;
    expect(doc.entries).toHaveLength(3);
    expect(doc.entries[1].disappeared?.map((f) => f.ruleId)).toContain('license/missing-module-license');
    // tools/ is outside the audited folder: that commit changes nothing there.
    expect(doc.entries[2].appeared).toEqual([]);
    expect(doc.entries[2].disappeared).toEqual([]);
    expect(doc.entries[2].score).toBe(doc.entries[1].score);
  });

  it("--format html is the newest revision's report with the trend", async () => {
    const dir = repoWithMerge();
    const r = await cli('history', dir, '--format', 'html', '--quiet');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<section id="trend"');
    expect(r.stdout.match(/<circle class="lkt-dot"/g)).toHaveLength(5);
    const head = gitIn(dir, ['rev-parse', 'HEAD']).trim().slice(0, 12);
    expect(r.stdout).toContain(`Upstream readiness of <code>${head}</code>`);
  });

  it('draws a saved history with --from, and rejects a file that is not one', async () => {
    const dir = makeHistory(STEPS.slice(0, 2));
    const json = (await cli('history', dir, '--format', 'json', '--quiet')).stdout;
    const saved = path.join(dir, '..', `${path.basename(dir)}-history.json`);
    writeFileSync(saved, json);
    const svg = await cli('history', '--from', saved, '--format', 'svg');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<svg /);
    writeFileSync(saved, '{"kind":"other"}');
    const bad = await cli('history', '--from', saved, '--format', 'svg');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${saved}: not an lkm-audit history`);
  });
});
