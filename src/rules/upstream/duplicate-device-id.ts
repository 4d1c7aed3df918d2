import { type KernelAlias, type KernelAliasDb, tokensOf } from '../../model/devices/kernel-aliases.js';
import { fnmatch, type GlobToken, globsIntersect, tokenize } from '../../model/devices/glob.js';
import { GlobIndex } from '../../model/devices/glob-index.js';
import type { DeviceAlias } from '../../model/devices/tables.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { groupBy, listFiles } from '../once.js';

/** The vendor and product fields of buses whose ids are numbers; `*` when any matches. */
const VENDOR: Record<string, RegExp> = {
  usb: /^usb:v([0-9A-F]{4}|\*)p([0-9A-F]{4}|\*)/,
  pci: /^pci:v([0-9A-F]{8}|\*)d([0-9A-F]{8}|\*)/,
  hid: /^hid:b(?:[0-9A-F]{4}|\*)g(?:[0-9A-F]{4}|\*)v([0-9A-F]{8}|\*)p([0-9A-F]{8}|\*)/,
  sdio: /^sdio:c(?:[0-9A-F]{2}|\*)v([0-9A-F]{4}|\*)d([0-9A-F]{4}|\*)/,
};

/**
 * How the patterns of a device start, on buses where vendor and product come first: the in-tree aliases of a device
 * are found by their text, without reading the bus's thousands of others.
 */
const DEVICE_PREFIX: Record<string, (vendor: string, product: string) => string> = {
  usb: (v, p) => `usb:v${v}p${p}`,
  pci: (v, d) => `pci:v${v}d${d}`,
};

/** `vendor:product`, or undefined when the alias does not spell both as numbers (class or vendor-wide entries). */
function deviceOf(bus: string, alias: string): string | undefined {
  const m = VENDOR[bus]?.exec(alias);
  return m && m[1] !== '*' && m[2] !== '*' ? `${m[1]}:${m[2]}` : undefined;
}

const kernelDevices = new WeakMap<KernelAlias, string | undefined>();

/** deviceOf for an in-tree alias, computed once per alias (a table of hundreds of entries meets the same ones). */
function deviceOfAlias(bus: string, k: KernelAlias): string | undefined {
  if (!kernelDevices.has(k)) kernelDevices.set(k, deviceOf(bus, k.pattern));
  return kernelDevices.get(k);
}

const byDevice = new WeakMap<KernelAlias[], Map<string, KernelAlias[]>>();

/**
 * A bus's in-tree aliases grouped by `vendor:product`, built once per bus: an alias that names a device can only
 * meet those naming the same one, so a table of thousands of IDs need not try every in-tree alias.
 */
function aliasesOfDevice(bus: string, all: KernelAlias[], device: string): KernelAlias[] {
  let index = byDevice.get(all);
  if (!index) {
    index = new Map();
    for (const k of all) {
      const d = deviceOfAlias(bus, k);
      if (d === undefined) continue;
      const list = index.get(d);
      if (list) list.push(k);
      else index.set(d, [k]);
    }
    byDevice.set(all, index);
  }
  return index.get(device) ?? [];
}

/**
 * Whether an in-tree alias names a particular device at all. A table entry with no name, type or compatible
 * (an unterminated or placeholder entry) becomes `of:N*T*` / `of:N*T*C*` in modules.alias: modprobe would load
 * that module for any device-tree node, but the driver core never binds it to one (of_match_node needs a match).
 */
function namesDevice(bus: string, alias: string): boolean {
  if (bus === 'of') return /^of:N(?!\*T)|T(?!\*)[^C]|C[^*]/.test(alias);
  const rest = alias.slice(alias.indexOf(':') + 1);
  return /[^*?]/.test(rest.replace(/^\*:/, ''));
}

/**
 * The modalias of a device with just this entry's identity, as the kernel would announce it, for buses whose
 * modalias lists several ids (`of:N...T...Cvendor,chipCfallback`, `acpi:HID:CID:`) or is one name (`i2c:chip`):
 * the entry's wildcards stand for nothing there. modprobe fnmatch()es every alias against that string. (Matching
 * the two globs against each other instead would let `acpi*:ACPI0003:*` claim every ACPI device.) For OF, also
 * the form with a further compatible after it (`...Cvendor,chipC...`).
 */
function deviceStrings(ours: DeviceAlias): string[] {
  const plain = ours.alias.replace(/\*/g, '');
  return ours.bus === 'of' ? [plain, `${plain}C`] : [plain];
}

/** Module names as modprobe compares them: `-` and `_` are the same. */
const norm = (name: string) => name.replace(/-/g, '_');

/** Devices of a bus asked without an index, per alias file: past a few, an index costs less. */
const SEARCHES_BEFORE_INDEX = 8;
const searches = new WeakMap<KernelAliasDb, Map<string, number>>();

/**
 * The in-tree aliases that may claim the device `vendor:product`: found by the text their patterns start with
 * for the first few devices of a USB or PCI table (no object made for the bus's thousands of others), from the
 * bus's index by device for the rest, as on the other buses.
 */
function candidatesFor(bus: string, device: string, db: KernelAliasDb): KernelAlias[] {
  const prefix = DEVICE_PREFIX[bus];
  const perBus = searches.get(db) ?? new Map<string, number>();
  searches.set(db, perBus);
  const asked = (perBus.get(bus) ?? 0) + 1;
  perBus.set(bus, asked);
  if (!prefix || asked > SEARCHES_BEFORE_INDEX) return aliasesOfDevice(bus, db.onBus(bus), device);
  const [vendor, product] = device.split(':');
  return db.withPrefix(prefix(vendor, product));
}

const others = new WeakMap<KernelAlias[], { own: Set<string>; list: KernelAlias[]; asked: number; index?: GlobIndex<KernelAlias> }>();

/**
 * The bus's in-tree aliases that name a device, of modules not the repository's own, and may match one of `devices`
 * (in file order): what an alias naming no single device is matched against. They are sifted once per bus rather
 * than once per alias, and past a few aliases indexed by their text: a tree of in-tree drivers has thousands of
 * such aliases (`drivers/net` 589 `of:` entries, each kernel about 1,800).
 */
function othersOf(bus: string, all: KernelAlias[], own: Set<string>, devices: string[]): KernelAlias[] {
  let hit = others.get(all);
  if (hit?.own !== own) {
    hit = { own, list: all.filter((k) => !own.has(norm(k.module)) && namesDevice(bus, k.pattern)), asked: 0 };
    others.set(all, hit);
  }
  if (++hit.asked <= SEARCHES_BEFORE_INDEX) return hit.list;
  hit.index ??= new GlobIndex(hit.list, (k) => k.pattern);
  return hit.index.candidates(devices);
}

/**
 * In-tree modules whose aliases match a device this alias matches. A class-wide or vendor-wide alias
 * (`usb:v*p*...ic08...` of usb-storage, `usb:v056Ep*...icFF...` of xpad) claims no particular device: on
 * vendor/product buses both sides must name the same vendor and product.
 */
export function claimants(ours: DeviceAlias, db: KernelAliasDb, own: Set<string>): string[] {
  const device = deviceOf(ours.bus, ours.alias);
  if (ours.bus in VENDOR && device === undefined) return [];
  let mine: GlobToken[] | undefined; // tokenized when an in-tree alias of the same device is met: few are
  const devices = deviceStrings(ours);
  const found = new Set<string>();
  const candidates = device === undefined ? othersOf(ours.bus, db.onBus(ours.bus), own, devices) : candidatesFor(ours.bus, device, db);
  for (const k of candidates) {
    if (own.has(norm(k.module)) || found.has(k.module)) continue;
    if (!namesDevice(ours.bus, k.pattern)) continue;
    const hit =
      device !== undefined ? globsIntersect((mine ??= tokenize(ours.alias)), tokensOf(k)) : devices.some((d) => fnmatch(tokensOf(k), d));
    if (hit) found.add(k.module);
  }
  return [...found].sort();
}

function findings(model: RepoModel): RawFinding[] {
  const dbs = model.kernelAliases ?? [];
  if (dbs.length === 0) return [];
  const own = new Set(model.modules.map((m) => norm(m.name)));
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const a of model.devices.aliases) {
    const key = `${a.file}:${a.line}:${a.alias}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claims = dbs.map((db) => ({ kernel: db.kernel, modules: claimants(a, db, own) })).filter((c) => c.modules.length > 0);
    if (claims.length === 0) continue;
    const who = claims.map((c) => `${c.modules.join(', ')} (Linux ${c.kernel})`).join('; ');
    out.push({
      file: a.file,
      line: a.line,
      column: a.column,
      message: `device ${a.alias} (${a.entry}) is already driven by in-tree ${who}`,
    });
    whoOf.set(out[out.length - 1], `${a.file}\u0000${who}`);
  }
  // One fact per table and in-tree driver: a Wi-Fi table overlapping rtl8xxxu names dozens of IDs.
  return [...groupBy(out, (f) => whoOf.get(f) as string)].map(([key, list]) => {
    if (list.length === 1) return list[0];
    const who = key.split('\u0000')[1];
    const lines = listFiles(
      list.map((f) => String(f.line)),
      8,
    );
    return {
      ...list[0],
      message: `${list.length} device IDs in this table are already driven by in-tree ${who} (lines ${lines}); first: ${list[0].message}`,
    };
  });
}

const whoOf = new WeakMap<RawFinding, string>();

export default defineRule({
  id: 'upstream/duplicate-device-id',
  severity: 'warning',
  title: 'Device IDs an in-tree module already claims',
  why:
    'Upstream takes one driver per device: a driver whose device table names hardware an in-tree module already ' +
    'binds is not merged (staging drivers were deleted once a main-tree driver covered their IDs), and users may ' +
    'not need it at all. The in-tree claims are read from `modules.alias` of installed kernels, matched as modprobe does.',
  fix: 'Extend the in-tree driver for the missing devices or features instead, or drop the IDs the in-tree driver already handles.',
  check: findings,
});
