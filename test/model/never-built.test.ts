// Code a kernel build never compiles (`#if 0`, other operating systems, user space) is left out of
// the C facts, so no C rule reports it; one note per repository counts it.

import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { BranchGroup, evalCondition } from '../../src/model/c/never-built.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { auditFiles, GOOD_MODULE } from '../helpers/rule-tester.js';

describe('conditions of a kernel build', () => {
  it('knows what kbuild and the compiler define, and nothing else', () => {
    expect(evalCondition('0')).toBe(false);
    expect(evalCondition('( 0 )')).toBe(false);
    expect(evalCondition('1')).toBe(true);
    expect(evalCondition('defined(_WIN32)')).toBe(false);
    expect(evalCondition('defined __FreeBSD__ || defined(__APPLE__)')).toBe(false);
    expect(evalCondition('!defined(__KERNEL__)')).toBe(false);
    expect(evalCondition('defined(__linux__) && !defined(_WIN32)')).toBe(true);
    expect(evalCondition('defined(CONFIG_PM) || defined(_WIN32)')).toBeUndefined();
    expect(evalCondition('LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)')).toBeUndefined();
    expect(evalCondition('CONFIG_X')).toBeUndefined();
  });

  it('decides each branch of a group: an #else after an always-taken branch is dead', () => {
    const kernel = new BranchGroup();
    expect([kernel.enter('ifdef', '__KERNEL__'), kernel.enter('else', '')]).toEqual([undefined, 'other-os']);
    const win = new BranchGroup();
    expect([win.enter('ifdef', '_WIN32'), win.enter('elif', 'defined(CONFIG_X)'), win.enter('else', '')]).toEqual([
      'other-os',
      undefined,
      undefined,
    ]);
    const zero = new BranchGroup();
    expect([zero.enter('if', '0'), zero.enter('else', '')]).toEqual(['if-0', undefined]);
    const one = new BranchGroup();
    expect([one.enter('if', '1'), one.enter('else', '')]).toEqual([undefined, 'if-0']);
  });
});

const DEAD = [
  '// SPDX-License-Identifier: GPL-2.0',
  '#include <linux/module.h>',
  '#include <linux/uaccess.h>',
  '#ifndef __KERNEL__',
  '#include <stdio.h>',
  '#endif',
  '',
  '#if 0',
  'static long old_ioctl(void __user *p)',
  '{',
  '\tint v;',
  '\tcopy_from_user(&v, p, sizeof(v));',
  '\treturn v;',
  '}',
  '#endif',
  '',
  'static long dead_ioctl(void __user *p)',
  '{',
  '\tint v = 0;',
  '#ifdef _WIN32',
  '\tcopy_from_user(&v, p, sizeof(v));',
  '#else',
  '\tif (copy_from_user(&v, p, sizeof(v)))',
  '\t\treturn -EFAULT;',
  '#endif',
  '\treturn v;',
  '}',
  '',
].join('\n');

describe('never-built code in the C facts', () => {
  it('drops the calls, functions and includes of dead branches and keeps their lines', () => {
    const f = readCFile('dead.c', DEAD);
    expect(f.functions.map((d) => d.name)).toEqual(['dead_ioctl']);
    expect(f.calls.filter((c) => c.name === 'copy_from_user').map((c) => c.line)).toEqual([23]);
    expect(f.includes.map((i) => i.path)).toEqual(['linux/module.h', 'linux/uaccess.h']);
    expect(f.neverBuilt.map((r) => [r.line, r.endLine, r.reason])).toEqual([
      [5, 5, 'other-os'],
      [9, 14, 'if-0'],
      [21, 21, 'other-os'],
    ]);
    expect(f.text).toBe(DEAD);
  });

  it('gives the syntax layer the Linux branch of `#ifdef _WIN32 ... #else`', () => {
    const f = readCFile('dead.c', DEAD);
    const body = parseFunctionBody(f, f.functions[0]);
    expect(body.problems).toEqual([]);
    expect(body.body.map((s) => [s.kind, s.line])).toEqual([
      ['expr', 19],
      ['if', 23],
      ['return', 26],
    ]);
  });

  it('reports nothing from dead code and counts it in one note', async () => {
    const report = await auditFiles({ ...GOOD_MODULE, 'good.c': `${GOOD_MODULE['good.c']}\n${DEAD.split('\n').slice(1).join('\n')}` });
    expect(report.findings.filter((f) => f.ruleId === 'security/unchecked-user-copy')).toEqual([]);
    const notes = report.notes.filter((n) => n.message.includes('never compiles'));
    expect(notes.map((n) => n.message)).toEqual([
      'code a kernel build never compiles is left out of the C rules: 1 `#if 0` block and 2 branches for other operating systems or user space (8 lines in 1 file)',
    ]);
  });
});
