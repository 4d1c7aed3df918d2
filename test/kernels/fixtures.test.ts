// The fixture repositories through the whole audit: the JSON `kernels` block is filled for each, and the
// kernel-version rules say what they should.

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/audit.js';
import type { Rule } from '../../src/rules/rule.js';
import { rules as ciRules } from '../../src/rules/ci/index.js';
import { rules as compatRules } from '../../src/rules/compat/index.js';
import missingSupportedKernels from '../../src/rules/docs/missing-supported-kernels.js';
import versionIfdefs from '../../src/rules/upstream/version-ifdefs.js';

const RULES: Rule[] = [...ciRules, ...compatRules, missingSupportedKernels, versionIfdefs];
const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

async function run(name: string) {
  const { report, model } = await audit(fixture(name));
  const findings = RULES.flatMap((r) => r.check(model).map((f) => ({ ruleId: r.id, ...f })));
  return { kernels: report.kernels, findings, ids: [...new Set(findings.map((f) => f.ruleId))].sort() };
}

describe('kernel fixtures', () => {
  test('compat-removed-api: unguarded class_create(owner, name) inside 5.10-6.12', async () => {
    const r = await run('compat-removed-api');
    expect(r.kernels).toEqual({
      declared: '5.10-6.12',
      tested: ['6.1', '6.12'],
      testedAtRunTime: false,
      implied: { min: '5.6', max: '6.3' },
    });
    // The claim's own end (6.12) cannot build: the headline error at the claim, the warning at the use.
    expect(r.ids).toEqual(['ci/untested-declared-kernels', 'compat/claimed-kernels-unbuildable', 'compat/removed-api']);
    expect(r.findings.find((f) => f.ruleId === 'compat/removed-api')).toMatchObject({ file: 'hello.c', line: 20 });
    expect(r.findings.find((f) => f.ruleId === 'compat/claimed-kernels-unbuildable')).toMatchObject({ file: 'README.md', line: 7 });
  });

  test('compat-guarded: version and feature guards stay silent', async () => {
    const r = await run('compat-guarded');
    expect(r.kernels).toEqual({
      declared: '5.15-6.19',
      tested: ['6.1', '6.12'],
      testedAtRunTime: false,
      implied: { min: '4.15', max: null },
    });
    expect(r.ids).toEqual(['ci/untested-declared-kernels', 'upstream/version-ifdefs']);
  });

  test('ci-github-matrix: a script that loops over every header tree in the image', async () => {
    const r = await run('ci-github-matrix');
    expect(r.kernels).toEqual({ declared: '6.1+', tested: ['6.12'], testedAtRunTime: true, implied: { min: '6.11', max: null } });
    expect(r.ids).toEqual(['compat/claimed-kernels-unbuildable', 'compat/removed-api']);
    expect(r.findings.find((f) => f.ruleId === 'compat/removed-api')?.message).toMatch(/needs Linux 6\.11 or later/);
  });

  test('ci-none: range from the config, no CI', async () => {
    const r = await run('ci-none');
    expect(r.kernels).toEqual({ declared: '5.15-6.12', tested: [], testedAtRunTime: false, implied: { min: null, max: '6.11' } });
    expect(r.ids).toEqual(['ci/missing-ci', 'compat/claimed-kernels-unbuildable', 'compat/removed-api']);
  });
});
