// GitHub Actions read with positions: matrices, containers, apt-installed headers, KDIR/-C, dkms and the
// repository's own scripts.

import { describe, expect, test } from 'vitest';
import { GOOD_MODULE, modelFromFiles } from '../helpers/rule-tester.js';

const ci = (workflow: string, extra: Record<string, string> = {}) =>
  modelFromFiles({ ...GOOD_MODULE, '.github/workflows/build.yml': workflow, ...extra }).ci;

describe('GitHub Actions', () => {
  test('a matrix over header packages, with include and exclude', () => {
    const m = ci(`name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-22.04
    strategy:
      matrix:
        kernel: ["5.15.0-91-generic", "6.5.0-14-generic", "6.8.0-31-generic"]
        cc: [gcc, clang]
        exclude:
          - kernel: "6.8.0-31-generic"
        include:
          - kernel: "6.2.0-39-generic"
            cc: gcc
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get install -y linux-headers-\${{ matrix.kernel }}
      - name: build
        run: make KDIR=/lib/modules/\${{ matrix.kernel }}/build CC=\${{ matrix.cc }}
`);
    expect(m.files).toEqual([{ path: '.github/workflows/build.yml', system: 'github' }]);
    expect(m.tested).toEqual(['5.15', '6.2', '6.5']);
    expect(m.builds.every((b) => b.line === 19)).toBe(true);
    expect(m.builds).toHaveLength(5);
  });

  test('a container whose default headers package fixes the kernel', () => {
    const m = ci(`jobs:
  debian:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: ["debian:bookworm", "debian:trixie"]
    container: \${{ matrix.image }}
    steps:
      - run: |
          apt-get update
          apt-get install -y build-essential linux-headers-amd64
          make -C /lib/modules/$(ls /lib/modules | head -1)/build M=$PWD modules
`);
    expect(m.builds.length).toBe(2);
    expect(m.tested).toEqual(['6.1', '6.12']);
  });

  test('a loop over every header tree in the image counts as several kernels', () => {
    const m = ci(`jobs:
  all:
    runs-on: ubuntu-latest
    container: fedora:40
    steps:
      - run: |
          for k in /usr/src/kernels/*; do make KDIR=$k; done
`);
    expect(m.builds).toHaveLength(1);
    expect(m.builds[0].kernels).toEqual(['*']);
  });

  test('a repository script that CI calls is read, not run', () => {
    const m = ci(
      `jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: ./ci/build.sh 6.1.0-18-amd64
`,
      {
        'ci/build.sh':
          '#!/bin/sh\nset -e\napt-get install -y linux-headers-6.1.0-18-amd64 linux-headers-6.12.9+deb12-amd64\nfor k in 6.1.0-18-amd64 6.12.9+deb12-amd64; do make -C /usr/src/linux-headers-$k M=$PWD; done\n',
      },
    );
    expect(m.builds).toHaveLength(1);
    expect(m.builds[0].how).toMatch(/ci\/build\.sh/);
    expect(m.tested).toEqual(['6.1', '6.12']);
  });

  test('dkms build for the runner kernel', () => {
    const m = ci(`jobs:
  dkms:
    runs-on: ubuntu-22.04
    steps:
      - run: sudo apt-get install -y dkms linux-headers-$(uname -r)
      - run: sudo dkms build -m good -v 1.0 -k $(uname -r)
`);
    expect(m.builds).toHaveLength(1);
    expect(m.builds[0].kernels).toEqual(['running kernel (ubuntu-22.04)']);
    expect(m.tested).toEqual([]);
  });

  test('an include-only matrix is one job per entry, each building the tree its kernel variable names', () => {
    const m = ci(
      `jobs:
  build:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        include:
          - { kernel: "5.4", variant: plain }
          - { kernel: "6.1", variant: plain }
          - { kernel: "6.12", variant: debug }
    steps:
      - run: ./tools/fetch-tree.sh "\${{ matrix.kernel }}"
      - run: make -C module KDIR=/tmp/ktree
`,
      { 'tools/fetch-tree.sh': '#!/bin/sh\ncurl -sL https://example.org/linux-$1.tar.xz | tar xJ -C /tmp/ktree\n' },
    );
    expect(m.builds.map((b) => b.job)).toEqual(['build (5.4, plain)', 'build (6.1, plain)', 'build (6.12, debug)']);
    expect(m.tested).toEqual(['5.4', '6.1', '6.12']);
  });

  test("a tree the job prepares, with no kernel variable, is an unknown kernel, not the runner's", () => {
    const m = ci(`jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: make -C /opt/linux-src M=$PWD modules
`);
    expect(m.builds).toHaveLength(1);
    expect(m.builds[0].kernels).toEqual(['*']);
  });

  test("include extends the axes' combinations only, never a job an earlier include added", () => {
    const m = ci(`jobs:
  build:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        kernel: ["6.1.0-18-amd64"]
        include:
          - kernel: "6.12.9-amd64"
          - cc: clang
    steps:
      - run: sudo apt-get install -y linux-headers-\${{ matrix.kernel }}
      - run: make CC=\${{ matrix.cc }}
`);
    expect(m.builds.map((b) => b.job)).toEqual(['build (6.1.0-18-amd64, clang)', 'build (6.12.9-amd64)']);
    expect(m.tested).toEqual(['6.1', '6.12']);
  });

  test('a workflow that only lints builds nothing', () => {
    const m = ci(`jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/checkpatch.pl --no-tree -f *.c
      - run: make clean
`);
    expect(m.builds).toEqual([]);
  });
});
