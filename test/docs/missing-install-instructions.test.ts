import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-install-instructions.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withReadme = (readme: string) => ({ ...GOOD_MODULE, 'README.md': readme });

describe('docs/missing-install-instructions', () => {
  it.each([
    ['insmod', '```\nsudo insmod good.ko\n```\n'],
    ['modprobe', 'Load it with `modprobe good`.\n'],
    ['modules_install', '```\nsudo make modules_install\n```\n'],
    ['dkms', 'Install it with DKMS: `dkms install .`\n'],
  ])('accepts %s', (_, text) => {
    expect(runRule(rule, withReadme(`# good\n\n${text}`))).toEqual([]);
  });

  it('reports a README that only says how to build', () => {
    const found = runRule(rule, withReadme('# good\n\n```\nmake KDIR=/path/to/headers\n```\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'README.md', line: 1 });
    expect(found[0].message).toMatch(/insmod, modprobe, modules_install, dkms/);
  });

  it("reads the README in the module's own folder, where the root README sends users", () => {
    const files = {
      'README.md': '# good\n\nSee [driver/README.md](driver/README.md) for installation.\n',
      'driver/Makefile': GOOD_MODULE.Makefile,
      'driver/good.c': GOOD_MODULE['good.c'],
      'driver/README.md': '# good driver\n\nLoad it at boot by adding `good` to `/etc/modules`, or now with `modprobe good`.\n',
    };
    expect(runRule(rule, files)).toEqual([]);
    // A README in a folder that builds nothing (tools/, examples/) is not read.
    const { 'driver/README.md': text, ...rest } = files;
    expect(runRule(rule, { ...rest, 'tools/README.md': text })).toHaveLength(1);
    // Nor one beside the Makefile of a user-space library or binding.
    const binding = { ...rest, 'py/Makefile': 'all:\n\tpython3 setup.py build\n', 'py/README.md': 'Install with `make install`.\n' };
    expect(runRule(rule, binding)).toHaveLength(1);
  });

  it('reports a repository without a README', () => {
    expect(runRule(rule, GOOD_MODULE)).toHaveLength(1);
  });
});
