import type { CFile } from '../../model/c/types.js';
import { OBSOLETE_FRAMEWORKS, type ObsoleteFramework } from '../../data/obsolete-frameworks.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { reEscape } from '../../text/regexp.js';
import { defineRule } from '../rule.js';

interface Use {
  file: string;
  offset: number;
  what: string;
}

/** Which frameworks each identifier means, and one expression for all of them: each file is searched once. */
const BY_SYMBOL = new Map<string, ObsoleteFramework[]>();
for (const fw of OBSOLETE_FRAMEWORKS) for (const s of fw.symbols) BY_SYMBOL.set(s, [...(BY_SYMBOL.get(s) ?? []), fw]);
const ANY_SYMBOL = new RegExp(`\\b(?:${[...BY_SYMBOL.keys()].map(reEscape).join('|')})\\b`, 'g');

/** A file's uses of every framework, each in the order of the rule's reading: headers, identifiers, initialisers. */
function usesIn(f: CFile): Map<ObsoleteFramework, Use[]> {
  const out = new Map<ObsoleteFramework, Use[]>();
  const add = (fw: ObsoleteFramework, u: Use) => {
    const list = out.get(fw);
    if (list) list.push(u);
    else out.set(fw, [u]);
  };
  for (const fw of OBSOLETE_FRAMEWORKS)
    for (const inc of f.includes)
      if (fw.headers.includes(inc.path)) {
        const at = f.code.indexOf(inc.path.split('/').pop() as string);
        add(fw, { file: f.path, offset: at >= 0 ? at : 0, what: `<${inc.path}>` });
      }
  for (const m of f.code.matchAll(ANY_SYMBOL))
    for (const fw of BY_SYMBOL.get(m[0]) ?? []) add(fw, { file: f.path, offset: m.index, what: m[0] });
  for (const fw of OBSOLETE_FRAMEWORKS)
    for (const want of fw.fields ?? [])
      for (const fi of f.fieldInits)
        if (fi.field === want.field && (!want.value || want.value.test(fi.value.trim())))
          add(fw, { file: f.path, offset: fi.offset, what: `.${fi.field} = ${fi.value.trim()}` });
  return out;
}

/** Uses of each obsolete framework anywhere in the repository's kernel code, first use first. */
export function obsoleteUses(model: RepoModel): { fw: ObsoleteFramework; uses: Use[] }[] {
  const files = [...model.c.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  const perFile = files.map((f) => ({ f, uses: usesIn(f) }));
  // `onlyWith` and `unlessWith` match identifiers, so a match lies within one file
  const shown = (re: RegExp) => files.some((f) => re.test(f.code));
  const out: { fw: ObsoleteFramework; uses: Use[] }[] = [];
  for (const fw of OBSOLETE_FRAMEWORKS) {
    const uses = perFile.flatMap(({ f, uses }) => (uses.get(fw) ?? []).filter((u) => !definesIt(f, u)));
    if (uses.length === 0) continue;
    // searched in every file: asked only of a framework the module uses (drivers/net: 128 of 325 ms before)
    if (fw.onlyWith && !shown(fw.onlyWith)) continue;
    if (fw.unlessWith && shown(fw.unlessWith)) continue;
    out.push({ fw, uses: uses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset)) });
  }
  return out;
}

/** The module defining a function of that name itself (its own `gpio_request` wrapper) is not a use of the kernel's. */
function definesIt(f: CFile, u: Use): boolean {
  return f.functions.some((fn) => fn.name === u.what && fn.offset <= u.offset && u.offset < fn.bodyStart);
}

function evidence(fw: ObsoleteFramework): string {
  const e = fw.evidence;
  return e.absent ? `${e.file} of Linux 6.1 no longer declares ${e.absent}` : `${e.file}: "${e.quote}"`;
}

export default defineRule({
  id: 'upstream/obsolete-framework',
  severity: 'warning',
  title: 'Built on an in-kernel framework the kernel has replaced',
  why:
    'Upstream does not merge new users of frameworks it has replaced (videobuf, Wireless Extensions handlers, fbdev ' +
    'drivers, the legacy GPIO API, private /proc files ...): staging drivers that stayed on them were deleted. ' +
    'Each entry of the table cites where the kernel says so.',
  fix: 'Port the driver to the replacement the finding names before proposing it upstream.',
  example: {
    bad: {
      Makefile: 'obj-m := cam.o\n',
      'cam.c': '#include <linux/module.h>\n#include <media/videobuf-vmalloc.h>\n\nstatic struct videobuf_queue q;\n',
    },
    good: {
      Makefile: 'obj-m := cam.o\n',
      'cam.c': '#include <linux/module.h>\n#include <media/videobuf2-vmalloc.h>\n\nstatic struct vb2_queue q;\n',
    },
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const { fw, uses } of obsoleteUses(model)) {
      const first = uses[0];
      const f = model.c.get(first.file) as CFile;
      const files = new Set(uses.map((u) => u.file)).size;
      findings.push({
        file: first.file,
        line: f.lineAt(first.offset),
        column: f.columnAt(first.offset),
        message:
          `uses ${fw.name} (${first.what}; ${uses.length} use${uses.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}): ` +
          `replaced by ${fw.replacement}; ${fw.since} (${evidence(fw)})`,
      });
    }
    return findings;
  },
});
