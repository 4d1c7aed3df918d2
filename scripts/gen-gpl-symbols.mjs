#!/usr/bin/env node
// Generates src/data/gpl-only-symbols.json: symbols exported with EXPORT_SYMBOL_GPL, by kernel version,
// from the Module.symvers of the installed Debian header packages (4th column: EXPORT_SYMBOL_GPL).
// Kept small by taking only the core kernel (vmlinux) and the subsystem modules out-of-tree drivers
// commonly build on (USB, HID, V4L2, ALSA, wireless, DRM, IIO, PHY, MMC, Bluetooth); tracepoint
// exports are left out because modules never call them by name.
// Usage: node scripts/gen-gpl-symbols.mjs [--out FILE] [header dir ...]
//   default: /usr/src/linux-headers-6.1.0-*-amd64 and /usr/src/linux-headers-6.12.*-amd64 (newest of each)

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const MODULE_PREFIXES = [
  'drivers/usb/core/',
  'drivers/usb/serial/usbserial',
  'drivers/net/usb/usbnet',
  'drivers/hid/hid',
  'drivers/media/v4l2-core/',
  'drivers/media/common/videobuf2/',
  'drivers/media/mc/',
  'sound/core/',
  'net/wireless/cfg80211',
  'net/mac80211/mac80211',
  'net/bluetooth/bluetooth',
  'net/rfkill/rfkill',
  'drivers/gpu/drm/drm',
  'drivers/gpu/drm/drm_kms_helper',
  'drivers/iio/industrialio',
  'drivers/net/phy/libphy',
  'drivers/mmc/core/mmc_core',
  'drivers/uio/uio',
  'drivers/hwmon/hwmon',
];
const SKIP_NAME = /^(__tracepoint_|__traceiter_|__SCK__tp_|__SCT__tp_|__bpf_trace_|__kstrtab_|__ksymtab_)/;

function newest(pattern) {
  const dirs = readdirSync('/usr/src')
    .filter((d) => pattern.test(d))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return dirs.length ? join('/usr/src', dirs[dirs.length - 1]) : undefined;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, 'src/data/gpl-only-symbols.json');
const dirs =
  args.length > 0
    ? args
    : [newest(/^linux-headers-6\.1\.0-\d+-amd64$/), newest(/^linux-headers-6\.12\.[\d.]+\+deb\d+-amd64$/)].filter(Boolean);
if (dirs.length === 0) {
  console.error('no linux-headers found under /usr/src (see scripts/install-kernel-deps.sh)');
  process.exit(2);
}

/** `6.1.192` from the header tree's top Makefile (kernel.release says `6.1.0-57-amd64` on Debian). */
function kernelVersion(dir) {
  const common = dir.replace(/-amd64$/, '-common');
  for (const mk of [join(dir, 'Makefile'), join(common, 'Makefile')]) {
    if (!existsSync(mk)) continue;
    const t = readFileSync(mk, 'utf8');
    const v = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL'].map((k) => t.match(new RegExp(`^${k} = (\\d+)`, 'm'))?.[1]);
    if (v.every(Boolean)) return v.join('.');
  }
  throw new Error(`cannot tell the kernel version of ${dir}`);
}

const kernels = [];
/** symbol -> versions (major.minor) where it is GPL-only */
const gplIn = new Map();
for (const dir of dirs) {
  const full = kernelVersion(dir);
  const version = full.split('.').slice(0, 2).join('.');
  kernels.push({ version, release: full, headers: dir.slice(dir.lastIndexOf('/') + 1) });
  for (const line of readFileSync(join(dir, 'Module.symvers'), 'utf8').split('\n')) {
    const [, name, module, kind] = line.split('\t');
    if (kind !== 'EXPORT_SYMBOL_GPL' || !name || SKIP_NAME.test(name)) continue;
    if (module !== 'vmlinux' && !MODULE_PREFIXES.some((p) => module.startsWith(p))) continue;
    if (!gplIn.has(name)) gplIn.set(name, []);
    gplIn.get(name).push(version);
  }
}

// Wrapper macros modules call instead of the exported name (`platform_driver_register` expands to
// `__platform_driver_register`): read from each version's headers, so a call to the wrapper counts.
const WRAPPERS = {
  'platform_device.h': [
    'platform_driver_register',
    'platform_driver_probe',
    'platform_create_bundle',
    'module_platform_driver',
    'module_platform_driver_probe',
    'builtin_platform_driver',
  ],
  'device/class.h': ['class_create'],
  'usb.h': ['usb_register', 'module_usb_driver'],
  'spi/spi.h': ['spi_register_driver', 'module_spi_driver'],
  'hid.h': ['hid_register_driver', 'module_hid_driver'],
  'workqueue.h': ['alloc_ordered_workqueue', 'create_workqueue', 'create_freezable_workqueue', 'create_singlethread_workqueue'],
  'debugfs.h': ['debugfs_create_file'],
  'kobject.h': [],
};

function macroBody(text, name) {
  const at = text.search(new RegExp(`^#\\s*define\\s+${name}\\(`, 'm'));
  if (at < 0) return undefined;
  let end = at;
  while (true) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text.slice(at);
    if (text[nl - 1] !== '\\') return text.slice(at, nl);
    end = nl + 1;
  }
}

/** wrapper -> exported GPL-only symbols it expands to, with the versions where that holds */
const wrappers = {};
for (const [i, dir] of dirs.entries()) {
  const version = kernels[i].version;
  const include = [join(dir, 'include/linux'), join(dir.replace(/-amd64$/, '-common'), 'include/linux')].find((d) => existsSync(d));
  if (!include) continue;
  const expand = (name, text, seen) => {
    const body = macroBody(text, name);
    if (!body) return [];
    const called = [...body.slice(body.indexOf(')') + 1).matchAll(/\b([A-Za-z_]\w*)\b/g)].map((m) => m[1]);
    const out = [];
    for (const c of called) {
      if (c === name || seen.has(c)) continue;
      seen.add(c);
      if (gplIn.get(c)?.includes(version)) out.push(c);
      else out.push(...expand(c, text, seen));
    }
    return out;
  };
  for (const [header, names] of Object.entries(WRAPPERS)) {
    const file = join(include, header);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const name of names) {
      for (const target of new Set(expand(name, text, new Set()))) {
        const list = (wrappers[name] ??= []);
        const entry = list.find((e) => e.symbol === target);
        if (entry) entry.versions.push(version);
        else list.push({ symbol: target, versions: [version] });
      }
    }
  }
}

// Grouped by the set of versions, names sorted: compact and diff-friendly.
const groups = {};
for (const [name, versions] of [...gplIn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const key = versions.join(' ');
  (groups[key] ??= []).push(name);
}
const data = {
  source: 'Module.symvers of Debian linux-headers packages; generated by scripts/gen-gpl-symbols.mjs',
  kernels,
  gplOnly: groups,
  wrappers,
};
const out = `${JSON.stringify(data)}\n`;
writeFileSync(outFile, out);
console.log(
  `wrote ${outFile}: ${gplIn.size} symbols, ${out.length} bytes; groups ${Object.entries(groups)
    .map(([k, v]) => `${k}: ${v.length}`)
    .join(', ')}`,
);
