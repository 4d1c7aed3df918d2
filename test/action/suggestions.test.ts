// End to end: fixes as one pull-request review of suggestions, replaced on the next run; fixes outside the changed
// lines in the job summary and the `fix-file` patch; API faults become warnings and never change the exit status.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startActionHarness } from './harness.js';
import type { FakeGitHub, PrFile } from './fake-github.js';
import type { Fixture } from './fixture.js';
import { commands, runAction } from './runner.js';

const repoRoot = path.join(__dirname, '../..');
const MARKER = '<!-- lkm-audit-suggestion -->';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
  });
}

/**
 * Base: examples/hello with `EXTRA_CFLAGS` in Kbuild (a fixable finding the PR does not touch). Head: the PR spells
 * the licence "GPLv2" and adds a parameter with mode 0666 (fixable findings on changed lines).
 */
function makeRepo(): Fixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-action-suggest-'));
  const driver = path.join(dir, 'driver');
  cpSync(path.join(repoRoot, 'examples/hello'), driver, { recursive: true });
  const kbuild = path.join(driver, 'Kbuild');
  writeFileSync(kbuild, `${readFileSync(kbuild, 'utf8')}EXTRA_CFLAGS += -DHELLO_EXTRA\n`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  const main = path.join(driver, 'hello_main.c');
  writeFileSync(
    main,
    readFileSync(main, 'utf8')
      .replace('MODULE_LICENSE("GPL");', 'MODULE_LICENSE("GPLv2");')
      .replace(
        'MODULE_PARM_DESC(greeting, "Text that reads from /dev/hello return");\n',
        'MODULE_PARM_DESC(greeting, "Text that reads from /dev/hello return");\n\nstatic int verbose;\nmodule_param(verbose, int, 0666);\nMODULE_PARM_DESC(verbose, "Log more");\n',
      ),
  );
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD').trim();
  const diff = git(dir, 'diff', '--unified=3', baseSha, headSha, '--', 'driver/hello_main.c');
  const prFiles: PrFile[] = [{ filename: 'driver/hello_main.c', status: 'modified', patch: diff.slice(diff.indexOf('@@')) }];
  return { dir, baseSha, headSha, prFiles };
}

let gh: FakeGitHub;
let fixture: Fixture;

beforeAll(async () => {
  ({ gh, fixture } = await startActionHarness(makeRepo));
});

afterAll(async () => {
  await gh.stop();
});

beforeEach(() => {
  gh.reset();
  gh.prFiles = fixture.prFiles;
  gh.reviews = [];
  gh.reviewComments = [];
  gh.comments = [];
});

const run = (opts: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({ fixture, apiUrl: gh.url, inputs: { comment: 'never', 'check-run': 'false', ...opts.inputs }, ...opts });
const ours = () => gh.reviewComments.filter((c) => c.body.startsWith(MARKER));

describe('suggested fixes on a pull request', () => {
  it('posts one review whose suggestions fix the changed lines; the rest goes to the summary and fix-file', async () => {
    const r = await run();
    expect(commands(r.stdout, 'warning').filter((l) => l.includes('GitHub API'))).toEqual([]);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: fixture.headSha });
    const bodies = ours().map((c) => [c.path, c.line, c.body.slice(c.body.indexOf('```suggestion'))]);
    const main = readFileSync(path.join(fixture.dir, 'driver/hello_main.c'), 'utf8').split('\n');
    const lic = main.indexOf('MODULE_LICENSE("GPLv2");') + 1;
    const param = main.indexOf('module_param(verbose, int, 0666);') + 1;
    expect(bodies).toEqual(
      expect.arrayContaining([
        ['driver/hello_main.c', lic, '```suggestion\nMODULE_LICENSE("GPL");\n```'],
        ['driver/hello_main.c', param, '```suggestion\nmodule_param(verbose, int, 0644);\n```'],
      ]),
    );
    // The Kbuild fix is outside the PR's lines: a patch, in the summary and the fix-file output.
    expect(ours().some((c) => c.path === 'driver/Kbuild')).toBe(false);
    const patch = readFileSync(r.outputs['fix-file'], 'utf8');
    expect(patch).toContain('--- a/driver/Kbuild\n+++ b/driver/Kbuild\n');
    expect(patch).toContain('+ccflags-y += -DHELLO_EXTRA');
    expect(patch).not.toContain('hello_main.c');
    expect(r.summary).toContain('### Suggested fixes');
    expect(r.summary).toContain('+ccflags-y += -DHELLO_EXTRA');
    // The patch applies to the checkout, which the action itself never changed.
    expect(git(fixture.dir, 'status', '--porcelain')).toBe('');
    execFileSync('git', ['apply', '--check', r.outputs['fix-file']], { cwd: fixture.dir });
  }, 120_000);

  it('replaces its earlier review comments on the next run; human comments stay', async () => {
    await run();
    const human = {
      id: 1,
      pull_request_review_id: 2,
      commit_id: fixture.headSha,
      path: 'driver/hello_main.c',
      line: 3,
      side: 'RIGHT',
      body: `Why not GPL? (quoting ${MARKER})`,
      user: { login: 'reviewer', type: 'User' },
    };
    gh.reviewComments.push(structuredClone(human));
    const firstIds = ours().map((c) => c.id);
    // Something changed since: the suggestions differ, so the review is replaced.
    gh.reviewComments.find((c) => c.id === firstIds[0])!.body += '\nedited';
    await run({ runId: 2 });
    expect(ours()).toHaveLength(firstIds.length);
    expect(ours().some((c) => firstIds.includes(c.id))).toBe(false);
    expect(gh.reviewComments.find((c) => c.id === 1)).toEqual(human);
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[0].body).toMatch(/Replaced by a newer lkm-audit run/);
    const deletes = gh.requests.filter((q) => q.method === 'DELETE');
    expect(deletes.map((q) => q.path).sort()).toEqual(firstIds.map((id) => `/repos/octo/driver/pulls/comments/${id}`).sort());
  }, 120_000);

  it('posts nothing again when the suggestions did not change', async () => {
    await run();
    gh.reset();
    await run({ runId: 3 });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  }, 120_000);

  it('is off on forks by default and with suggest: false', async () => {
    const fork = await run({ fork: true });
    const off = await run({ inputs: { suggest: 'false' } });
    for (const r of [fork, off]) {
      expect(r.summary).not.toContain('### Suggested fixes');
      expect(r.outputs['fix-file']).toBeUndefined();
    }
    expect(gh.requests.some((q) => q.path.endsWith('/reviews'))).toBe(false);
  }, 120_000);

  for (const [status, fault] of [
    [403, 'the token may not write'],
    [422, 'GitHub refuses the review'],
    [502, 'the API is down'],
  ] as const) {
    it(`${status} (${fault}): a warning, every fix in the patch, the exit status unchanged`, async () => {
      const clean = await run({ inputs: { suggest: 'false' } });
      gh.reset();
      gh.faults = [{ method: 'POST', path: /\/pulls\/7\/reviews$/, status }];
      const r = await run({ runId: 4 });
      expect(r.status).toBe(clean.status);
      expect(gh.reviews).toEqual([]);
      const warning = commands(r.stdout, 'warning').find((l) => l.includes('GitHub API'));
      expect(warning).toMatch(/posting the suggested fixes as a review failed/);
      const patch = readFileSync(r.outputs['fix-file'], 'utf8');
      expect(patch).toContain('+MODULE_LICENSE("GPL");');
      expect(patch).toContain('+ccflags-y += -DHELLO_EXTRA');
      expect(r.summary).toMatch(/could not be posted as a review/);
    }, 120_000);
  }

  it('keeps the earlier review when the new one cannot be posted', async () => {
    await run();
    const before = ours().map((c) => c.id);
    gh.reviewComments.find((c) => c.id === before[0])!.body += '\nstale';
    gh.faults = [{ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422 }];
    await run({ runId: 5 });
    expect(ours().map((c) => c.id)).toEqual(before);
    expect(gh.requests.some((q) => q.method === 'DELETE')).toBe(false);
  }, 120_000);

  it('on a push, every fix goes to the patch (suggest: true)', async () => {
    const r = await run({ event: 'push', inputs: { suggest: 'true' } });
    const patch = readFileSync(r.outputs['fix-file'], 'utf8');
    expect(patch).toContain('+MODULE_LICENSE("GPL");');
    expect(patch).toContain('+ccflags-y += -DHELLO_EXTRA');
    expect(gh.reviews).toEqual([]);
  }, 120_000);
});
