// A kernel matrix computed when the workflow runs (`fromJSON(needs.*.outputs.*)`) is neither "no kernel" nor one
// kernel: the report says the tested kernels are decided at run time, and no rule pretends to know them.

import { describe, expect, test } from 'vitest';
import { kernelTable } from '../../src/report/markdown.js';
import { auditFiles, GOOD_MODULE, modelFromFiles } from '../helpers/rule-tester.js';

const WORKFLOW = `on: push
jobs:
  kernels:
    runs-on: ubuntu-latest
    outputs:
      list: \${{ steps.k.outputs.list }}
    steps:
      - id: k
        run: echo 'list=["6.1","6.6"]' >> "$GITHUB_OUTPUT"
  build:
    needs: kernels
    runs-on: ubuntu-latest
    strategy:
      matrix:
        kernel: \${{ fromJson(needs.kernels.outputs.list) }}
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get install -y linux-headers-\${{ matrix.kernel }}-generic
      - run: make KDIR=/lib/modules/\${{ matrix.kernel }}-generic/build
`;
const WHOLE = WORKFLOW.replace(/ {8}kernel: (.*)\n/, '').replace(
  '      matrix:\n',
  '      matrix: ${{ fromJSON(needs.kernels.outputs.matrix) }}\n',
);
const README = '# x\n\nSupports Linux 5.10 to 6.12.\n\nBuild: `make KDIR=/lib/modules/$(uname -r)/build`; install: `sudo insmod x.ko`.\n';

describe('a kernel matrix decided at run time', () => {
  test.each([
    ['an axis from an expression', WORKFLOW],
    ['the whole matrix from an expression', WHOLE],
  ])('%s: the CI model says so', (_name, workflow) => {
    const ci = modelFromFiles({ ...GOOD_MODULE, '.github/workflows/build.yml': workflow }).ci;
    expect(ci.builds.length).toBeGreaterThan(0);
    expect(ci.runtime).toBe(true);
    expect(ci.tested).toEqual([]);
  });

  test('the report says "decided at run time", and no CI rule claims to know the kernels', async () => {
    const report = await auditFiles({ ...GOOD_MODULE, 'README.md': README, '.github/workflows/build.yml': WORKFLOW });
    expect(report.kernels.testedAtRunTime).toBe(true);
    expect(report.findings.filter((f) => f.ruleId.startsWith('ci/'))).toEqual([]);
    expect(kernelTable(report).join('\n')).toMatch(/\| decided at run time \|/);
  });

  test('a fixed matrix is not "decided at run time"', () => {
    const fixed = WORKFLOW.replace('${{ fromJson(needs.kernels.outputs.list) }}', '["6.1.0-57", "6.12.117"]');
    const ci = modelFromFiles({ ...GOOD_MODULE, '.github/workflows/build.yml': fixed }).ci;
    expect(ci.runtime).toBe(false);
  });
});
