// Make expansion under hostile input: deep nesting, exponential variable chains and huge values must end quickly
// with "value unknown" and one note naming the file and line, never a stack overflow or a hang.

import { describe, expect, it } from 'vitest';
import { ExpansionBudget, expand, referencedVariables } from '../../src/model/make/expand.js';
import { resolveObjEntries } from '../../src/model/make/obj-entries.js';
import { parseMakefile } from '../../src/model/make/parse.js';
import { shellWords } from '../../src/model/make/wrapper.js';
import type { AnalysisNote } from '../../src/types.js';

function resolve(files: Record<string, string>) {
  const notes: AnalysisNote[] = [];
  const parsed = Object.entries(files).map(([p, t]) => parseMakefile(p, t, p.endsWith('Kbuild') ? 'Kbuild' : 'Makefile'));
  // CPU time: the bounds must hold on a machine shared with other jobs.
  const started = process.cpuUsage();
  const entries = resolveObjEntries(parsed, notes);
  const used = process.cpuUsage(started);
  return { entries, notes, ms: (used.user + used.system) / 1000 };
}

/** `V1` refers to `V0` ten times, `V2` to `V1` ten times ...: 10^n expansions when done naively. */
function chain(n: number, op: '=' | ':='): string {
  let mk = 'V0 := x\n';
  for (let i = 1; i <= n; i++) mk += `V${i} ${op} ${`$(V${i - 1}) `.repeat(10)}\n`;
  return mk;
}

describe('make expansion work budget', () => {
  it('expands thousands of nested references without overflowing the stack: value unknown', () => {
    const deep = `${'$(strip '.repeat(5000)}a.o${')'.repeat(5000)}`;
    const e = expand(deep, () => undefined);
    expect(e.resolved).toBe(false);
    expect(e.exhausted).toMatch(/nested deeper than/);
    const names = `${'$('.repeat(20_000)}X${')'.repeat(20_000)}`;
    expect(expand(names, () => undefined).resolved).toBe(false);
    expect(() => referencedVariables(names)).not.toThrow();
    expect(() => shellWords(names)).not.toThrow();
  });

  it('keeps ordinary nesting resolved', () => {
    const e = expand('$(strip $(addsuffix .o,$(basename $(notdir a/b.c c/d.c))))', () => undefined);
    expect(e).toMatchObject({ value: 'b.o d.o', resolved: true });
  });

  it('stops a chain of variables each referring to the previous ten times, quickly, with one note', () => {
    const { entries, notes, ms } = resolve({ Makefile: `${chain(30, '=')}obj-m := $(V30:x=a.o)\nobj-m += b.o\n` });
    expect(ms).toBeLessThan(3000);
    // The blown-up line gives nothing; the next line is still read.
    expect(entries.map((e) => e.name)).toEqual(['b']);
    const budget = notes.filter((n) => /expansion/.test(n.message));
    expect(budget).toHaveLength(1);
    expect(budget[0]).toMatchObject({ file: 'Makefile', line: 32 });
    expect(budget[0].message).toMatch(/value unknown|unknown/);
  });

  it('stops the same chain written with := (expanded at assignment) as value unknown', () => {
    const { entries, notes, ms } = resolve({ Makefile: `${chain(30, ':=')}obj-m := $(V30:x=a.o)\nobj-m += b.o\n` });
    expect(ms).toBeLessThan(3000);
    expect(entries.map((e) => e.name)).toEqual(['b']);
    expect(notes.filter((n) => /expansion/.test(n.message))).toHaveLength(1);
  });

  it('bounds the work of one audit across files', () => {
    const lookup = () => undefined;
    const text = `${'$(strip a b c) '.repeat(40)}`;
    // The work of one expansion of `text`, measured on a budget of its own.
    const probe = new ExpansionBudget({ perFile: 1e6, perAudit: 1e6 });
    expand(text, lookup, { budget: probe, file: 'w' });
    const w = 1e6 - probe.left('w').units;
    const budget = new ExpansionBudget({ perFile: 2.5 * w, perAudit: 4.2 * w });
    expect(expand(text, lookup, { budget, file: 'a/Makefile', line: 1 }).resolved).toBe(true);
    expect(expand(text, lookup, { budget, file: 'a/Makefile', line: 2 }).resolved).toBe(true);
    expect(expand(text, lookup, { budget, file: 'a/Makefile', line: 3 }).exhausted).toMatch(/a\/Makefile/);
    expect(expand(text, lookup, { budget, file: 'b/Makefile', line: 1 }).resolved).toBe(true);
    expect(expand(text, lookup, { budget, file: 'c/Makefile', line: 1 }).exhausted).toMatch(/this audit/);
    expect(budget.notes.map((n) => [n.file, n.line])).toEqual([
      ['a/Makefile', 3],
      ['c/Makefile', 1],
    ]);
  });

  it('reads a deeply nested $( ... ) Makefile through the parser and resolver', () => {
    const deep = `${'$('.repeat(5000)}${')'.repeat(5000)}`;
    const { entries, notes, ms } = resolve({
      Makefile: `Y := ${deep}\nobj-m := ${'$(strip '.repeat(5000)}a.o${')'.repeat(5000)}\nobj-m += b.o\n`,
    });
    expect(ms).toBeLessThan(3000);
    expect(entries.map((e) => e.name)).toEqual(['b']);
    expect(notes.some((n) => n.file === 'Makefile' && n.line === 1 && /nested deeper/.test(n.message))).toBe(true);
  });

  it('reads 50,000 obj-m += lines in linear time', () => {
    const mk = Array.from({ length: 50_000 }, (_, i) => `obj-m += m${i}.o`).join('\n');
    const { entries, ms } = resolve({ Makefile: mk });
    expect(entries).toHaveLength(50_000);
    expect(ms).toBeLessThan(5000);
  });
});

describe('make conditions under hostile input', () => {
  it('evaluates a costly ifeq once for the 20,000 lines it encloses', () => {
    let blowUp = 'a';
    for (let i = 0; i < 12; i++) blowUp = `$(subst a,aaaaaaaaaa,${blowUp})`;
    const body = Array.from({ length: 20_000 }, (_, i) => `obj-m += m${i}.o`).join('\n');
    const { entries, ms } = resolve({ Makefile: `ifeq (${blowUp},x)\n${body}\nelse\nobj-m += other.o\nendif\n` });
    expect(ms).toBeLessThan(5000);
    // The condition is unknown (too costly to evaluate): entries are kept, as for any unknown condition.
    expect(entries.length).toBeGreaterThan(0);
  });
});
