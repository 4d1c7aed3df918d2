import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { writeRepo } from '../helpers/rule-tester.js';

describe('inline suppressions', () => {
  it('silences a finding on the same line or the line above, and reports unused ones', async () => {
    const root = writeRepo({
      Makefile: '# lkm-audit-ignore build/no-obj-m: wrapper only, modules live in sub-projects\nKDIR ?= /x\n',
      'x.c': '// lkm-audit-ignore cleanup/error-path-leak: nothing here\nint x;\n/* lkm-audit-ignore nosuch/rule: typo */\n',
    });
    const { report } = await audit(root);
    expect(report.findings.some((f) => f.ruleId === 'build/no-obj-m')).toBe(false);
    expect(report.suppressed.map((f) => f.ruleId)).toEqual(['build/no-obj-m']);
    expect(report.summary.suppressed).toBe(1);
    const unused = report.findings.filter((f) => f.ruleId === 'hygiene/unused-suppression');
    expect(unused.map((f) => [f.file, f.line])).toEqual([
      ['x.c', 1],
      ['x.c', 3],
    ]);
    expect(unused[1].message).toMatch(/not a rule id/);
    expect(unused[0].severity).toBe('note');
  });
});
