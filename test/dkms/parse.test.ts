import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dkmsValue, parseDkmsConf, resolveDkmsValue } from '../../src/model/dkms/parse.js';

describe('parseDkmsConf', () => {
  it('reads plain, quoted and indexed assignments with line numbers', () => {
    const c = parseDkmsConf(
      'dkms.conf',
      [
        '# comment',
        'PACKAGE_NAME="hello"',
        "PACKAGE_VERSION='1.0'",
        'BUILT_MODULE_NAME[0]=hello',
        'DEST_MODULE_LOCATION[1]="/updates"',
        'AUTOINSTALL=yes # trailing',
      ].join('\n'),
    );
    expect(dkmsValue(c, 'PACKAGE_NAME')).toMatchObject({ value: 'hello', line: 2, quoted: true });
    expect(dkmsValue(c, 'PACKAGE_VERSION')?.value).toBe('1.0');
    expect(dkmsValue(c, 'BUILT_MODULE_NAME', 0)).toMatchObject({ value: 'hello', index: 0, line: 4 });
    expect(dkmsValue(c, 'DEST_MODULE_LOCATION', 1)?.value).toBe('/updates');
    expect(dkmsValue(c, 'AUTOINSTALL')?.value).toBe('yes');
    expect(c.notes).toEqual([]);
  });

  it('keeps ${var} references as text and resolves them from the file only', () => {
    const c = parseDkmsConf(
      'dkms.conf',
      'PACKAGE_NAME=foo\nPACKAGE_VERSION=2.1\nMAKE[0]="make -C ${kernel_source_dir} M=${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build"\nV=${PACKAGE_NAME}-$PACKAGE_VERSION\n',
    );
    expect(dkmsValue(c, 'MAKE')?.value).toBe('make -C ${kernel_source_dir} M=${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build');
    expect(resolveDkmsValue(c, dkmsValue(c, 'V')?.value ?? '')).toBe('foo-2.1');
    expect(resolveDkmsValue(c, dkmsValue(c, 'MAKE')?.value ?? '')).toBeUndefined();
  });

  it('notes $(...) and backquotes and never runs them', () => {
    const c = parseDkmsConf('dkms.conf', 'PACKAGE_VERSION=$(git describe; touch /tmp/lkm-audit-dkms-pwned)\nKV=`uname -r`\n');
    expect(c.notes.map((n) => n.line)).toEqual([1, 2]);
    expect(dkmsValue(c, 'KV')).toMatchObject({ value: '`uname -r`', commandSubstitution: true });
    expect(dkmsValue(c, 'PACKAGE_VERSION')?.value).toBe('$(git describe; touch /tmp/lkm-audit-dkms-pwned)');
    expect(existsSync('/tmp/lkm-audit-dkms-pwned')).toBe(false);
  });

  it('reads multi-line quoted values, arrays and escapes', () => {
    const c = parseDkmsConf('dkms.conf', 'MAKE="make \\\n  KVER=${kernelver}"\nARR=("a" \'b c\' d)\nX="say \\"hi\\""\n');
    expect(dkmsValue(c, 'MAKE')?.value).toBe('make   KVER=${kernelver}');
    expect((c.vars.get('ARR') ?? []).map((v) => [v.index, v.value])).toEqual([
      [0, 'a'],
      [1, 'b c'],
      [2, 'd'],
    ]);
    expect(dkmsValue(c, 'X')?.value).toBe('say "hi"');
    expect(dkmsValue(c, 'X')?.line).toBe(4);
  });

  it('gives a partial model and notes for shell code, unterminated quotes and binary garbage', () => {
    const c = parseDkmsConf('dkms.conf', 'PACKAGE_NAME=ok\nif [ -f x ]; then\nfi\n\u0000\u0001junk\nPACKAGE_VERSION="1.0\n');
    expect(dkmsValue(c, 'PACKAGE_NAME')?.value).toBe('ok');
    expect(c.notes.map((n) => n.message)).toEqual([
      'dkms.conf holds binary data; lines with it were skipped',
      'shell code is not evaluated: if [ -f x ]; then',
      'shell code is not evaluated: fi',
      'PACKAGE_VERSION: unterminated quote; the rest of the file was not read',
    ]);
  });
});
