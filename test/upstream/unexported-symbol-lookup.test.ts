import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/upstream/unexported-symbol-lookup.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withCode = (lines: string[]) => ({
  ...GOOD_MODULE,
  'good.c': `${GOOD_MODULE['good.c']}\n${lines.join('\n')}\n`,
});
const BASE = GOOD_MODULE['good.c'].split('\n').length;

describe('upstream/unexported-symbol-lookup', () => {
  it('accepts ordinary code and mentions in comments', () => {
    expect(runRule(rule, withCode(['/* we no longer use kallsyms_lookup_name or /proc/kallsyms */']))).toEqual([]);
  });

  it('reports the kprobe trick, direct calls, sys_call_table and reading /proc/kallsyms', () => {
    const found = runRule(
      rule,
      withCode([
        'static struct kprobe kp = { .symbol_name = "kallsyms_lookup_name" };',
        'typedef unsigned long (*lookup_t)(const char *);',
        'static unsigned long find(const char *n) { return kallsyms_lookup_name(n); }',
        'static unsigned long **table;',
        'static void hook(void) { table = (unsigned long **)sys_call_table; }',
        'static void rd(void) { filp_open("/proc/kallsyms", O_RDONLY, 0); }',
      ]),
    );
    expect(found.map((f) => [(f.line ?? 0) - BASE, f.message.split(':')[0]])).toEqual([
      [1, '"kallsyms_lookup_name"'],
      [3, 'kallsyms_lookup_name'],
      [5, 'sys_call_table'],
      [6, '"/proc/kallsyms"'],
    ]);
    expect(found[1].message).toMatch(/not exported to modules since Linux 5\.7/);
  });

  it('reports one finding per line', () => {
    const found = runRule(rule, withCode(['static void *p = (void *)kallsyms_lookup_name("kallsyms_on_each_symbol");']));
    expect(found).toHaveLength(1);
    expect(found[0].column).toBeGreaterThan(1);
  });

  it('does not take a log message naming the symbol for a lookup', () => {
    const found = runRule(
      rule,
      withCode([
        'static void log_it(unsigned long a) { pr_info("kallsyms_lookup_name() => 0x%lx\\n", a); }',
        "static void fail(void) { pr_err(\"Can't find 'kallsyms_lookup_name'\\n\"); }",
        'static void hint(void) { pr_err("see /proc/kallsyms for the address\\n"); }',
      ]),
    );
    expect(found).toEqual([]);
  });

  it('accepts kallsyms_* calls compiled only below 5.7, where they were exported', () => {
    const found = runRule(
      rule,
      withCode([
        '#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 7, 0)',
        'static struct kprobe kp = { .symbol_name = "kallsyms_lookup_name" };',
        '#else',
        'static int each(void *d, const char *n, struct module *m, unsigned long a) { return 0; }',
        'static int walk(void) { return kallsyms_on_each_symbol(each, NULL); }',
        '#endif',
        '#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 7, 0)',
        'static void *t(void) { return (void *)kallsyms_lookup_name("sys_call_table"); }',
        '#endif',
      ]),
    );
    expect(found.map((f) => [(f.line ?? 0) - BASE, f.message.split(':')[0]])).toEqual([
      [2, '"kallsyms_lookup_name"'],
      [8, '"sys_call_table"'],
    ]);
  });
});
