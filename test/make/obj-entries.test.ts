import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveObjEntries } from '../../src/model/make/obj-entries.js';
import { parseMakefile } from '../../src/model/make/parse.js';
import type { AnalysisNote } from '../../src/types.js';

function resolve(files: Record<string, string>, notes?: AnalysisNote[]) {
  const parsed = Object.entries(files).map(([p, t]) => parseMakefile(p, t, p.endsWith('Kbuild') ? 'Kbuild' : 'Makefile'));
  return resolveObjEntries(parsed, notes);
}

describe('resolveObjEntries', () => {
  it('resolves the canonical wrapper with a composite module', () => {
    const e = resolve({
      Makefile: 'ifneq ($(KERNELRELEASE),)\nobj-m := foo.o\nfoo-y := foo_main.o foo_hw.o\nelse\nKDIR ?= /x\nendif\n',
    });
    expect(e).toEqual([
      {
        name: 'foo',
        subdir: false,
        file: 'Makefile',
        line: 2,
        parts: ['foo_main.o', 'foo_hw.o'],
        partsLine: 3,
        partsFile: 'Makefile',
        dir: '.',
        via: 'obj-m',
      },
    ]);
  });

  it('expands obj-$(CONFIG_X) set with ?= or := m, and variables in names and parts', () => {
    const e = resolve({
      Makefile: [
        'CONFIG_FOO ?= m',
        'export CONFIG_BAR := m',
        'CONFIG_OFF := n',
        'MOD = drv',
        'obj-$(CONFIG_FOO) += $(MOD).o',
        'obj-$(CONFIG_BAR) += bar.o',
        'obj-$(CONFIG_OFF) += off.o',
        '$(MOD)-objs := a.o',
        '$(MOD)-$(CONFIG_FOO) += b.o',
        'bar-y := $(patsubst %.c,%.o,x.c y.c)',
      ].join('\n'),
    });
    expect(e.map((x) => [x.name, x.parts, x.via])).toEqual([
      ['drv', ['a.o', 'b.o'], 'obj-$(CONFIG_FOO)'],
      ['bar', ['x.o', 'y.o'], 'obj-$(CONFIG_BAR)'],
    ]);
  });

  it('takes CONFIG_X=m from the wrapper command line', () => {
    const e = resolve({ Makefile: 'obj-$(CONFIG_R) := r.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) CONFIG_R=m modules\n' });
    expect(e.map((x) => [x.name, x.unresolvedConfig])).toEqual([['r', undefined]]);
  });

  it('keeps an entry whose CONFIG the repository never sets, flagged, with a note', () => {
    const notes: AnalysisNote[] = [];
    const e = resolve({ Kbuild: 'obj-$(CONFIG_USB_X) += x.o\n' }, notes);
    expect(e.map((x) => [x.name, x.unresolvedConfig])).toEqual([['x', 'CONFIG_USB_X']]);
    expect(notes[0].message).toMatch(/CONFIG_USB_X is never set/);
  });

  it('lists subfolder entries from obj-m and obj-y, and modules in the subfolders', () => {
    const e = resolve({
      Makefile: 'obj-m += a/\nobj-y += b/ builtin.o\n',
      'a/Kbuild': 'obj-m := amod.o\n',
      'b/Makefile': 'obj-m := bmod.o\n',
    });
    expect(e.map((x) => [x.name, x.subdir, x.dir, x.file])).toEqual([
      ['a/', true, 'a', 'Makefile'],
      ['b/', true, 'b', 'Makefile'],
      ['amod', false, 'a', 'a/Kbuild'],
      ['bmod', false, 'b', 'b/Makefile'],
    ]);
  });

  it('reads Kbuild, not Makefile, in a folder with both', () => {
    const e = resolve({ Kbuild: 'obj-m := k.o\n', Makefile: 'obj-m := m.o\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR)\n' });
    expect(e.map((x) => x.name)).toEqual(['k']);
  });

  it('follows includes inside the repository', () => {
    const e = resolve({ Kbuild: 'include $(src)/mods.mk\nobj-m += $(NAME).o\n', 'mods.mk': 'NAME := inc\ninc-y := p.o q.o\n' });
    expect(e.map((x) => [x.name, x.parts, x.partsFile])).toEqual([['inc', ['p.o', 'q.o'], 'mods.mk']]);
  });

  it('ignores obj-m lines kbuild never reads (under ifeq ($(KERNELRELEASE),))', () => {
    const e = resolve({ Makefile: 'ifeq ($(KERNELRELEASE),)\nobj-m := wrong.o\nelse\nobj-m := right.o\nendif\n' });
    expect(e.map((x) => x.name)).toEqual(['right']);
  });

  it('notes what it cannot evaluate and never runs the shell', () => {
    const notes: AnalysisNote[] = [];
    const e = resolve({ Makefile: 'obj-m := $(shell touch /tmp/lkm-audit-pwned; echo x).o\nSRC != ls\nobj-m += $(SRC:.c=.o)\n' }, notes);
    expect(e).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0].message).toMatch(/shell/);
    expect(existsSync('/tmp/lkm-audit-pwned')).toBe(false);
  });

  it('survives recursive variables', () => {
    const notes: AnalysisNote[] = [];
    const e = resolve({ Makefile: 'A = $(B) a.o\nB = $(A)\nobj-m := ok.o\nobj-m += $(A)\n' }, notes);
    expect(e.map((x) => x.name)).toEqual(['ok']);
    expect(notes.length).toBe(1);
  });
});

describe('conditionals decided with the values the build files set (Realtek 8821cu pattern)', () => {
  it('a module name set in a branch the defaults do not take is not the module', () => {
    const mk = parseMakefile(
      'Makefile',
      [
        'CONFIG_RTL8821C = y',
        'CONFIG_RTL8822B = n',
        'ifeq ($(CONFIG_RTL8821C), y)',
        'MODULE_NAME = 8821cu',
        'endif',
        'ifeq ($(CONFIG_PLATFORM_VENDOR_BOARD), y)',
        'ifeq ($(CONFIG_RTL8822B), y)',
        'USER_MODULE_NAME := 8822bs',
        'endif',
        'endif',
        'USER_MODULE_NAME ?=',
        'ifneq ($(USER_MODULE_NAME),)',
        'MODULE_NAME := $(USER_MODULE_NAME)',
        'endif',
        'ifneq ($(KERNELRELEASE),)',
        'obj-m := $(MODULE_NAME).o',
        'endif',
        '',
      ].join('\n'),
      'Makefile',
    );
    expect(resolveObjEntries([mk]).map((e) => e.name)).toEqual(['8821cu']);
  });
});
