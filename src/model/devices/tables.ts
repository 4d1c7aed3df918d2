// Device-ID tables (`MODULE_DEVICE_TABLE(usb, ids)` and the array it names) and explicit MODULE_ALIAS
// strings, turned into the alias globs modpost writes for them (scripts/mod/file2alias.c of Linux 6.1).

import data from '../../data/device-id-constants.json' with { type: 'json' };
import type { CFile } from '../c/types.js';
import { IDENTIFIER_NAME, nameFollowedBy } from '../../text/name-match.js';

export interface DeviceAlias {
  bus: string;
  /** The glob modpost generates for the entry (`usb:v0BDAp8179d*dc*dsc*dp*ic*isc*ip*in*`). */
  alias: string;
  file: string;
  line: number;
  column: number;
  /** The entry as written, shortened: what the finding quotes. */
  entry: string;
}

export interface DeviceTables {
  aliases: DeviceAlias[];
  /** Entries the audit could not turn into an alias (an id macro it cannot resolve), with why. */
  unresolved: { file: string; line: number; why: string }[];
}

// Looked up through `data` at each use: the table (100 KB) is parsed only when an entry names a constant.
const constants = () => (data as { constants: Record<string, number> }).constants;

/** The kernel's helper macros for table entries, as the designated initialisers they expand to. */
const ENTRY_MACROS: Record<string, (a: string[]) => string> = {
  USB_DEVICE: ([v, p]) => `.match_flags = 3, .idVendor = ${v}, .idProduct = ${p}`,
  USB_DEVICE_VER: ([v, p]) => `.match_flags = 3, .idVendor = ${v}, .idProduct = ${p}`,
  USB_DEVICE_INTERFACE_CLASS: ([v, p, c]) => `.match_flags = 0x83, .idVendor = ${v}, .idProduct = ${p}, .bInterfaceClass = ${c}`,
  USB_DEVICE_INTERFACE_PROTOCOL: ([v, p, c]) => `.match_flags = 0x203, .idVendor = ${v}, .idProduct = ${p}, .bInterfaceProtocol = ${c}`,
  USB_DEVICE_INTERFACE_NUMBER: ([v, p, n]) => `.match_flags = 0x403, .idVendor = ${v}, .idProduct = ${p}, .bInterfaceNumber = ${n}`,
  USB_DEVICE_AND_INTERFACE_INFO: ([v, p, c, s, r]) =>
    `.match_flags = 0x383, .idVendor = ${v}, .idProduct = ${p}, .bInterfaceClass = ${c}, .bInterfaceSubClass = ${s}, .bInterfaceProtocol = ${r}`,
  USB_VENDOR_AND_INTERFACE_INFO: ([v, c, s, r]) =>
    `.match_flags = 0x381, .idVendor = ${v}, .bInterfaceClass = ${c}, .bInterfaceSubClass = ${s}, .bInterfaceProtocol = ${r}`,
  PCI_DEVICE: ([v, d]) => `.vendor = ${v}, .device = ${d}, .subvendor = PCI_ANY_ID, .subdevice = PCI_ANY_ID`,
  PCI_DEVICE_SUB: ([v, d, sv, sd]) => `.vendor = ${v}, .device = ${d}, .subvendor = ${sv}, .subdevice = ${sd}`,
  PCI_VDEVICE: ([v, d]) => `.vendor = PCI_VENDOR_ID_${v.trim()}, .device = ${d}, .subvendor = PCI_ANY_ID, .subdevice = PCI_ANY_ID, 0, 0`,
  PCI_VDEVICE_SUB: ([v, d, sv, sd]) => `.vendor = PCI_VENDOR_ID_${v.trim()}, .device = ${d}, .subvendor = ${sv}, .subdevice = ${sd}, 0, 0`,
  HID_DEVICE: ([b, g, v, p]) => `.bus = ${b}, .group = ${g}, .vendor = ${v}, .product = ${p}`,
  HID_USB_DEVICE: ([v, p]) => `.bus = 0x03, .vendor = ${v}, .product = ${p}`,
  HID_BLUETOOTH_DEVICE: ([v, p]) => `.bus = 0x05, .vendor = ${v}, .product = ${p}`,
  HID_I2C_DEVICE: ([v, p]) => `.bus = 0x18, .vendor = ${v}, .product = ${p}`,
  SDIO_DEVICE: ([v, d]) => `.vendor = ${v}, .device = ${d}`,
};

/**
 * The fields of each table's struct in declaration order (include/linux/mod_devicetable.h): a value without
 * `.field =` initialises the field after the previous one, as in C (`PCI_VDEVICE(...)` ends in `, 0, 0`).
 */
const POSITIONAL: Record<string, string[]> = {
  usb: [
    'match_flags',
    'idVendor',
    'idProduct',
    'bcdDevice_lo',
    'bcdDevice_hi',
    'bDeviceClass',
    'bDeviceSubClass',
    'bDeviceProtocol',
    'bInterfaceClass',
    'bInterfaceSubClass',
    'bInterfaceProtocol',
    'bInterfaceNumber',
    'driver_info',
  ],
  pci: ['vendor', 'device', 'subvendor', 'subdevice', 'class', 'class_mask', 'driver_data', 'override_only'],
  hid: ['bus', 'group', 'vendor', 'product', 'driver_data'],
  sdio: ['class', 'vendor', 'device', 'driver_data'],
  of: ['name', 'type', 'compatible', 'data'],
  acpi: ['id', 'driver_data', 'cls', 'cls_msk'],
  i2c: ['name', 'driver_data'],
  spi: ['name', 'driver_data'],
  platform: ['name', 'driver_data'],
};

export const TABLE_BUSES = Object.keys(POSITIONAL);

const ANY32 = 0xffffffff;

/** file2alias.c's add_wildcard: end in `*` for future fields, unless it already does. */
function wildcardEnd(alias: string): string {
  return alias.endsWith('*') ? alias : `${alias}*`;
}

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(width, '0');
}

/** Splits at top-level commas (not those inside string literals: `"ti,tmp102"`). */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter((x) => x.length > 0);
}

type Lookup = (name: string) => string | undefined;

/** An integer expression of literals, known macros, `|`, `~0`, parentheses and casts; undefined when unknown. */
export function evalInt(expr: string, lookup: Lookup, depth = 0): number | undefined {
  let e = expr.trim().replace(/\((?:unsigned\s+)?(?:int|long|u8|u16|u32|__u8|__u16|__u32|kernel_ulong_t)\)/g, '');
  while (/^\(.*\)$/.test(e) && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  if (depth > 8) return undefined;
  if (e.includes('|')) {
    const parts = splitOps(e, '|').map((p) => evalInt(p, lookup, depth + 1));
    return parts.some((p) => p === undefined) ? undefined : (parts as number[]).reduce((a, b) => (a | b) >>> 0, 0);
  }
  const shift = /^([\s\S]+?)<<\s*(\d+)$/.exec(e);
  if (shift && !shift[1].includes('|')) {
    const v = evalInt(shift[1], lookup, depth + 1);
    return v === undefined ? undefined : (v << Number(shift[2])) >>> 0;
  }
  if (/^~\s*0[uUlL]*$/.test(e)) return ANY32;
  const lit = /^(0[xX][0-9a-fA-F]+|\d+)[uUlL]*$/.exec(e);
  if (lit) return Number(lit[1]) >>> 0;
  if (/^[A-Za-z_]\w*$/.test(e)) {
    if (e === 'PCI_ANY_ID' || e === 'HID_ANY_ID' || e === 'SDIO_ANY_ID') return ANY32;
    if (e === 'HID_GROUP_ANY') return 0;
    if (e === 'HID_BUS_ANY') return 0xffff;
    const known = constants();
    if (Object.hasOwn(known, e)) return known[e];
    const v = lookup(e);
    return v === undefined ? undefined : evalInt(v, lookup, depth + 1);
  }
  return undefined;
}

function balanced(s: string): boolean {
  let d = 0;
  for (const c of s) {
    if (c === '(') d++;
    else if (c === ')' && --d < 0) return false;
  }
  return d === 0;
}

function splitOps(s: string, op: string): string[] {
  const out: string[] = [];
  let d = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') d++;
    else if (s[i] === ')') d--;
    else if (s[i] === op && d === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** A C string literal (possibly adjacent literals or a macro naming one); undefined when unknown. */
function evalString(expr: string, lookup: Lookup, depth = 0): string | undefined {
  const e = expr.trim();
  const parts = [...e.matchAll(/"((?:[^"\\]|\\.)*)"/g)];
  if (parts.length && e.replace(/"((?:[^"\\]|\\.)*)"/g, '').trim() === '') return parts.map((p) => p[1]).join('');
  if (/^[A-Za-z_]\w*$/.test(e) && depth < 8) {
    const v = lookup(e);
    return v === undefined ? undefined : evalString(v, lookup, depth + 1);
  }
  return undefined;
}

/** The entry's initialiser list with the kernel's helper macros expanded in place. */
function expand(parts: string[]): string[] {
  return parts.flatMap((part) => {
    const call = /^([A-Z_][A-Z0-9_]*)\s*\(([\s\S]*)\)$/.exec(part);
    const helper = call ? ENTRY_MACROS[call[1]] : undefined;
    return call && helper ? expand(splitTop(helper(splitTop(call[2])))) : [part];
  });
}

/** `.field = value` pairs of an entry: helper macros expanded, positional values named as C does. */
function entryFields(bus: string, body: string): Map<string, string> {
  // Preprocessor lines inside a table (`#ifdef CONFIG_X` around entries) are not part of any entry.
  let text = body.replace(/^[ \t]*#.*$/gm, '').trim();
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  const order = POSITIONAL[bus] ?? [];
  const fields = new Map<string, string>();
  let position = 0;
  for (const part of expand(splitTop(text))) {
    const designated = /^\.(\w+)\s*=\s*([\s\S]+)$/.exec(part);
    if (designated) {
      fields.set(designated[1], designated[2].trim());
      position = order.indexOf(designated[1]) + 1;
    } else {
      const name = order[position++];
      if (name) fields.set(name, part);
    }
  }
  return fields;
}

/** The alias modpost writes for one entry (file2alias.c), or a reason it cannot be computed. */
export function entryAlias(bus: string, fields: Map<string, string>, lookup: Lookup): string | { skip: string } {
  const num = (f: string, dflt?: number): number | undefined => {
    const v = fields.get(f);
    return v === undefined ? dflt : evalInt(v, lookup);
  };
  const str = (f: string): string | undefined => {
    const v = fields.get(f);
    return v === undefined ? '' : evalString(v, lookup);
  };
  const unknown = (f: string) => ({ skip: `${f} = ${fields.get(f)} not resolved` });
  const add = (sep: string, on: boolean, n: number | undefined, width: number) => `${sep}${on && n !== undefined ? hex(n, width) : '*'}`;
  switch (bus) {
    case 'usb': {
      const flags = num('match_flags', 0);
      if (flags === undefined) return unknown('match_flags');
      const f = (bit: number, name: string, width: number) => {
        const on = (flags & bit) !== 0;
        const v = on ? num(name) : 0;
        if (on && v === undefined) throw unknown(name);
        return add('', on, v, width);
      };
      try {
        // bcdDevice ranges become `d*`: wider than modpost's bracketed ranges, so a device match is never missed.
        return `usb:v${f(1, 'idVendor', 4)}p${f(2, 'idProduct', 4)}d*dc${f(0x10, 'bDeviceClass', 2)}dsc${f(0x20, 'bDeviceSubClass', 2)}dp${f(0x40, 'bDeviceProtocol', 2)}ic${f(0x80, 'bInterfaceClass', 2)}isc${f(0x100, 'bInterfaceSubClass', 2)}ip${f(0x200, 'bInterfaceProtocol', 2)}in${f(0x400, 'bInterfaceNumber', 2)}*`.replace(
          /\*\*+/g,
          '*',
        );
      } catch (e) {
        return e as { skip: string };
      }
    }
    case 'pci': {
      const out: string[] = [];
      for (const [sep, name] of [
        ['v', 'vendor'],
        ['d', 'device'],
        ['sv', 'subvendor'],
        ['sd', 'subdevice'],
      ]) {
        const n = num(name, name.startsWith('sub') ? ANY32 : undefined);
        if (n === undefined) return unknown(name);
        out.push(add(sep, n !== ANY32, n, 8));
      }
      const cls = num('class', 0);
      const mask = num('class_mask', 0);
      if (cls === undefined || mask === undefined) return unknown('class');
      const b = (shift: number, sep: string) => add(sep, ((mask >> shift) & 0xff) === 0xff, (cls >> shift) & 0xff, 2);
      return wildcardEnd(`pci:${out.join('')}${b(16, 'bc')}${b(8, 'sc')}${b(0, 'i')}`);
    }
    case 'hid': {
      const busNo = num('bus', 0xffff);
      const group = num('group', 0);
      const v = num('vendor', ANY32);
      const p = num('product', ANY32);
      if (busNo === undefined || group === undefined || v === undefined || p === undefined) return { skip: 'hid id not resolved' };
      return `hid:${add('b', busNo !== 0xffff, busNo, 4)}${add('g', group !== 0, group, 4)}${add('v', v !== ANY32, v, 8)}${add('p', p !== ANY32, p, 8)}`;
    }
    case 'sdio': {
      const cls = num('class', 0xff);
      const v = num('vendor', 0xffff);
      const d = num('device', 0xffff);
      if (cls === undefined || v === undefined || d === undefined) return { skip: 'sdio id not resolved' };
      return wildcardEnd(
        `sdio:${add('c', (cls & 0xff) !== 0xff, cls & 0xff, 2)}${add('v', (v & 0xffff) !== 0xffff, v & 0xffff, 4)}${add('d', (d & 0xffff) !== 0xffff, d & 0xffff, 4)}`,
      );
    }
    case 'of': {
      const [name, type, compatible] = [str('name'), str('type'), str('compatible')];
      if (name === undefined || type === undefined || compatible === undefined) return { skip: 'of id not resolved' };
      if (!name && !type && !compatible) return { skip: 'empty entry' };
      const base = `of:N${name || '*'}T${type || '*'}`;
      return (compatible ? `${base}${type ? '*' : ''}C${compatible}` : base).replace(/\s/g, '_');
    }
    case 'acpi': {
      const id = str('id');
      if (id === undefined) return unknown('id');
      return id ? `acpi*:${id}:*` : { skip: 'empty entry' };
    }
    default: {
      const name = str('name');
      if (name === undefined) return unknown('name');
      return name ? `${bus}:${name}` : { skip: 'empty entry' };
    }
  }
}

/** The `{ ... }` (or helper-macro) elements of an array initialiser, with their offsets. */
function elements(code: string, open: number): { items: { text: string; offset: number }[]; end: number } {
  const items: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = -1;
  let i = open;
  for (; i < code.length; i++) {
    const c = code[i];
    if (c === '{' || c === '(') {
      if (depth === 1 && start < 0) start = i;
      depth++;
    } else if (c === '}' || c === ')') {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && start < 0 && /[A-Za-z_]/.test(c)) start = i;
    if (depth === 1 && start >= 0 && (c === ',' || c === '}' || c === ')')) {
      const end = c === ',' ? i : i + 1;
      items.push({ text: code.slice(start, end), offset: start });
      start = -1;
    }
  }
  return { items, end: i };
}

/**
 * The entries of the table opening at `open`, read with `#` lines blanked (`#ifdef CONFIG_X` between entries: both
 * branches' entries kept). A table with no `#` from its first line to where its reading stops reads the same
 * without the blanking, which copies the whole file: most tables (drivers/: 0.8 s of blanking whole files).
 */
export function tableElements(code: string, open: number, blanked: () => string): { text: string; offset: number }[] {
  const raw = elements(code, open);
  const hash = code.indexOf('#', code.lastIndexOf('\n', open) + 1);
  return hash < 0 || hash > raw.end ? raw.items : elements(blanked(), open).items;
}

/** `code` with every `#` line blanked (same length), as the table's entries are read. */
export function withoutDirectiveLines(code: string): string {
  return code.replace(/^[ \t]*#.*$/gm, (l) => ' '.repeat(l.length));
}

/** Device tables named by MODULE_DEVICE_TABLE in these files, and MODULE_ALIAS strings. */
export function deviceTables(files: CFile[], lookupDefine: (name: string) => string | undefined): DeviceTables {
  const result: DeviceTables = { aliases: [], unresolved: [] };
  for (const f of files) {
    // Comments stay blank; string literals (masked in `code`) get their text back from the same offsets.
    const restore = (offset: number, len: number) =>
      f.code.slice(offset, offset + len).replace(/"[^"\n]*"/g, (lit, at: number) => f.text.slice(offset + at, offset + at + lit.length));
    // `#` lines blanked (same length), once per file however many tables it has
    let withoutDirectives: string | undefined;
    const blanked = () => {
      withoutDirectives ??= withoutDirectiveLines(f.code);
      return withoutDirectives;
    };
    for (const m of f.macros) {
      if (m.name === 'MODULE_ALIAS') {
        const value = evalString(m.args[0] ?? '', lookupDefine);
        if (value && /^[a-z0-9_]+\*?:/i.test(value))
          result.aliases.push({
            bus: value.slice(0, value.indexOf(':')).replace('*', ''),
            alias: value,
            file: f.path,
            line: m.line,
            column: m.column,
            entry: `MODULE_ALIAS("${value}")`,
          });
        continue;
      }
      if (m.name !== 'MODULE_DEVICE_TABLE' || m.args.length !== 2) continue;
      const bus = m.args[0].trim();
      const table = m.args[1].trim();
      if (!(bus in POSITIONAL)) continue;
      const open = tableOpen(f.code, table);
      if (open < 0) {
        result.unresolved.push({ file: f.path, line: m.line, why: `table ${table} not found in ${f.path}` });
        continue;
      }
      for (const el of tableElements(f.code, open, blanked)) {
        const text = restore(el.offset, el.text.length);
        const fields = entryFields(bus, text);
        if (fields.size === 0 || [...fields.values()].every((v) => /^0+$|^""$|^NULL$/.test(v))) continue; // terminator
        const alias = entryAlias(bus, fields, lookupDefine);
        const line = f.lineAt(el.offset);
        if (typeof alias === 'string')
          result.aliases.push({
            bus,
            alias,
            file: f.path,
            line,
            column: f.columnAt(el.offset),
            entry: text.replace(/\s+/g, ' ').slice(0, 80),
          });
        else if (alias.skip !== 'empty entry') result.unresolved.push({ file: f.path, line, why: alias.skip });
      }
    }
  }
  return result;
}

/** What follows a table's name where it is defined: `[...]`, annotations, `= {`. */
const TABLE_DEFINITION = /\s*\[[^\]]*\]\s*(?:__\w+\s*)*=\s*\{/y;

/**
 * The offset of the `{` opening the definition of `table` (`foo_ids[] __initconst = {`), or -1. A name that is not an
 * identifier (a macro's expression) is read as the expression it makes, as before the search by name.
 */
function tableOpen(code: string, table: string): number {
  if (!IDENTIFIER_NAME.test(table)) {
    const decl = new RegExp(`\\b${table}${TABLE_DEFINITION.source}`).exec(code);
    return decl ? decl.index + decl[0].length - 1 : -1;
  }
  const hit = nameFollowedBy(code, table, TABLE_DEFINITION);
  return hit ? hit.rest.index + hit.rest[0].length - 1 : -1;
}
