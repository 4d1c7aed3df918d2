#!/usr/bin/env node
// Regenerates src/data/device-id-constants.json: the numeric PCI and SDIO id macros of a kernel tree
// (include/linux/pci_ids.h, include/linux/mmc/sdio_ids.h) and the input bus numbers HID tables use,
// so that device tables written with PCI_VDEVICE(INTEL, ...) or PCI_VENDOR_ID_* resolve to numbers.
//
//   node scripts/gen-device-id-constants.mjs [KERNEL_TREE]   (default /work/linux-6.1)

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const tree = process.argv[2] ?? '/work/linux-6.1';
const files = ['include/linux/pci_ids.h', 'include/linux/mmc/sdio_ids.h', 'include/uapi/linux/input.h', 'include/linux/mod_devicetable.h'];
const wanted =
  /^(PCI_(VENDOR|DEVICE|SUBVENDOR|SUBDEVICE)_ID_\w+|PCI_CLASS_\w+|SDIO_(VENDOR|DEVICE)_ID_\w+|SDIO_CLASS_\w+|BUS_\w+|USB_DEVICE_ID_MATCH_\w+)$/;
const out = {};
for (const f of files) {
  for (const line of readFileSync(path.join(tree, f), 'utf8').split('\n')) {
    const m = /^#define\s+(\w+)\s+(0x[0-9a-fA-F]+|\d+)\b/.exec(line);
    if (m && wanted.test(m[1])) out[m[1]] = Number(m[2]);
  }
}
// The composite USB match flags of include/linux/usb.h (ORs of the ones above), as the kernel defines them.
const text = readFileSync(path.join(tree, 'include/linux/usb.h'), 'utf8').replace(/\\\n/g, ' ');
for (let pass = 0; pass < 3; pass++) {
  for (const m of text.matchAll(/^#define\s+(USB_DEVICE_ID_MATCH_\w+)\s+\(([^)]*)\)/gm)) {
    const names = m[2].split('|').map((x) => x.trim());
    if (names.every((n) => n in out)) out[m[1]] = names.reduce((a, n) => a | out[n], 0);
  }
}
const target = new URL('../src/data/device-id-constants.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ source: `Linux ${path.basename(tree)}: ${files.join(', ')}`, constants: out })}\n`);
console.log(`${Object.keys(out).length} constants written to ${target.pathname}`);
