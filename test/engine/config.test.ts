import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

const NO_README = { ...GOOD_MODULE, LICENSE: 'GPL-2.0' };

describe('config file', () => {
  it('rejects an unknown rule id with file and line', async () => {
    const root = writeRepo({ ...NO_README, '.lkm-audit.yml': 'rules:\n  docs/missing-readme: off\n  docs/no-such-rule: error\n' });
    await expect(audit(root)).rejects.toThrow('.lkm-audit.yml:3: unknown rule id "docs/no-such-rule"');
  });

  it('rejects a bad severity with file and line', async () => {
    const root = writeRepo({ ...NO_README, '.lkm-audit.yml': 'rules:\n  docs/missing-readme: loud\n' });
    await expect(audit(root)).rejects.toThrow(/\.lkm-audit\.yml:2: "loud" is not a severity/);
  });

  it('rejects broken YAML and unknown keys', async () => {
    await expect(audit(writeRepo({ '.lkm-audit.yml': 'rules: [\n' }))).rejects.toThrow(/\.lkm-audit\.yml/);
    await expect(audit(writeRepo({ '.lkm-audit.yml': 'rulez: {}\n' }))).rejects.toThrow(/unknown key "rulez"/);
    await expect(audit(writeRepo({ '.lkm-audit.yml': 'kernels: { min: five }\n' }))).rejects.toThrow(/not a version/);
  });

  it('applies severity overrides and off', async () => {
    const base = (await audit(writeRepo(NO_README))).report;
    expect(base.findings.find((f) => f.ruleId === 'docs/missing-readme')?.severity).toBe('warning');
    const raised = (await audit(writeRepo({ ...NO_README, '.lkm-audit.yml': 'rules:\n  docs/missing-readme: error\n' }))).report;
    expect(raised.findings.find((f) => f.ruleId === 'docs/missing-readme')?.severity).toBe('error');
    const off = (await audit(writeRepo({ ...NO_README, '.lkm-audit.yml': 'rules:\n  docs/missing-readme: off\n' }))).report;
    expect(off.findings.some((f) => f.ruleId === 'docs/missing-readme')).toBe(false);
  });

  it('honours ignore globs and an explicit --config path', async () => {
    const root = writeRepo({ ...NO_README, 'cfg/audit.yml': 'ignore: ["good.c"]\n' });
    const { report } = await audit(root, { config: 'cfg/audit.yml' });
    expect(report.modules[0]?.sources ?? []).toEqual([]);
    await expect(audit(root, { config: 'cfg/missing.yml' })).rejects.toThrow(/cfg\/missing\.yml: config file not found/);
  });
});
