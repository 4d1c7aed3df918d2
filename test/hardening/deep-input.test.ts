// Regression tests for what fuzzing and hostile inputs found in the readers: each input here once threw a stack
// overflow or ran for seconds to minutes. Now each reader ends quickly and says the input was not analysed.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { readCFile } from '../../src/model/c/file.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { readDoc } from '../../src/model/docs/readme.js';
import { evaluateCondition, liveRange } from '../../src/model/kernels/condition.js';

const N = 20_000;

function timed<T>(f: () => T): [T, number] {
  // CPU time: the bounds must hold on a machine shared with other jobs.
  const t = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(t);
  return [r, (used.user + used.system) / 1000];
}

function bodies(body: string) {
  const cf = readCFile('x.c', `static int __init f(void)\n{\n${body}\nreturn 0;\n}\n`);
  return cf.functions.map((fn) => parseFunctionBody(cf, fn));
}

describe('C syntax layer on deeply nested bodies', () => {
  it.each([
    ['braces', `${'{'.repeat(N)}${'}'.repeat(N)}`],
    ['parentheses', `x = ${'('.repeat(N)}1${')'.repeat(N)};`],
    ['if chains', `${'if (x) '.repeat(N)}y();`],
    ['else-if chains', `if (a) b();\n${'else if (x) b();\n'.repeat(N)}`],
  ])('%s: no stack overflow, a problem instead of a body', (_name, body) => {
    const [parsed] = timed(() => bodies(body));
    expect(parsed).toHaveLength(1);
    expect(parsed[0].problems.join(' ')).toMatch(/nested deeper than \d+ levels/);
  });

  it('still lowers ordinary nesting', () => {
    const [parsed] = timed(() => bodies(`${'if (x) {'.repeat(20)}kfree(p);${'}'.repeat(20)}`));
    expect(parsed[0].problems).toEqual([]);
    expect(JSON.stringify(parsed[0].body)).toContain('kfree');
  });
});

describe('#if evaluator on deeply nested expressions', () => {
  it.each([
    ['parentheses', `${'('.repeat(100_000)}LINUX_VERSION_CODE${')'.repeat(100_000)} > KERNEL_VERSION(5,0,0)`],
    ['negations', `${'!'.repeat(100_000)}LINUX_VERSION_CODE`],
    ['unary minus', `${'-'.repeat(100_000)}1`],
  ])('%s: unknown, not a stack overflow', (_name, expr) => {
    expect(evaluateCondition(expr)).toBeUndefined();
  });

  it('still evaluates ordinary guards', () => {
    expect(evaluateCondition('((LINUX_VERSION_CODE >= KERNEL_VERSION(5, 10, 0)))')).toBeDefined();
    expect(evaluateCondition('!!(LINUX_VERSION_CODE < KERNEL_VERSION(6,1,0))')).toBeDefined();
  });
});

describe('preprocessor stacks', () => {
  it('reads 20,000 nested #if in linear time, with a note, conditions past the cap unknown', () => {
    const text = `${'#if LINUX_VERSION_CODE > KERNEL_VERSION(5,0,0)\n'.repeat(N)}int x;\n${'#endif\n'.repeat(N)}`;
    const [cf, ms] = timed(() => readCFile('x.c', text));
    expect(ms).toBeLessThan(5000);
    expect(cf.notes.join(' ')).toMatch(/nested deeper than 64 levels/);
    const conds = cf.conditionsAt(N + 1);
    expect(conds.length).toBeLessThanOrEqual(65);
    expect(liveRange(conds).exact).toBe(false);
  });

  it('keeps #elif chains of 20,000 branches linear', () => {
    const text = `#if LINUX_VERSION_CODE > KERNEL_VERSION(5,0,0)\n${'#elif defined(X)\nint y;\n'.repeat(N)}#endif\n`;
    const [cf, ms] = timed(() => readCFile('x.c', text));
    expect(ms).toBeLessThan(5000);
    expect(cf.conditionsAt(2 * N)[0].previous.length).toBeLessThanOrEqual(65);
  });
});

describe('README reader on deeply nested Markdown', () => {
  it.each([
    ['nested lists', Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
    ['nested quotes', `${'> '.repeat(300)}x\n`.repeat(3)],
    ['open brackets', `${'['.repeat(100_000)}x${']'.repeat(100_000)}`],
  ])('%s: read as plain text, quickly', (_name, text) => {
    const [doc, ms] = timed(() => readDoc('README.md', text));
    expect(ms).toBeLessThan(2000);
    expect(doc.prose.length).toBeGreaterThan(0);
  });

  it('still reads an ordinary README as Markdown', () => {
    const doc = readDoc('README.md', '# Build\n\n```sh\nmake\n```\n\n- a\n  - b\n');
    expect(doc.sections.map((s) => s.heading)).toContain('Build');
  });
});

describe('config syntax errors', () => {
  it('reports the first few YAML errors, not one per character', () => {
    const { errors } = parseConfig('.lkm-audit.yml', `${'['.repeat(250)}\n---\n${']'.repeat(250)}`, new Set());
    expect(errors.length).toBeLessThanOrEqual(6);
    expect(errors.at(-1)?.message).toMatch(/more YAML syntax errors/);
  });
});
