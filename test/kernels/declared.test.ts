// The declared range, read from README prose and tables (through the real Markdown model), dkms.conf, #error
// guards and the config.

import { describe, expect, test } from 'vitest';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { modelFromFiles, GOOD_MODULE } from '../helpers/rule-tester.js';

const declared = (files: Record<string, string>, config = EMPTY_CONFIG) =>
  modelFromFiles({ ...GOOD_MODULE, ...files }, config).kernels.declared;
const readme = (body: string) => ({ 'README.md': `# hello\n\nA module.\n\n${body}\n` });

describe('README prose', () => {
  test.each([
    ['Supports Linux 5.10 through 6.12.', '5.10', '6.12'],
    ['Tested on kernels 5.15 - 6.8.', '5.15', '6.8'],
    ['Works with kernel 6.4 and newer.', '6.4', undefined],
    ['Requires Linux >= 5.15.', '5.15', undefined],
    ['Supported kernels: 4.19+', '4.19', undefined],
    ['Built for the Linux 5.4 LTS kernel.', '5.4', '5.4'],
    ['Kernel support: up to 6.1', undefined, '6.1'],
  ])('%s', (text, min, max) => {
    const d = declared(readme(text));
    expect(d).toMatchObject({ min, max, source: { file: 'README.md', line: 5 } });
  });

  test("the driver's own version is no kernel claim (tuxedo-keyboard pattern)", () => {
    const d = declared(readme('TUXEDO kernel module drivers for keyboard and backlight using the SysFS interface (since version 3.2.0)'));
    expect(d?.min).not.toBe('3.2');
    expect(declared(readme('Needs the kernel since version 4.15 (since version 3.2.0 of the driver).'))).toMatchObject({ min: '4.15' });
  });

  test('a table of kernels with marks', () => {
    const d = declared(
      readme('## Kernel compatibility\n\n| Kernel | Status |\n|---|---|\n| 5.10 | ✅ |\n| 5.15 | ✅ |\n| 6.1 | ✅ |\n| 4.19 | ❌ |\n'),
    );
    expect(d).toMatchObject({ min: '5.10', max: '6.1' });
  });

  test('a minimum with words between: "Minimum supported kernel version required is 4.15"', () => {
    const d = declared(readme('Minimum supported kernel version required is 4.19. Verified with kernels up to 6.12.'));
    expect(d).toMatchObject({ min: '4.19', max: '6.12', source: { line: 5 } });
  });

  test('a list of statements counts as a whole: the widest range that does not say "not"', () => {
    const d = declared(
      readme(
        '## Kernels\n\nSupport:\n- >= <kbd>5.4</kbd> should work\n- >= <kbd>4.9</kbd> might work\n- <= <kbd>3.2</kbd> does NOT work\n\nOld notes: first written on linux-3.2.',
      ),
    );
    expect(d).toMatchObject({ min: '4.9', max: undefined, source: { line: 8 } });
  });

  test('versions in a design or test document are not a support claim; explicit statements there still are', () => {
    const testDoc = {
      'docs/testing.md':
        '# Testing\n\nThe CI job runs after the build. Reuses the cached 6.6-defconfig kernel tree.\n\nRuns against two kernel series (5.15, 6.6).\n',
    };
    expect(declared(testDoc)).toBeUndefined();
    expect(declared({ 'docs/install.md': '# Install\n\nRequires Linux 5.10 or newer.\n' })).toMatchObject({ min: '5.10' });
  });

  test('a changelog records history, not support', () => {
    expect(declared({ 'CHANGELOG.md': '# Changes\n\n## 1.2\n\n- Support Linux 6.8 and newer (fix build)\n' })).toBeUndefined();
  });

  test('versions of other tools are not kernels', () => {
    expect(declared(readme('Build with gcc 12.2 and dkms 3.0.10 on Ubuntu 22.04.'))).toBeUndefined();
  });
});

describe('other sources', () => {
  test('dkms.conf BUILD_EXCLUSIVE_KERNEL regex', () => {
    const d = declared({
      'dkms.conf': 'PACKAGE_NAME=good\nPACKAGE_VERSION=1.0\nBUILD_EXCLUSIVE_KERNEL="^(5\\.(1[0-9]|[2-9][0-9])|6\\.([0-9]|1[0-2]))\\."\n',
    });
    expect(d).toMatchObject({ min: '5.10', max: '6.12', source: { file: 'dkms.conf', line: 3 } });
  });

  test('dkms.conf BUILD_EXCLUSIVE_KERNEL_MIN', () => {
    expect(declared({ 'dkms.conf': 'PACKAGE_NAME=good\nBUILD_EXCLUSIVE_KERNEL_MIN="5.15"\n' })).toMatchObject({
      min: '5.15',
      max: undefined,
    });
  });

  test('#error guard in the code', () => {
    const c = GOOD_MODULE['good.c'].replace(
      '#include <linux/module.h>\n',
      '#include <linux/module.h>\n#include <linux/version.h>\n#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 10, 0)\n#error "needs Linux 5.10 or later"\n#endif\n',
    );
    expect(declared({ 'good.c': c })).toMatchObject({ min: '5.10', max: undefined, source: { file: 'good.c', line: 6 } });
  });

  test('the config is the fallback', () => {
    const config = { ...EMPTY_CONFIG, path: '.lkm-audit.yml', kernels: { min: '5.10', max: '6.12', line: 3 } };
    expect(declared({}, config)).toMatchObject({ min: '5.10', max: '6.12', source: { file: '.lkm-audit.yml', line: 3 } });
    expect(declared(readme('Supports Linux 6.1 through 6.6.'), config)).toMatchObject({ min: '6.1', max: '6.6' });
  });

  test('nothing stated', () => {
    expect(declared(readme('Run make, then insmod hello.ko.'))).toBeUndefined();
  });
});

test('dkms.conf regex with POSIX classes', () => {
  const d = declared({ 'dkms.conf': 'PACKAGE_NAME=good\nBUILD_EXCLUSIVE_KERNEL="^6\\.([2-9]|1[0-2])[[:digit:]]*\\."\n' });
  expect(d).toMatchObject({ min: '6.2', max: '6.12' });
});
