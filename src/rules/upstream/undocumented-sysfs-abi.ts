import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { holdsWord, IDENTIFIER_NAME } from '../../text/name-match.js';

/** Macros that define a sysfs attribute; the attribute's name is their first argument. */
const ATTR_MACRO =
  /\b(DEVICE_ATTR(?:_RW|_RO|_WO|_ADMIN_RW|_ADMIN_RO)?|DRIVER_ATTR_(?:RW|RO|WO)|CLASS_ATTR_(?:RW|RO|WO|STRING)|BUS_ATTR_(?:RW|RO|WO)|IIO_DEVICE_ATTR(?:_RW|_RO|_WO|_NAMED)?|IIO_CONST_ATTR(?:_NAMED)?|__ATTR(?:_RW|_RO|_WO|_RW_MODE)?)\s*\(\s*(\w+)/g;

/** Where a repository documents its ABI: Documentation/ABI-style files (`ABI/testing/sysfs-...`, `sysfs-*`). */
const ABI_DOC = /(^|\/)(ABI\/.+|sysfs-[^/]+)$/i;

export interface SysfsAttribute {
  name: string;
  macro: string;
  file: string;
  offset: number;
}

export function sysfsAttributes(files: CFile[]): SysfsAttribute[] {
  const out: SysfsAttribute[] = [];
  for (const f of files) {
    // every macro of the expression has ATTR in its name: a file without it is not searched by the expression, which
    // tries each of its first letters at every word (drivers/: 2,395 of 28,440 files have it; 293 -> 138 ms)
    if (!f.code.includes('ATTR')) continue;
    for (const m of f.code.matchAll(ATTR_MACRO)) {
      // The macro's own definition (`#define DEVICE_ATTR(_name, ...)`) is not an attribute.
      const lineStart = f.code.lastIndexOf('\n', m.index) + 1;
      if (/^\s*#\s*define\b/.test(f.code.slice(lineStart, m.index))) continue;
      out.push({ name: m[2], macro: m[1], file: f.path, offset: m.index });
    }
  }
  return out;
}

function abiText(model: RepoModel): string {
  return [...model.scan.files.values()]
    .filter((f) => f.text !== undefined && ABI_DOC.test(f.path))
    .map((f) => f.text)
    .join('\n');
}

export default defineRule({
  id: 'upstream/undocumented-sysfs-abi',
  severity: 'note',
  title: 'sysfs attributes not documented as ABI',
  why:
    'Every sysfs attribute a driver adds is user-space ABI the kernel must keep forever; the submission checklist ' +
    '(Documentation/process/submit-checklist.rst, item 18) asks that "all new userspace interfaces are documented ' +
    'in Documentation/ABI/", and reviewers prefer the subsystem\'s standard attributes to driver-specific ones.',
  fix: "Use the subsystem's standard attributes where they exist; document the rest in Documentation/ABI/testing/sysfs-... (What:, Date:, Contact:, Description:).",
  example: {
    bad: {
      Makefile: 'obj-m := drv.o\n',
      'drv.c': '#include <linux/device.h>\n\nstatic DEVICE_ATTR_RW(gain);\n',
    },
    good: {
      Makefile: 'obj-m := drv.o\n',
      'drv.c': '#include <linux/device.h>\n\nstatic DEVICE_ATTR_RW(gain);\n',
      'Documentation/ABI/testing/sysfs-driver-drv':
        'What:\t\t/sys/bus/i2c/devices/.../gain\nDate:\t\tJanuary 2025\nContact:\tA Developer <dev@example.org>\nDescription:\tAmplifier gain in dB.\n',
    },
  },
  check(model) {
    const files = [...model.c.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const docs = abiText(model);
    const findings: RawFinding[] = [];
    const seen = new Set<string>();
    for (const a of sysfsAttributes(files)) {
      if (seen.has(a.name) || documents(docs, a.name)) continue;
      seen.add(a.name);
      const f = model.c.get(a.file) as CFile;
      findings.push({
        file: a.file,
        line: f.lineAt(a.offset),
        column: f.columnAt(a.offset),
        message: `sysfs attribute "${a.name}" (${a.macro}) is not documented in an ABI file of ${model.context.inTree ? "this folder (the tree's Documentation/ABI is not read)" : 'the repository'}`,
      });
    }
    return findings;
  },
});

/** Whether the ABI text names the attribute as a word (an expression per name made 7,111 on drivers/: see name-match). */
function documents(docs: string, name: string): boolean {
  return IDENTIFIER_NAME.test(name) ? holdsWord(docs, name) : new RegExp(`\\b${name}\\b`).test(docs);
}
