// PR mode's pure parts: the patch parser, which findings a pull request answers for, and how API errors are read.

import { describe, expect, it } from 'vitest';
import { addedLines } from '../../src/github/changed-files.js';
import { classify } from '../../src/github/problems.js';
import { scopeFiles, scopeFindings } from '../../src/github/pr-scope.js';
import type { Finding } from '../../src/types.js';

const f = (over: Partial<Finding>): Finding => ({ ruleId: 'x/y', severity: 'error', message: 'm', help: 'https://h', ...over });

describe('addedLines', () => {
  it('numbers added lines in the new file across hunks, skipping removed ones', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+C', ' d', '@@ -10,2 +11,2 @@', ' x', '+y', '\\ No newline at end of file'].join(
      '\n',
    );
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });
});

describe('scopeFindings', () => {
  const changed = scopeFiles(
    [
      { path: 'driver/a.c', status: 'modified', lines: new Set([5, 6]) },
      { path: 'driver/new.c', status: 'added', lines: 'all' },
      { path: 'other/z.c', status: 'modified', lines: 'all' },
    ],
    'driver',
  );

  it('keeps findings on changed lines (any line of their range) and in added files', () => {
    const head = [
      f({ file: 'a.c', line: 5 }),
      f({ file: 'a.c', line: 1 }),
      f({ file: 'a.c', line: 3, endLine: 6 }),
      f({ file: 'new.c', line: 99 }),
      f({ file: 'z.c', line: 1 }),
    ];
    expect(scopeFindings(head, { changed }).kept).toEqual([head[0], head[2], head[3]]);
  });

  it('keeps repository-level findings only when the base did not have them', () => {
    const old = f({ ruleId: 'docs/missing-readme', message: 'no README' });
    const fresh = f({ ruleId: 'license/missing-license-file', message: 'no LICENSE' });
    const result = scopeFindings([old, fresh], { changed, baseFindings: [old] });
    expect(result.kept).toEqual([fresh]);
    expect(result.introduced).toEqual([fresh]);
    expect(result.fixed).toEqual([]);
  });

  it('never calls a build finding new or fixed: the base is not built', () => {
    const build = f({ ruleId: 'build/compile-error', file: 'a.c', line: 5, kernel: '6.12' });
    const result = scopeFindings([build], { changed, baseFindings: [] });
    expect(result.kept).toEqual([build]);
    expect(result.introduced).toEqual([]);
  });
});

describe('API errors', () => {
  const httpError = (status: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error('boom'), { status, response: { headers } });

  it('classifies without leaking a token from the message', () => {
    const p = classify('posting', httpError(422, {}));
    expect(p.kind).toBe('invalid');
    const secret = Object.assign(new Error('bad ghp_abcdefghijklmnopqrstuvwxyz0123'), { status: 401, response: { headers: {} } });
    expect(classify('x', secret)).toMatchObject({ kind: 'auth' });
    expect(classify('x', secret).detail).not.toContain('ghp_abcdef');
  });
});
