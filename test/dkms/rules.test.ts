import { describe, expect, it } from 'vitest';
import kernelreleaseBreaksMake from '../../src/rules/dkms/kernelrelease-breaks-make.js';
import missingField from '../../src/rules/dkms/missing-field.js';
import unameInMake from '../../src/rules/dkms/uname-in-make.js';
import versionMismatch from '../../src/rules/dkms/version-mismatch.js';
import { check } from '../build/model.js';
import { CANONICAL, DKMS_SAFE, KBUILD_MODULES_DUAL, SOURCE } from '../build/wrappers.js';

const CONF = (extra: string) =>
  `PACKAGE_NAME="foo"\nPACKAGE_VERSION="1.0"\nBUILT_MODULE_NAME[0]="foo"\nDEST_MODULE_LOCATION[0]="/updates"\n${extra}\n`;

describe('dkms/missing-field', () => {
  it('fires on missing names, versions and locations, and on bad values', () => {
    const f = check(missingField, {
      'dkms.conf': 'BUILT_MODULE_NAME[0]=a.ko\nBUILT_MODULE_NAME[1]=b\nDEST_MODULE_LOCATION[0]=/lib/x\n',
      'a.c': SOURCE('a'),
    });
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [undefined, 'dkms.conf has no PACKAGE_NAME'],
      [undefined, 'dkms.conf has no PACKAGE_VERSION'],
      [1, 'BUILT_MODULE_NAME[0] must not end in .o or .ko'],
      [3, 'DEST_MODULE_LOCATION[0]="/lib/x" does not begin with /kernel, /updates or /extra'],
      [2, 'no DEST_MODULE_LOCATION[1] for module record #1 (dkms 3 has no default for it)'],
    ]);
  });
  it('reads a template: a placeholder line stands for the module records an installer writes (NVIDIA pattern)', () => {
    const conf =
      'PACKAGE_NAME="foo"\nPACKAGE_VERSION="__VERSION_STRING"\nMAKE[0]="\'make\' -j__JOBS KERNEL_UNAME=${kernelver} modules"\n\n# generated at install time\n__DKMS_MODULES\n';
    expect(check(missingField, { ...CANONICAL, 'dkms.conf': conf })).toEqual([]);
    // Without the placeholder line the same file really lacks its module records.
    // dkms 3 only warns "Zero modules specified" for it, and installs no module.
    expect(check(missingField, { ...CANONICAL, 'dkms.conf': conf.replace('__DKMS_MODULES', '') }).map((f) => f.message)).toEqual([
      'dkms.conf has no module record (BUILT_MODULE_NAME[0], DEST_MODULE_LOCATION[0]): dkms warns "Zero modules specified" and installs no module',
    ]);
  });
  it('reads dkms.conf.in when no dkms.conf is beside it, placeholders as values (xpadneo, falco pattern)', () => {
    const tpl = 'PACKAGE_NAME="@PKG@"\nPACKAGE_VERSION="@DO_NOT_CHANGE@"\nBUILT_MODULE_NAME[0]="@NAME@"\n';
    const f = check(missingField, { ...CANONICAL, 'dkms.conf.in': tpl });
    expect(f.map((x) => [x.file, x.message])).toEqual([
      ['dkms.conf.in', 'no DEST_MODULE_LOCATION[0] for module record #0 (dkms 3 has no default for it)'],
    ]);
    expect(check(missingField, { ...CANONICAL, 'dkms.conf.in': `${tpl}DEST_MODULE_LOCATION[0]="/extra"\n` })).toEqual([]);
    expect(check(versionMismatch, { ...CANONICAL, 'dkms.conf.in': tpl })).toEqual([]);
  });
  it('is silent on a complete dkms.conf', () => {
    expect(check(missingField, { ...CANONICAL, 'dkms.conf': CONF('') })).toEqual([]);
    expect(check(missingField, DKMS_SAFE)).toEqual([]);
  });
});

describe('dkms/uname-in-make', () => {
  it('fires on uname -r in MAKE', () => {
    const f = check(unameInMake, { ...CANONICAL, 'dkms.conf': CONF('MAKE[0]="make KVER=$(uname -r)"') });
    expect(f[0]).toMatchObject({ file: 'dkms.conf', line: 5 });
  });
  it('fires when MAKE runs a wrapper whose headers come from uname -r without passing kernelver', () => {
    const files = {
      Makefile:
        'obj-m := foo.o\nKVER := $(shell uname -r)\nKDIR ?= /lib/modules/$(KVER)/build\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n',
      'foo.c': SOURCE('foo'),
      'dkms.conf': CONF('MAKE[0]="make all"'),
    };
    expect(check(unameInMake, files).map((x) => x.message)).toEqual([
      'MAKE runs Makefile, whose headers path comes from `uname -r` (line 2), without passing ${kernelver} (the KERNELRELEASE= dkms appends is not used for the headers path)',
    ]);
  });
  it('is silent when kernelver is passed, when kbuild is called directly, or the wrapper honours KERNELRELEASE', () => {
    expect(check(unameInMake, DKMS_SAFE)).toEqual([]);
    expect(
      check(unameInMake, { ...CANONICAL, 'dkms.conf': CONF('MAKE[0]="make -C ${kernel_source_dir} M=${dkms_tree}/foo/1.0/build"') }),
    ).toEqual([]);
    expect(check(unameInMake, { ...CANONICAL, 'dkms.conf': CONF('') })).toEqual([]);
  });
});

describe('dkms/kernelrelease-breaks-make', () => {
  it('fires when every wrapper target sits under ifneq ($(KERNELRELEASE),) ... else', () => {
    const f = check(kernelreleaseBreaksMake, { ...CANONICAL, 'dkms.conf': CONF('MAKE[0]="make KDIR=${kernel_source_dir}"') });
    expect(f).toEqual([
      {
        file: 'Makefile',
        line: 1,
        message: 'dkms.conf:5 runs `make KDIR=${kernel_source_dir}`; dkms adds KERNELRELEASE=<ver>, which hides every target of Makefile',
      },
    ]);
    expect(check(kernelreleaseBreaksMake, { ...CANONICAL, 'dkms.conf': CONF('MAKE[0]="make clean default"') })[0].message).toMatch(
      /targets clean, default/,
    );
  });
  it("is silent on the KBUILD_MODULES split, on a quoted 'make', on direct kbuild calls and on DKMS-safe wrappers", () => {
    expect(
      check(kernelreleaseBreaksMake, { ...KBUILD_MODULES_DUAL, 'dkms.conf': CONF('MAKE[0]="make KDIR=${kernel_source_dir}"') }),
    ).toEqual([]);
    expect(check(kernelreleaseBreaksMake, { ...CANONICAL, 'dkms.conf': CONF('MAKE[0]="\'make\' KDIR=${kernel_source_dir}"') })).toEqual([]);
    expect(
      check(kernelreleaseBreaksMake, {
        ...CANONICAL,
        'dkms.conf': CONF('MAKE[0]="make -C ${kernel_source_dir} M=${dkms_tree}/foo/1.0/build"'),
      }),
    ).toEqual([]);
    expect(check(kernelreleaseBreaksMake, DKMS_SAFE)).toEqual([]);
  });
});

describe('dkms/version-mismatch', () => {
  const withVersion = (v: string) => ({
    Kbuild: 'obj-m := foo.o\n',
    'foo.c': `${SOURCE('foo')}MODULE_VERSION("${v}");\n`,
    'dkms.conf': CONF(''),
  });
  it('fires when PACKAGE_VERSION and MODULE_VERSION differ', () => {
    const f = check(versionMismatch, withVersion('1.1'));
    expect(f).toEqual([
      { file: 'dkms.conf', line: 2, message: 'PACKAGE_VERSION is 1.0 but module foo declares MODULE_VERSION("1.1") (foo.c:9)' },
    ]);
  });
  it('is silent when they agree or the module has no version', () => {
    expect(check(versionMismatch, withVersion('1.0'))).toEqual([]);
    expect(check(versionMismatch, DKMS_SAFE)).toEqual([]);
  });
  it('is silent when PACKAGE_VERSION is a template token that the release or install step fills in', () => {
    for (const token of ['"#MODULE_VERSION#"', '@VERSION@', '"%PKGVER%"', '__VERSION__']) {
      const files = withVersion('0.9');
      files['dkms.conf'] = CONF('').replace('PACKAGE_VERSION="1.0"', `PACKAGE_VERSION=${token}`);
      expect(check(versionMismatch, files)).toEqual([]);
    }
  });
});
