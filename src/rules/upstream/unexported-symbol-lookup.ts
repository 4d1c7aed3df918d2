import type { CFile } from '../../model/c/types.js';
import { liveRange } from '../../model/kernels/condition.js';
import { VersionSet } from '../../model/kernels/range.js';
import { kernelVersionCode } from '../../model/kernels/version.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

// Ways out-of-tree modules reach symbols the kernel does not export. kallsyms_lookup_name and
// kallsyms_on_each_symbol were unexported in 5.7 and are absent from the 6.1 and 6.12 Module.symvers.
const IDENTIFIERS = /\b(kallsyms_lookup_name|kallsyms_on_each_symbol|module_kallsyms_lookup_name|sys_call_table)\b/g;
// The same names, or the symbol files, as string literals (`.symbol_name = "kallsyms_lookup_name"`, filp_open("/proc/kallsyms")).
const IN_STRINGS = /kallsyms_lookup_name|kallsyms_on_each_symbol|sys_call_table|\/proc\/kallsyms|System\.map/g;

/** The contents of the string literal around `offset`, or undefined when the offset is not inside one. */
function literalAt(file: CFile, offset: number): string | undefined {
  if (file.code[offset] === file.text[offset]) return undefined;
  const lineStart = file.code.lastIndexOf('\n', offset) + 1;
  const before = file.code.slice(lineStart, offset);
  if (((before.match(/"/g) ?? []).length & 1) === 0) return undefined;
  const close = file.code.indexOf('"', offset);
  return close < 0 ? undefined : file.text.slice(lineStart + before.lastIndexOf('"') + 1, close);
}

/**
 * A literal that names what is looked up: the symbol itself (`.symbol_name = "kallsyms_lookup_name"`) or a path
 * to the symbol files. A log message that mentions the name (`"kallsyms_lookup_name() => 0x%lx"`) looks up nothing.
 */
function namesLookup(literal: string, hit: string): boolean {
  if (hit === '/proc/kallsyms' || hit === 'System.map') return !/\s/.test(literal);
  return literal === hit;
}

const FROM_5_7 = VersionSet.from(kernelVersionCode(5, 7));
/** Exported until 5.7 ("kallsyms: unexport kallsyms_lookup_name() and kallsyms_on_each_symbol()"): fine below it. */
const EXPORTED_BEFORE_5_7 = new Set(['kallsyms_lookup_name', 'kallsyms_on_each_symbol']);

/** Code under version guards that only hold below 5.7 (an upper bound, so feature tests beside them do not matter). */
function onlyBefore57(file: CFile, offset: number): boolean {
  const r = liveRange(file.conditionsAt(file.lineAt(offset)));
  return r.versionGuarded && r.live.intersect(FROM_5_7).isEmpty;
}

function explain(what: string): string {
  if (what.includes('sys_call_table')) return `${what}: the system call table is not exported; patching it is never accepted`;
  if (what.includes('/proc/kallsyms') || what.includes('System.map')) return `${what}: reads addresses of unexported symbols`;
  return `${what}: not exported to modules since Linux 5.7; looking it up reaches unexported symbols`;
}

/**
 * Every name and path above holds one of these: a file without any (nearly all) is not searched further. One
 * expression reads the text once (three `includes` read it three times: drivers/net 150 -> 89 ms).
 */
const MENTIONS = /kallsyms|sys_call_table|System\.map/;

function lookups(file: CFile): { offset: number; what: string }[] {
  if (!MENTIONS.test(file.text)) return [];
  const hits = [...file.code.matchAll(IDENTIFIERS)].map((m) => ({ offset: m.index, what: m[1] }));
  for (const m of file.text.matchAll(IN_STRINGS)) {
    const literal = literalAt(file, m.index);
    if (literal !== undefined && namesLookup(literal, m[0])) hits.push({ offset: m.index, what: `"${m[0]}"` });
  }
  return hits
    .filter((h) => !(EXPORTED_BEFORE_5_7.has(h.what.replace(/"/g, '')) && onlyBefore57(file, h.offset)))
    .sort((a, b) => a.offset - b.offset);
}

const KPROBE_TRICK = `static struct kprobe kp = { .symbol_name = "kallsyms_lookup_name" };
static unsigned long (*lookup)(const char *name);

static int __init hello_init(void)
{
	register_kprobe(&kp);
	lookup = (void *)kp.addr;
	unregister_kprobe(&kp);
	return 0;
}
`;

export default defineRule({
  id: 'upstream/unexported-symbol-lookup',
  severity: 'warning',
  title: 'Unexported kernel symbols reached by lookup (kallsyms, kprobes, sys_call_table)',
  why:
    '`kallsyms_lookup_name()` was unexported in Linux 5.7 so that modules stop reaching internal symbols through it; ' +
    'recovering it through a kprobe, `/proc/kallsyms` or System.map breaks with every kernel build, defeats the ' +
    'EXPORT_SYMBOL_GPL boundary, and is never accepted upstream.',
  fix: 'Use an exported interface (or propose one upstream with EXPORT_SYMBOL_GPL); use kprobes/ftrace only for tracing, not to find addresses.',
  example: {
    bad: { Makefile: 'obj-m := hello.o\n', 'hello.c': `#include <linux/kprobes.h>\n\n${KPROBE_TRICK}` },
    good: {
      Makefile: 'obj-m := hello.o\n',
      'hello.c': '#include <linux/module.h>\n\nstatic int __init hello_init(void)\n{\n\treturn 0;\n}\n',
    },
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const file of [...model.c.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const seenLines = new Set<number>();
      for (const hit of lookups(file)) {
        const line = file.lineAt(hit.offset);
        if (seenLines.has(line)) continue;
        seenLines.add(line);
        findings.push({
          file: file.path,
          line,
          column: file.columnAt(hit.offset),
          message: explain(hit.what),
        });
      }
    }
    return findings;
  },
});
