import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/undocumented-module-param.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withParams = (params: string) => ({
  ...GOOD_MODULE,
  'good.c': GOOD_MODULE['good.c'].replace('\nstatic int __init', `\n${params}\nstatic int __init`),
});

describe('docs/undocumented-module-param', () => {
  it('accepts documented parameters', () => {
    const params = 'static int debug;\nmodule_param(debug, int, 0644);\nMODULE_PARM_DESC(debug, "Debug level (0-3)");\n';
    expect(runRule(rule, withParams(params))).toEqual([]);
  });

  it('reports the parameters without MODULE_PARM_DESC once per file, at the first, naming each', () => {
    const params = [
      'static int debug;',
      'module_param(debug, int, 0644);',
      'MODULE_PARM_DESC(debug, "Debug level");',
      'static char *name = "x";',
      'module_param(name, charp, 0444);',
      'static int irqs[4];',
      'module_param_array(irqs, int, NULL, 0444);',
      '',
    ].join('\n');
    const found = runRule(rule, withParams(params));
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [9, '2 parameters of module good have no MODULE_PARM_DESC(): name (line 9) and irqs (line 11)'],
    ]);
  });
});
