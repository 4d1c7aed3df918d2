// Pathological gitignore patterns: the scan's matcher must stay fast on them and mean what git means.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/scan/index.js';
import { IgnoreRules, MAX_PATTERN_LENGTH } from '../../src/scan/glob.js';
import { writeRepo } from '../helpers/rule-tester.js';

const timed = <T>(f: () => T): [T, number] => {
  // CPU time: the bounds must hold on a machine shared with other jobs.
  const t = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(t);
  return [r, (used.user + used.system) / 1000];
};

describe('gitignore matching under hostile patterns', () => {
  it('matches `**/` repeated dozens of times in linear time, with a note', () => {
    const ig = new IgnoreRules().add(`# hostile\n${'**/'.repeat(40)}x\n`);
    const deep = `${Array.from({ length: 60 }, (_, i) => `d${i}`).join('/')}/y.c`;
    const [hit, ms] = timed(() => [ig.ignores(deep), ig.ignores(`${deep.slice(0, -3)}x`)]);
    expect(hit).toEqual([false, true]);
    expect(ms).toBeLessThan(200);
    expect(ig.problems).toEqual([{ line: 2, message: expect.stringMatching(/40 consecutive `\*\*` read as one/) }]);
  });

  it('matches many stars in one segment against long names quickly', () => {
    const ig = new IgnoreRules().add(['*a'.repeat(30) + 'b', '?*'.repeat(30) + 'c']);
    const names = Array.from({ length: 200 }, (_, i) => `${'a'.repeat(250)}${i}`);
    const [, ms] = timed(() => names.map((n) => ig.ignores(n)));
    expect(ms).toBeLessThan(1000);
    expect(ig.ignores(`${'a'.repeat(40)}b`)).toBe(true);
  });

  it('drops a pattern longer than the cap with a note naming its line', () => {
    const ig = new IgnoreRules().add(`ok\n${'a'.repeat(MAX_PATTERN_LENGTH + 1)}\n`);
    expect(ig.problems).toEqual([{ line: 2, message: expect.stringMatching(/longer than/) }]);
    expect(ig.ignores('ok')).toBe(true);
  });

  it('means what git means (negation, folders, anchoring, classes, trailing /**)', () => {
    const ig = new IgnoreRules().add(['*.o', '!keep.o', 'build/', '/top.txt', 'docs/**', 'x[0-9].c', 'a/**/z']);
    const cases: [string, boolean][] = [
      ['m.o', true],
      ['sub/m.o', true],
      ['keep.o', false],
      ['build/', true],
      ['build/out.c', true],
      ['build', false],
      ['top.txt', true],
      ['sub/top.txt', false],
      ['docs/', false],
      ['docs/a.md', true],
      ['x1.c', true],
      ['xa.c', false],
      ['a/z', true],
      ['a/b/c/z', true],
    ];
    for (const [p, want] of cases) expect(ig.ignores(p), p).toBe(want);
  });

  it('agrees with git check-ignore on what the `ignore` package gets wrong', () => {
    const ig = new IgnoreRules().add(['[!a]/*', '**/**/b']);
    expect(ig.ignores('b/x')).toBe(true); // git: ignored (the `ignore` package says not)
    expect(ig.ignores('a/x')).toBe(false);
    expect(ig.ignores('b')).toBe(true); // `**/**/b` matches at the top, as in git
  });
});

describe('scanning a repository with hostile ignore patterns', () => {
  it('finishes quickly, notes the .gitignore line and the config entry', () => {
    const root = writeRepo({
      Makefile: 'obj-m := a.o\n',
      'a.c': 'int a;\n',
      '.gitignore': `*.o\n${'**/'.repeat(50)}*.tmp\n${'*a'.repeat(40)}b\n`,
    });
    let dir = root;
    for (let i = 0; i < 40; i++) {
      dir = path.join(dir, `${'a'.repeat(30)}${i}`);
      mkdirSync(dir);
      writeFileSync(path.join(dir, `${'a'.repeat(200)}.c`), 'int x;\n');
    }
    execFileSync('git', ['init', '-q'], { cwd: root });
    const [scan, ms] = timed(() => scanRepository(root, { ignore: [`${'**/'.repeat(30)}vendor`], ignoreSource: '.lkm-audit.yml' }));
    expect(ms).toBeLessThan(5000);
    expect(scan.files.has('a.c')).toBe(true);
    expect(scan.notes).toContainEqual({ file: '.gitignore', line: 2, message: expect.stringMatching(/50 consecutive/) });
    expect(scan.notes).toContainEqual({ file: '.lkm-audit.yml', message: expect.stringMatching(/^ignore: entry 1 .*30 consecutive/) });
  });
});
