import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { main } from '../../src/cli.js';
import { installedAliasFiles } from '../../src/model/devices/kernel-aliases.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

const ID = 'upstream/duplicate-device-id';

/** The good module plus a USB driver whose table names `ids` (vendor, product pairs). */
function usbModule(ids: [string, string][]): Record<string, string> {
  const entries = ids.map(([v, p]) => `\t{ USB_DEVICE(${v}, ${p}) },`).join('\n');
  return {
    ...GOOD_MODULE,
    // The table's file must be one kbuild builds, or it is not kernel code.
    Makefile: GOOD_MODULE.Makefile.replace('obj-m := good.o', 'obj-m := good.o good_usb.o'),
    'good_usb.c': `// SPDX-License-Identifier: GPL-2.0\n#include <linux/usb.h>\n\n#define VENDOR_REALTEK 0x0bda\n\nstatic const struct usb_device_id good_ids[] = {\n${entries}\n\t{}\n};\nMODULE_DEVICE_TABLE(usb, good_ids);\n`,
  };
}

async function findings(files: Record<string, string>, aliasText?: string) {
  const root = writeRepo(aliasText === undefined ? files : { ...files, 'kernel/modules.alias': aliasText });
  const kernelAliases = aliasText === undefined ? undefined : [path.join(root, 'kernel/modules.alias')];
  const { report } = await audit(root, { kernelAliases });
  return report.findings.filter((f) => f.ruleId === ID);
}

const ALIASES = [
  '# Aliases extracted from modules themselves.',
  'alias usb:v0BDAp8179d*dc*dsc*dp*icFFiscFFipFFin* rtl8xxxu',
  'alias usb:v*p*d*dc*dsc*dp*ic08isc06ip50in* usb_storage',
  'alias usb:v056Ep*d*dc*dsc*dp*icFFisc5Dip01in* xpad',
  'alias usb:v1234p0001d*dc*dsc*dp*ic*isc*ip*in* good',
  '',
].join('\n');

describe(ID, () => {
  it('names the in-tree module that already claims a device of the table, and the kernel', async () => {
    const found = await findings(usbModule([['VENDOR_REALTEK', '0x8179']]), ALIASES);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'good_usb.c', line: 7 });
    expect(found[0].message).toContain('usb:v0BDAp8179d*dc*dsc*dp*ic*isc*ip*in*');
    expect(found[0].message).toContain('rtl8xxxu (Linux modules.alias)');
  });

  it('says it once per table and in-tree driver, with the lines (a Realtek table overlapping rtl8xxxu)', async () => {
    const aliases = `${ALIASES}alias usb:v0BDAp818Bd*dc*dsc*dp*icFFiscFFipFFin* rtl8xxxu\nalias usb:v0BDApB720d*dc*dsc*dp*icFFiscFFipFFin* rtl8xxxu\n`;
    const found = await findings(
      usbModule([
        ['VENDOR_REALTEK', '0x8179'],
        ['VENDOR_REALTEK', '0x818B'],
        ['VENDOR_REALTEK', '0xB720'],
      ]),
      aliases,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'good_usb.c', line: 7 });
    expect(found[0].message).toMatch(
      /^3 device IDs in this table are already driven by in-tree rtl8xxxu \(Linux modules.alias\) \(lines 7, 8 and 9\); first: device usb:v0BDAp8179/,
    );
  });

  it('finds the claimed devices of a long table too (past the first few, looked up in the bus index)', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `0x${(0x9001 + i).toString(16).toUpperCase()}`);
    const claimed = [0, 9, 10, 11].map(
      (i) => `alias usb:v0BDAp${(0x9001 + i).toString(16).toUpperCase()}d*dc*dsc*dp*ic*isc*ip*in* rtl8xxxu\n`,
    );
    const found = await findings(usbModule(ids.map((id) => ['VENDOR_REALTEK', id])), `${ALIASES}${claimed.join('')}`);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(
      /^4 device IDs in this table are already driven by in-tree rtl8xxxu \(Linux modules.alias\) \(lines 7, 16, 17 and 18\)/,
    );
  });

  it('ignores class-wide and vendor-wide aliases, the module itself, and devices nobody claims', async () => {
    const found = await findings(
      usbModule([
        ['0x056e', '0x4008'], // xpad claims vendor 056E only for its interface class
        ['0x1234', '0x0001'], // the module's own alias (an installed build of this very module)
        ['0x1d6b', '0x0002'], // nobody
      ]),
      ALIASES,
    );
    expect(found).toEqual([]);
  });

  it('for OF and ACPI, matches the device string as modprobe would (another id, or a placeholder entry, claims nothing)', async () => {
    const files = {
      ...GOOD_MODULE,
      Makefile: GOOD_MODULE.Makefile.replace('obj-m := good.o', 'obj-m := good.o good_of.o'),
      'good_of.c': `// SPDX-License-Identifier: GPL-2.0
#include <linux/of.h>
#include <linux/acpi.h>

static const struct of_device_id good_of[] = {
	{ .compatible = "acme,chip" },
	{ .compatible = "acme,other" },
	{ }
};
MODULE_DEVICE_TABLE(of, good_of);
static const struct acpi_device_id good_acpi[] = {
	{ "ACME0001", 0 },
	{ "ACME0002", 0 },
	{ }
};
MODULE_DEVICE_TABLE(acpi, good_acpi);
`,
    };
    const aliases = [
      'alias of:N*T*Cacme,chipC* intree_chip',
      'alias of:N*T*Cacme,chip intree_chip',
      'alias of:N*T*Cvendor,unrelatedC* unrelated',
      'alias of:N*T*C* placeholder',
      'alias acpi*:ACME0001:* intree_acpi',
      'alias acpi*:ACPI0003:* ac',
      '',
    ].join('\n');
    const found = await findings(files, aliases);
    expect(found.map((f) => [f.line, f.message.replace(/ \(.*$/, '')])).toEqual([
      [6, 'device of:N*T*Cacme,chip'],
      [12, 'device acpi*:ACME0001:*'],
    ]);
    expect(found[0].message).toContain('already driven by in-tree intree_chip (Linux modules.alias)');
    expect(found[1].message).toContain('already driven by in-tree intree_acpi (Linux modules.alias)');
  });

  it('reports nothing without device tables, and says which modules.alias line is broken', async () => {
    expect(await findings(GOOD_MODULE, ALIASES)).toEqual([]);
    const root = writeRepo({ ...GOOD_MODULE, 'bad.alias': 'alias usb:v1234* mod\nnonsense here\n' });
    let stderr = '';
    const code = await main([root, '--kernel-aliases', path.join(root, 'bad.alias')], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      isTTY: false,
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toContain('bad.alias:2: not a modules.alias line');
    const missing = await main([root, '--kernel-aliases', '/nonexistent/modules.alias'], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      isTTY: false,
      env: {},
    });
    expect(missing).toBe(2);
    expect(stderr).toContain('--kernel-aliases /nonexistent/modules.alias: no such file');
  });

  const installed = installedAliasFiles();
  const why = installed.length === 0 ? 'no /lib/modules/*/modules.alias: install a Debian linux-image-* package' : '';
  if (why) console.warn(`skipping the installed-kernel test: ${why}`);

  it.skipIf(!!why)('against the installed kernels: a Realtek 8188EU id is claimed by rtl8xxxu or r8188eu', async () => {
    const found = await findings(usbModule([['VENDOR_REALTEK', '0x8179']]));
    expect(found).toHaveLength(1);
    const releases = installed.map((f) => path.basename(path.dirname(f)));
    // Each installed kernel that drives the device is named with its release.
    expect(releases.some((r) => found[0].message.includes(`(Linux ${r})`))).toBe(true);
    expect(found[0].message).toMatch(/rtl8xxxu|r8188eu/);
    expect(existsSync(installed[0])).toBe(true);
  });
});
