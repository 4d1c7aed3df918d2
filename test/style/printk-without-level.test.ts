import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/style/printk-without-level.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withBody = (lines: string[]) => ({
  ...GOOD_MODULE,
  'good.c': ['#include <linux/module.h>', 'static void f(int a)', '{', ...lines, '}', ''].join('\n'),
});

describe('style/printk-without-level', () => {
  it('accepts printk with a level, also on the next line, pr_* and mentions in comments or strings', () => {
    const lines = [
      '\tprintk(KERN_INFO "a %d\\n", a);',
      '\tprintk(',
      '\t       KERN_ERR "b\\n");',
      '\tpr_info("printk(x)\\n");',
      '\t/* printk("not code") */',
      '\tprintk_once(KERN_INFO "once\\n");',
    ];
    expect(runRule(rule, withBody(lines))).toEqual([]);
  });

  it('reports printk without a level', () => {
    const lines = ['\tprintk("a\\n");', '\tprintk (DRV_PREFIX "b\\n");', '\tprintk(KERN_INFO "ok\\n");'];
    const found = runRule(rule, withBody(lines));
    expect(found).toEqual([{ file: 'good.c', line: 4, message: '2 printk() calls without a KERN_<LEVEL> (lines 4, 5)' }]);
  });

  it('leaves a printk whose level is an argument of the macro around it to the macro callers', () => {
    const source = [
      '#include <linux/module.h>',
      '#define PFX "drv: "',
      '#define dprintk(level, severity, format, a...) \\',
      '\tdo { \\',
      '\t\tif (level <= verbosity) \\',
      '\t\t\tprintk(severity PFX format "\\n", ##a); \\',
      '\t} while (0)',
      '#define dlog(format, a...) printk(PFX format, ##a)',
      '',
    ].join('\n');
    const found = runRule(rule, { ...GOOD_MODULE, 'good.c': source });
    expect(found.map((f) => f.line)).toEqual([8]);
  });
});
