// dkms 3's defaults applied before dkms.conf is compared with the modules the build produces
// (test/fixtures/fidelity-dkms-defaults: one record without BUILT_MODULE_NAME, the module in src/).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { parseDkmsConf } from '../../src/model/dkms/parse.js';
import { dkmsRecords } from '../../src/model/dkms/records.js';
import missingField from '../../src/rules/dkms/missing-field.js';
import moduleNotBuilt from '../../src/rules/dkms/module-not-built.js';
import versionMismatch from '../../src/rules/dkms/version-mismatch.js';
import { check } from '../build/model.js';
import { CANONICAL, SOURCE } from '../build/wrappers.js';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'fidelity-dkms-defaults');

describe('dkms 3 defaults', () => {
  it('one record: BUILT_MODULE_NAME and DEST_MODULE_NAME default to PACKAGE_NAME, the location to the root', () => {
    const conf = parseDkmsConf('dkms.conf', 'PACKAGE_NAME="foo"\nPACKAGE_VERSION=1\nDEST_MODULE_LOCATION[0]="/extra"\n');
    expect(dkmsRecords(conf)).toEqual([
      expect.objectContaining({ index: 0, builtName: 'foo', builtNameFrom: 'PACKAGE_NAME', destName: 'foo', builtLocation: '' }),
    ]);
    // Two records: no default for the name; records run to the highest index any array uses.
    const two = parseDkmsConf('dkms.conf', 'PACKAGE_NAME="foo"\nDEST_MODULE_LOCATION[0]="/extra"\nBUILT_MODULE_NAME[1]="bar"\n');
    expect(dkmsRecords(two).map((r) => [r.index, r.builtName, r.builtNameFrom])).toEqual([
      [0, undefined, 'none'],
      [1, 'bar', 'written'],
    ]);
  });

  it('the fixture: no finding for the absent fields whose defaults are right', async () => {
    const { report } = await audit(FIXTURE);
    expect(report.findings.filter((f) => f.ruleId.startsWith('dkms/'))).toEqual([]);
  });

  it('a default that names no module the build produces is an error, and so is a wrong location', () => {
    const wrongName = {
      ...CANONICAL,
      'dkms.conf': 'PACKAGE_NAME="foo-dkms"\nPACKAGE_VERSION=1\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n',
    };
    expect(check(moduleNotBuilt, wrongName).map((f) => f.message)).toEqual([
      'dkms expects foo-dkms.ko from PACKAGE_NAME "foo-dkms" (the default of BUILT_MODULE_NAME[0]), but the build produces foo: dkms build fails',
    ]);
    const files = {
      'src/Kbuild': 'obj-m := foo.o\n',
      'src/foo.c': SOURCE('foo'),
      Makefile: 'all:\n\t$(MAKE) -C /lib/modules/$(shell uname -r)/build M=$(CURDIR)/src modules\n',
      'dkms.conf': 'PACKAGE_NAME="foo"\nPACKAGE_VERSION=1\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n',
    };
    expect(check(moduleNotBuilt, files).map((f) => f.message)).toEqual([
      'dkms looks for foo.ko, but kbuild writes src/foo.ko: set BUILT_MODULE_LOCATION[0]="src"',
    ]);
    expect(check(moduleNotBuilt, { ...files, 'dkms.conf': `${files['dkms.conf']}BUILT_MODULE_LOCATION[0]="src/"\n` })).toEqual([]);
  });

  it('PACKAGE_VERSION is compared with the module dkms installs by default, not with every module built', () => {
    const files = {
      Kbuild: 'obj-m := foo.o bar.o\n',
      'foo.c': `${SOURCE('foo')}MODULE_VERSION("1.0");\n`,
      'bar.c': `${SOURCE('bar')}MODULE_VERSION("2.0");\n`,
      'dkms.conf': 'PACKAGE_NAME="foo"\nPACKAGE_VERSION="1.0"\nDEST_MODULE_LOCATION[0]="/updates/dkms"\n',
    };
    // dkms installs foo.ko only (the default of BUILT_MODULE_NAME[0]); bar's version is no concern of dkms.conf.
    expect(check(versionMismatch, files)).toEqual([]);
    expect(check(missingField, files)).toEqual([]);
    expect(check(versionMismatch, { ...files, 'foo.c': `${SOURCE('foo')}MODULE_VERSION("1.1");\n` })).toHaveLength(1);
  });
});
