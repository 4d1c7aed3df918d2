// Major-only series in prose, and the code's own hard limits (`#error`, `BUILD_BUG_ON`) capping what the README
// claims: test/fixtures/fidelity-kernel-floor says "works on 4.x and 5.x kernels" but refuses kernels below 4.19.

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/audit.js';
import claimedKernelsUnbuildable from '../../src/rules/compat/claimed-kernels-unbuildable.js';
import deadVersionGuard from '../../src/rules/compat/dead-version-guard.js';
import { GOOD_MODULE, modelFromFiles, runRule } from '../helpers/rule-tester.js';

const FLOOR = path.join(__dirname, '..', 'fixtures', 'fidelity-kernel-floor');
const readme = (body: string) => ({ 'README.md': `# hello\n\nA module.\n\n${body}\n` });
const declared = (files: Record<string, string>) => modelFromFiles({ ...GOOD_MODULE, ...files }).kernels.declared;
const withCode = (code: string) => ({
  'good.c': GOOD_MODULE['good.c']
    .replace('#include <linux/module.h>\n', '#include <linux/module.h>\n#include <linux/version.h>\n')
    .replace('module_init(good_init);', `${code}\nmodule_init(good_init);`),
});

describe('major-only series in prose', () => {
  test.each([
    ['It works on 4.x and 5.x kernels.', '4.0', '5.19'],
    ['Built for kernel 5.x and newer.', '5.0', undefined],
    ['Tested on 5.x kernels.', '5.0', '5.19'],
    ['Supports kernels 4.x through 6.x.', '4.0', '6.19'],
  ])('%s', (text, min, max) => {
    expect(declared(readme(text))).toMatchObject({ min, max });
  });

  test('a major-only version of another tool is no kernel', () => {
    expect(declared(readme('Needs Python 3.x to run the helper script.'))).toBeUndefined();
  });
});

describe('hard limits in the code cap the claim', () => {
  test('#error floor: the README claim is capped and kept as the claim', async () => {
    const { model, report } = await audit(FLOOR);
    expect(model.kernels.declared).toMatchObject({
      min: '4.19',
      max: '5.19',
      claimed: { min: '4.0', max: '5.19' },
      hard: { min: '4.19', via: '#error', source: { file: 'floormod.c', line: 7 } },
      source: { file: 'README.md', line: 3 },
    });
    const headline = report.findings.filter((f) => f.ruleId === 'compat/claimed-kernels-unbuildable');
    expect(headline).toHaveLength(1);
    expect(headline[0]).toMatchObject({ severity: 'error', file: 'README.md', line: 3 });
    expect(headline[0].message).toContain('stops the build outside 4.19+: Linux 4.0-4.18 cannot build this module');
    // The guard that sets the floor is what stops old builds: not dead code.
    expect(report.findings.filter((f) => f.ruleId === 'compat/dead-version-guard')).toEqual([]);
  });

  test('BUILD_BUG_ON(LINUX_VERSION_CODE < KERNEL_VERSION(...)) is a floor too', () => {
    const files = {
      ...readme('Supports Linux 4.4 through 6.6.'),
      ...withCode('void good_check(void)\n{\n\tBUILD_BUG_ON(LINUX_VERSION_CODE < KERNEL_VERSION(5, 4, 0));\n}\n'),
    };
    expect(declared(files)).toMatchObject({ min: '5.4', max: '6.6', claimed: { min: '4.4' }, hard: { via: 'BUILD_BUG_ON', min: '5.4' } });
    expect(runRule(claimedKernelsUnbuildable, { ...GOOD_MODULE, ...files }).map((f) => f.message)).toEqual([
      expect.stringContaining('Linux 4.4-5.3 cannot build this module'),
    ]);
  });

  test('a #error in code the build never compiles (#if 0) is no floor', () => {
    const guard = '#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 4, 0)\n#error "needs Linux 5.4"\n#endif\n';
    const files = readme('Supports Linux 4.4 through 6.6.');
    expect(declared({ ...files, ...withCode(`#if 0\n${guard}#endif\n`) })?.hard).toBeUndefined();
    expect(declared({ ...files, ...withCode(guard) })).toMatchObject({ hard: { via: '#error', min: '5.4' } });
  });

  test('a claim inside the floor is no finding, and the #else of a floor guard is not dead', () => {
    const guard = '#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)\nint good_new;\n#else\n#error "too old"\n#endif\n';
    const files = { ...GOOD_MODULE, ...readme('Supports Linux 5.10 through 6.6.'), ...withCode(guard) };
    expect(runRule(claimedKernelsUnbuildable, files)).toEqual([]);
    expect(runRule(deadVersionGuard, files)).toEqual([]);
    // A guard without #error in it stays dead below the claimed minimum.
    const plain = {
      ...GOOD_MODULE,
      ...readme('Supports Linux 5.10 through 6.6.'),
      ...withCode(guard.replace('#error "too old"', 'int good_old;')),
    };
    expect(runRule(deadVersionGuard, plain)).toHaveLength(1);
  });

  test('an API used unguarded that needs a newer kernel than the claimed minimum is the headline error', () => {
    const files = {
      ...GOOD_MODULE,
      ...readme('Supports Linux 5.4 and newer.'),
      ...withCode('struct class *good_class(void)\n{\n\treturn class_create("good");\n}\n'),
    };
    const found = runRule(claimedKernelsUnbuildable, files);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/needs Linux 6\.4: Linux 5\.4-6\.3 cannot build this module/)]);
    expect(claimedKernelsUnbuildable.severity).toBe('error');
  });
});
