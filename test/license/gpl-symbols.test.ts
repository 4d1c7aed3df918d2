import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/gpl-only-symbols.json' with { type: 'json' };
import { gplOnlyUse, gplSymbolKernels } from '../../src/model/license/gpl-symbols.js';

describe('GPL-only symbol list', () => {
  it('covers the 6.1 and 6.12 kernels and stays under 200 KB', () => {
    expect(gplSymbolKernels()).toEqual(['6.1', '6.12']);
    expect(statSync(new URL('../../src/data/gpl-only-symbols.json', import.meta.url)).size).toBeLessThan(200_000);
  });

  it('knows the GPL-only symbols of kernel-facts §5 and not the plain exports', () => {
    expect(gplOnlyUse('device_create')?.versions).toEqual(['6.1', '6.12']);
    expect(gplOnlyUse('debugfs_create_dir')?.versions).toEqual(['6.1', '6.12']);
    expect(gplOnlyUse('usb_register_driver')?.versions).toEqual(['6.1', '6.12']);
    for (const plain of ['misc_register', 'kmalloc', 'printk', '_printk', 'register_chrdev_region', 'kthread_create_on_node'])
      expect(gplOnlyUse(plain)).toBeUndefined();
  });

  it('follows wrapper macros to the symbol they expand to, per version', () => {
    // 6.1: class_create(owner, name) is a macro over __class_create; 6.12 exports class_create itself.
    const cc = gplOnlyUse('class_create');
    expect(cc?.versions).toEqual(['6.1', '6.12']);
    expect(cc?.via).toEqual([{ symbol: '__class_create', versions: ['6.1'] }]);
    expect(gplOnlyUse('platform_driver_register')?.via[0].symbol).toBe('__platform_driver_register');
    expect(gplOnlyUse('module_platform_driver')?.versions).toEqual(['6.1', '6.12']);
    expect(gplOnlyUse('module_usb_driver')?.via.map((v) => v.symbol)).toContain('usb_register_driver');
  });

  it('records where each symbol came from', () => {
    expect(data.kernels.map((k) => k.release)).toEqual([expect.stringMatching(/^6\.1\.\d+$/), expect.stringMatching(/^6\.12\.\d+$/)]);
  });
});

describe('scripts/gen-gpl-symbols.mjs', () => {
  const headers = existsSync('/usr/src')
    ? readdirSync('/usr/src').filter((d) => /^linux-headers-6\.(1\.0-\d+|12\.[\d.]+\+deb\d+)-amd64$/.test(d))
    : [];
  const installed = data.kernels.every((k) => headers.includes(k.headers));
  if (!installed)
    console.warn(
      `gen-gpl-symbols regeneration skipped: the committed data was made from ${data.kernels.map((k) => k.headers).join(', ')}; installed: ${headers.join(', ') || 'none'}`,
    );

  it.skipIf(!installed)('regenerates the committed file from the installed headers', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'gpl-symbols-')), 'out.json');
    const dirs = data.kernels.map((k) => `/usr/src/${k.headers}`);
    execFileSync(process.execPath, ['scripts/gen-gpl-symbols.mjs', '--out', out, ...dirs]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/data/gpl-only-symbols.json', 'utf8'));
  });
});
