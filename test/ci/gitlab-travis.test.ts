// GitLab CI (anchors, merge keys, extends, parallel: matrix) and Travis CI (env rows, jobs.include).

import { describe, expect, test } from 'vitest';
import { GOOD_MODULE, modelFromFiles } from '../helpers/rule-tester.js';

const ci = (files: Record<string, string>) => modelFromFiles({ ...GOOD_MODULE, ...files }).ci;

describe('GitLab CI', () => {
  test('anchors, merge keys, extends and a parallel matrix', () => {
    const m = ci({
      '.gitlab-ci.yml': `stages: [build]
.headers: &headers
  before_script:
    - apt-get update
    - apt-get install -y make gcc linux-headers-$KVER
.build:
  <<: *headers
  script:
    - make KDIR=/usr/src/linux-headers-$KVER
build-old:
  extends: .build
  image: debian:bullseye
  variables:
    KVER: 5.10.0-28-amd64
build-new:
  extends: .build
  image: debian:bookworm
  parallel:
    matrix:
      - KVER: ["6.1.0-18-amd64", "6.12.9+deb12-amd64"]
lint:
  script:
    - make checkpatch
`,
    });
    expect(m.files).toEqual([{ path: '.gitlab-ci.yml', system: 'gitlab' }]);
    expect(m.tested).toEqual(['5.10', '6.1', '6.12']);
    expect(m.builds.map((b) => b.line)).toEqual([10, 15, 15]);
    expect(m.builds.some((b) => b.job?.startsWith('lint'))).toBe(false);
  });
});

describe('Travis CI', () => {
  test('one job per env row', () => {
    const m = ci({
      '.travis.yml': `language: c
dist: focal
env:
  - KVER=5.4.0-150-generic
  - KVER=5.15.0-91-generic
install:
  - sudo apt-get install -y linux-headers-$KVER
script:
  - make KDIR=/lib/modules/$KVER/build
`,
    });
    expect(m.builds).toHaveLength(2);
    expect(m.builds[0].line).toBe(8);
    expect(m.tested).toEqual(['5.4', '5.15']);
  });
});
