import { describe, expect, test } from 'vitest';
import ciDoesNotBuild from '../../src/rules/ci/ci-does-not-build.js';
import missingCi from '../../src/rules/ci/missing-ci.js';
import singleKernelVersion from '../../src/rules/ci/single-kernel-version.js';
import untestedDeclaredKernels from '../../src/rules/ci/untested-declared-kernels.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const workflow = (steps: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n${steps}`;
const MATRIX = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: ["debian:bookworm", "debian:trixie"]
    container: \${{ matrix.image }}
    steps:
      - run: apt-get update && apt-get install -y make gcc linux-headers-amd64
      - run: make
`;

describe('ci/missing-ci', () => {
  test('fires without CI, silent with it', () => {
    expect(runRule(missingCi, GOOD_MODULE)).toHaveLength(1);
    expect(runRule(missingCi, { ...GOOD_MODULE, '.github/workflows/b.yml': MATRIX })).toEqual([]);
  });
});

describe('ci/ci-does-not-build', () => {
  test('fires on a lint-only workflow, anchored in the workflow', () => {
    const f = runRule(ciDoesNotBuild, {
      ...GOOD_MODULE,
      '.github/workflows/lint.yml': workflow('      - run: checkpatch.pl --no-tree -f good.c\n'),
    });
    expect(f).toMatchObject([{ file: '.github/workflows/lint.yml', line: 1 }]);
  });
  test('silent when a step builds, or when a CI system the audit cannot read exists', () => {
    expect(runRule(ciDoesNotBuild, { ...GOOD_MODULE, '.github/workflows/b.yml': MATRIX })).toEqual([]);
    expect(
      runRule(ciDoesNotBuild, {
        ...GOOD_MODULE,
        '.github/workflows/lint.yml': workflow('      - run: echo hi\n'),
        Jenkinsfile: 'pipeline {}\n',
      }),
    ).toEqual([]);
  });
});

describe('ci/single-kernel-version', () => {
  test('fires on one kernel, at the build step', () => {
    const f = runRule(singleKernelVersion, {
      ...GOOD_MODULE,
      '.github/workflows/b.yml': workflow(
        '      - uses: actions/checkout@v4\n      - run: sudo apt-get install -y linux-headers-$(uname -r)\n      - run: make\n',
      ),
    });
    expect(f).toMatchObject([{ file: '.github/workflows/b.yml', line: 8 }]);
    expect(f[0].message).toContain('running kernel (ubuntu-22.04)');
  });
  test('silent on a matrix or a computed list', () => {
    expect(runRule(singleKernelVersion, { ...GOOD_MODULE, '.github/workflows/b.yml': MATRIX })).toEqual([]);
    expect(
      runRule(singleKernelVersion, {
        ...GOOD_MODULE,
        '.github/workflows/b.yml': workflow('      - run: for k in /usr/src/linux-headers-*; do make KDIR=$k; done\n'),
      }),
    ).toEqual([]);
  });
  test('silent on an include-only matrix of kernel trees the job prepares itself', () => {
    const wf = `on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        include:
          - { kernel: "5.10", cfg: defconfig }
          - { kernel: "6.6", cfg: defconfig }
    steps:
      - run: sh ci/get-tree.sh \${{ matrix.kernel }} \${{ matrix.cfg }}
      - run: make KDIR=/tmp/tree
`;
    expect(runRule(singleKernelVersion, { ...GOOD_MODULE, '.github/workflows/b.yml': wf, 'ci/get-tree.sh': '#!/bin/sh\n' })).toEqual([]);
  });
});

describe('ci/untested-declared-kernels', () => {
  const readme = (range: string) => ({ 'README.md': `# good\n\nSupports Linux ${range}.\n` });
  test('fires when an end of the declared range is never built', () => {
    const f = runRule(untestedDeclaredKernels, { ...GOOD_MODULE, ...readme('5.10 through 6.12'), '.github/workflows/b.yml': MATRIX });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: '.github/workflows/b.yml', line: 11 });
    expect(f[0].message).toMatch(/5\.10 never built/);
  });
  test('silent when CI builds both ends', () => {
    expect(runRule(untestedDeclaredKernels, { ...GOOD_MODULE, ...readme('6.1 through 6.12'), '.github/workflows/b.yml': MATRIX })).toEqual(
      [],
    );
  });
});
