import { describe, expect, it } from 'vitest';
import { parseMakefile } from '../../src/model/make/parse.js';

const CANONICAL = `# SPDX-License-Identifier: GPL-2.0
ifneq ($(KERNELRELEASE),)
obj-m := foo.o
foo-y := foo_main.o foo_hw.o
else
KDIR ?= /lib/modules/$(shell uname -r)/build
default:
\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules
clean:
\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean
endif
`;

describe('parseMakefile', () => {
  it('reads the canonical wrapper with conditions, rules and recipes', () => {
    const mf = parseMakefile('Makefile', CANONICAL, 'Makefile');
    expect(mf.notes).toEqual([]);
    const objm = mf.assignments.find((a) => a.name === 'obj-m');
    expect(objm).toMatchObject({ op: ':=', value: 'foo.o', line: 3 });
    expect(objm?.conditions).toEqual([{ directive: 'ifneq', args: '($(KERNELRELEASE),)', negated: false, line: 2 }]);
    const kdir = mf.assignments.find((a) => a.name === 'KDIR');
    expect(kdir).toMatchObject({ op: '?=', line: 6 });
    expect(kdir?.conditions[0].negated).toBe(true);
    expect(mf.rules.map((r) => r.targets[0])).toEqual(['default', 'clean']);
    expect(mf.rules[0].recipe).toEqual([{ text: '$(MAKE) -C $(KDIR) M=$(CURDIR) modules', line: 8 }]);
    expect(mf.defaultTarget).toBe('default');
  });

  it('knows every assignment operator, override and export', () => {
    const mf = parseMakefile(
      'Makefile',
      [
        'A = 1',
        'B := 2',
        'C ::= 3',
        'D ?= 4',
        'E += 5',
        'F != echo 6',
        'override G := 7',
        'export H = 8',
        'export override I ?= 9',
        'J:=10',
      ].join('\n'),
      'Makefile',
    );
    expect(mf.assignments.map((a) => [a.name, a.op, a.value, a.override, a.export])).toEqual([
      ['A', '=', '1', false, false],
      ['B', ':=', '2', false, false],
      ['C', '::=', '3', false, false],
      ['D', '?=', '4', false, false],
      ['E', '+=', '5', false, false],
      ['F', '!=', 'echo 6', false, false],
      ['G', ':=', '7', true, false],
      ['H', '=', '8', false, true],
      ['I', '?=', '9', true, true],
      ['J', ':=', '10', false, false],
    ]);
    expect(mf.rules).toEqual([]);
  });

  it('separates target-specific variables, static patterns, order-only and ; recipes', () => {
    const mf = parseMakefile(
      'Makefile',
      ['all: CFLAGS += -O2', 'all: a b | c', 'x.o y.o: %.o: %.c ; cc -c $< # keep', 'dbl:: one', '.PHONY: all'].join('\n'),
      'Makefile',
    );
    expect(mf.assignments[0]).toMatchObject({ name: 'CFLAGS', op: '+=', value: '-O2', target: 'all' });
    expect(mf.rules[0]).toMatchObject({ targets: ['all'], prerequisites: ['a', 'b'], orderOnly: ['c'] });
    expect(mf.rules[1]).toMatchObject({ targets: ['x.o', 'y.o'], prerequisites: ['%.c'], recipe: [{ text: 'cc -c $< # keep', line: 3 }] });
    expect(mf.rules[2]).toMatchObject({ targets: ['dbl'], doubleColon: true });
    expect(mf.defaultTarget).toBe('all');
  });

  it('joins continuation lines and keeps the first line number', () => {
    const mf = parseMakefile(
      'Makefile',
      'obj-m += a.o \\\n\tb.o \\\n  c.o\nall:\n\t$(MAKE) -C $(KDIR) \\\n\t  M=$(CURDIR) modules\n',
      'Makefile',
    );
    expect(mf.assignments[0]).toMatchObject({ value: 'a.o b.o c.o', line: 1 });
    expect(mf.rules[0].recipe).toEqual([{ text: '$(MAKE) -C $(KDIR)    M=$(CURDIR) modules', line: 5 }]);
  });

  it('strips comments but not escaped hashes, and ignores comment lines inside recipes', () => {
    const mf = parseMakefile('Makefile', 'X := a # note\nY := \\#b\nall:\n# comment\n\techo hi\n', 'Makefile');
    expect(mf.assignments.map((a) => a.value)).toEqual(['a', '\\#b']);
    expect(mf.rules[0].recipe).toEqual([{ text: 'echo hi', line: 5 }]);
  });

  it('handles else ifeq chains and nested conditionals', () => {
    const mf = parseMakefile(
      'Makefile',
      ['ifeq ($(A),1)', 'X := 1', 'else ifdef B', 'X := 2', 'else', 'ifndef C', 'X := 3', 'endif', 'endif', 'Y := 4'].join('\n'),
      'Makefile',
    );
    const c = mf.assignments.map((a) => a.conditions.map((k) => `${k.negated ? '!' : ''}${k.directive} ${k.args}`));
    expect(c).toEqual([['ifeq ($(A),1)'], ['!ifeq ($(A),1)', 'ifdef B'], ['!ifeq ($(A),1)', '!ifdef B', 'ifndef C'], []]);
    expect(mf.notes).toEqual([]);
  });

  it('reads includes and define blocks', () => {
    const mf = parseMakefile(
      'Kbuild',
      [
        'include $(src)/common.mk',
        '-include local.mk other.mk',
        'sinclude opt.mk',
        'define HELP',
        'obj-m := not-real.o',
        'endef',
        'obj-m := real.o',
      ].join('\n'),
      'Kbuild',
    );
    expect(mf.includes.map((i) => [i.path, i.optional, i.line])).toEqual([
      ['$(src)/common.mk', false, 1],
      ['local.mk', true, 2],
      ['other.mk', true, 2],
      ['opt.mk', true, 3],
    ]);
    expect(mf.assignments.map((a) => [a.name, a.define ?? false, a.line])).toEqual([
      ['HELP', true, 4],
      ['obj-m', false, 7],
    ]);
  });

  it('gives a partial model and notes for unbalanced conditionals', () => {
    const mf = parseMakefile('Makefile', 'endif\nifeq ($(X),)\nobj-m := a.o\nelse\nelse\n', 'Makefile');
    expect(mf.assignments).toHaveLength(1);
    expect(mf.notes.map((n) => n.message)).toEqual([
      'endif without a matching if; ignored',
      'more than one else for one conditional',
      'ifeq without endif; the conditional runs to the end of the file',
    ]);
  });

  it('skips binary garbage with a note and keeps line numbers', () => {
    const mf = parseMakefile('Makefile', '\u0000\u0001\u0002garbage\u0007\nobj-m := a.o\n', 'Makefile');
    expect(mf.assignments[0]).toMatchObject({ name: 'obj-m', line: 2 });
    expect(mf.notes[0].message).toMatch(/binary data/);
  });

  it('reads a 10,000-line Makefile quickly', () => {
    const lines = ['obj-m := big.o'];
    for (let i = 0; i < 10_000; i++) lines.push(i % 2 ? `big-y += part${i}.o` : `ifdef CONFIG_${i}\nV${i} := $(V${i - 1}) x\nendif`);
    const start = performance.now();
    const mf = parseMakefile('Makefile', lines.join('\n'), 'Makefile');
    expect(performance.now() - start).toBeLessThan(2000);
    expect(mf.assignments.length).toBe(10_001);
    expect(mf.notes).toEqual([]);
  });

  it('does not take pattern or special targets as the default, and honours .DEFAULT_GOAL', () => {
    expect(parseMakefile('Makefile', '.PHONY: all\n%.o: %.c\n\tcc\nall: x\n', 'Makefile').defaultTarget).toBe('all');
    expect(parseMakefile('Makefile', 'all: x\n.DEFAULT_GOAL := modules\n', 'Makefile').defaultTarget).toBe('modules');
  });

  it('notes lines make could not parse', () => {
    const mf = parseMakefile('Makefile', 'this is not make\nobj-m := a.o\n', 'Makefile');
    expect(mf.notes[0]).toMatchObject({ line: 1 });
    expect(mf.assignments).toHaveLength(1);
  });
});
