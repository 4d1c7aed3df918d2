// Fix hunks as suggestion comments: replacements on their lines, insertions anchored on the line before (kept in
// the suggestion), anything touching an unchanged line sent to the patch instead.

import { describe, expect, it } from 'vitest';
import { planSuggestions } from '../../src/github/suggestions.js';

const change = (before: string, after: string) => ({ file: 'm.c', before: Buffer.from(before), after: Buffer.from(after) });
const changed = (lines: number[]) => new Map([['m.c', { path: 'drv/m.c', status: 'modified', lines: new Set(lines) }]]);
const applied = [{ ruleId: 'license/unknown-module-license', file: 'm.c', line: 2 }];

describe('planSuggestions', () => {
  it('a replaced line the PR changed becomes a one-line suggestion with the repository path', () => {
    const plan = planSuggestions([change('a\nMODULE_LICENSE("GPLv2");\n', 'a\nMODULE_LICENSE("GPL");\n')], changed([2]), applied, 'drv');
    expect(plan.patch).toBe('');
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]).toMatchObject({ path: 'drv/m.c', line: 2, side: 'RIGHT' });
    expect(plan.comments[0].start_line).toBeUndefined();
    expect(plan.comments[0].body).toContain('`license/unknown-module-license`');
    expect(plan.comments[0].body.endsWith('```suggestion\nMODULE_LICENSE("GPL");\n```')).toBe(true);
  });

  it('an insertion is suggested on the line before it, which the suggestion repeats', () => {
    const plan = planSuggestions([change('a\nb\nc\n', 'a\nb\nNEW\nc\n')], changed([2]), []);
    expect(plan.comments[0]).toMatchObject({ line: 2 });
    expect(plan.comments[0].body).toContain('```suggestion\nb\nNEW\n```');
  });

  it('a hunk over several lines uses start_line; one touching an unchanged line goes to the patch', () => {
    const both = planSuggestions([change('a\nb\nc\n', 'A\nB\nc\n')], changed([1, 2]), []);
    expect(both.comments[0]).toMatchObject({ start_line: 1, line: 2, start_side: 'RIGHT' });
    const partly = planSuggestions([change('a\nb\nc\n', 'A\nB\nc\n')], changed([2]), [], 'drv');
    expect(partly.comments).toEqual([]);
    expect(partly.outsideHunks).toBe(1);
    expect(partly.patch).toContain('--- a/drv/m.c\n+++ b/drv/m.c\n');
  });

  it('new files and files the PR did not touch go to the patch', () => {
    const plan = planSuggestions(
      [
        { file: '.gitignore', after: Buffer.from('*.o\n') },
        { ...change('x\n', 'y\n'), file: 'other.c' },
      ],
      changed([1]),
      [],
    );
    expect(plan.comments).toEqual([]);
    expect(plan.patch).toContain('+++ b/.gitignore');
    expect(plan.patch).toContain('+++ b/other.c');
  });

  it('a longer fence when the fixed text holds backticks', () => {
    const plan = planSuggestions([change('a\n', '/* ``` */\n')], changed([1]), []);
    expect(plan.comments[0].body).toContain('````suggestion\n/* ``` */\n````');
  });
});

it('an insertion at the top is suggested on line 1, which follows it', () => {
  const plan = planSuggestions([change('a\nb\n', '// SPDX-License-Identifier: GPL-2.0\na\nb\n')], changed([1]), []);
  expect(plan.comments[0]).toMatchObject({ line: 1 });
  expect(plan.comments[0].body).toContain('```suggestion\n// SPDX-License-Identifier: GPL-2.0\na\n```');
});
