// Device tables turned into aliases exactly as modpost does: checked against the modules.alias depmod
// wrote for the same in-tree drivers (Debian's Linux 6.1 image), and on written-out tables of every bus.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { deviceTables, evalInt } from '../../src/model/devices/tables.js';
import { linuxSource61 } from '../helpers/linux-source.js';

const KERNEL = linuxSource61() ?? '/work/linux-6.1';
const ALIASES = installed61();

function installed61(): string | undefined {
  const base = '/lib/modules';
  if (!existsSync(base)) return undefined;
  const r = readdirSync(base).find((d) => d.startsWith('6.1.') && existsSync(path.join(base, d, 'modules.alias')));
  return r ? path.join(base, r, 'modules.alias') : undefined;
}

/** Each alias, and whether its entry sits under a preprocessor condition (a kernel config may drop it). */
function aliasesOf(files: string[]): { alias: string; guarded: boolean }[] {
  const cfiles = files.map((f) => readCFile(f, readFileSync(path.join(KERNEL, f), 'utf8')));
  const lookup = (n: string) => {
    for (const f of cfiles) {
      const d = f.defines.get(n);
      if (d && !d.params) return d.value;
    }
    return undefined;
  };
  const t = deviceTables(cfiles, lookup);
  expect(t.unresolved).toEqual([]);
  const byPath = new Map(cfiles.map((f) => [f.path, f]));
  return t.aliases.map((a) => ({ alias: a.alias, guarded: (byPath.get(a.file)?.conditionsAt(a.line).length ?? 0) > 0 }));
}

const why = !existsSync(KERNEL)
  ? `${KERNEL} (Linux 6.1 source) is absent`
  : !ALIASES
    ? 'no Linux 6.1 modules.alias installed (linux-image-6.1.0-*-amd64)'
    : '';
if (why) console.warn(`skipping real-kernel alias comparison: ${why}`);

describe.skipIf(!!why)('aliases as depmod wrote them for in-tree drivers (Linux 6.1)', () => {
  const lines = why ? [] : readFileSync(ALIASES as string, 'utf8').split('\n');
  const claimed = (module: string) => new Set(lines.filter((l) => l.endsWith(` ${module}`)).map((l) => l.split(' ')[1]));

  it.each([
    ['i40e', ['drivers/net/ethernet/intel/i40e/i40e_main.c', 'drivers/net/ethernet/intel/i40e/i40e_devids.h'], 'pci'],
    ['rtl8xxxu', ['drivers/net/wireless/realtek/rtl8xxxu/rtl8xxxu_core.c'], 'usb'],
    ['tmp102', ['drivers/hwmon/tmp102.c'], 'i2c and of'],
    ['ath6kl_sdio', ['drivers/net/wireless/ath/ath6kl/sdio.c'], 'sdio'],
    ['kxcjk_1013', ['drivers/iio/accel/kxcjk-1013.c'], 'acpi, i2c and of'],
    ['ad7266', ['drivers/iio/adc/ad7266.c'], 'spi'],
    ['hid_a4tech', ['drivers/hid/hid-a4tech.c', 'drivers/hid/hid-ids.h'], 'hid'],
  ])('%s (%s)', (module, files, _bus) => {
    const ours = aliasesOf(files);
    const theirs = claimed(module);
    expect(ours.length).toBeGreaterThan(0);
    // Every alias we compute is one depmod wrote, character for character, unless Debian's config left its
    // entry out (`#ifdef CONFIG_RTL8XXXU_UNTESTED`) ...
    expect(ours.filter((a) => !a.guarded && !theirs.has(a.alias))).toEqual([]);
    // ... and every alias depmod wrote is one we compute (modpost's second OF form, `...C*`, matches the same devices).
    const mine = new Set(ours.map((a) => a.alias));
    expect([...theirs].filter((a) => !mine.has(a) && !(a.startsWith('of:') && a.endsWith('C*')))).toEqual([]);
  });
});

describe('table syntax', () => {
  const tables = (src: string) => {
    const f = readCFile('x.c', src);
    return deviceTables([f], (n) => f.defines.get(n)?.value).aliases.map((a) => a.alias);
  };

  it('reads helper macros, designated and positional entries, and stops at the terminator', () => {
    expect(
      tables(`#define MY_VID 0x0bda
static const struct usb_device_id ids[] = {
	{ USB_DEVICE(MY_VID, 0x8179) },	/* a comment */
	{ USB_DEVICE_AND_INTERFACE_INFO(0x0bda, 0x818b, 0xff, 0xff, 0xff) },
	{ .match_flags = USB_DEVICE_ID_MATCH_VENDOR | USB_DEVICE_ID_MATCH_PRODUCT, .idVendor = 1, .idProduct = 2 },
	{}
};
MODULE_DEVICE_TABLE(usb, ids);
static const struct i2c_device_id i2c_ids[] = { { "chip1", 0 }, { .name = "chip2" }, { } };
MODULE_DEVICE_TABLE(i2c, i2c_ids);
static const struct of_device_id of_ids[] = { { .compatible = "acme,chip 1" }, { } };
MODULE_DEVICE_TABLE(of, of_ids);
static const struct pci_device_id pci_ids[] = { { PCI_VDEVICE(INTEL, 0x1572), 0 }, { PCI_DEVICE_SUB(0x10ec, 0x8168, PCI_ANY_ID, 0x1234) }, { 0, } };
MODULE_DEVICE_TABLE(pci, pci_ids);
static const struct acpi_device_id acpi_ids[] = { { "ACME0001", 0 }, { } };
MODULE_DEVICE_TABLE(acpi, acpi_ids);
static const struct sdio_device_id sdio_ids[] = { { SDIO_DEVICE(0x02df, 0x9104) }, { } };
MODULE_DEVICE_TABLE(sdio, sdio_ids);
static const struct hid_device_id hid_ids[] = { { HID_USB_DEVICE(0x046d, 0xc52b) }, { } };
MODULE_DEVICE_TABLE(hid, hid_ids);
static const struct platform_device_id plat_ids[] = { { "acme-plat" }, { } };
MODULE_DEVICE_TABLE(platform, plat_ids);
MODULE_ALIAS("spi:acme-spi");
`),
    ).toEqual([
      'usb:v0BDAp8179d*dc*dsc*dp*ic*isc*ip*in*',
      'usb:v0BDAp818Bd*dc*dsc*dp*icFFiscFFipFFin*',
      'usb:v0001p0002d*dc*dsc*dp*ic*isc*ip*in*',
      'i2c:chip1',
      'i2c:chip2',
      'of:N*T*Cacme,chip_1',
      'pci:v00008086d00001572sv*sd*bc*sc*i*',
      'pci:v000010ECd00008168sv*sd00001234bc*sc*i*',
      'acpi*:ACME0001:*',
      'sdio:c*v02DFd9104*',
      'hid:b0003g*v0000046Dp0000C52B',
      'platform:acme-plat',
      'spi:acme-spi',
    ]);
  });

  it('says which entries it could not resolve instead of guessing', () => {
    const f = readCFile(
      'x.c',
      'static const struct usb_device_id ids[] = {\n\t{ USB_DEVICE(VENDOR_FROM_ELSEWHERE, 1) },\n\t{}\n};\nMODULE_DEVICE_TABLE(usb, ids);\n',
    );
    const t = deviceTables([f], () => undefined);
    expect(t.aliases).toEqual([]);
    expect(t.unresolved).toEqual([{ file: 'x.c', line: 2, why: 'idVendor = VENDOR_FROM_ELSEWHERE not resolved' }]);
  });
});

describe('constants in table entries', () => {
  it('reads the kernel constants the table holds, and nothing of an object for a name such as constructor', () => {
    const none = () => undefined;
    expect(evalInt('PCI_CLASS_STORAGE_SCSI', none)).toBe(0x0100);
    expect(evalInt('PCI_CLASS_STORAGE_SCSI << 8', none)).toBe(0x010000);
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) expect(evalInt(name, none), name).toBeUndefined();
    // a module's own define of such a name is still read
    expect(evalInt('constructor', (n) => (n === 'constructor' ? '0x10' : undefined))).toBe(0x10);
  });
});
