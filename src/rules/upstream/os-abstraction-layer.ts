import { measureOsAbstraction, type OsAbstraction } from '../../analysis/upstream/os-abstraction.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

/** Below these, a couple of helpers are ordinary driver code, not a layer. */
const MIN_WRAPPERS = 5;
const MIN_TYPEDEFS = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One sentence with the measures, or undefined when there is no layer to speak of. */
export function describeLayer(m: OsAbstraction): string | undefined {
  const parts: string[] = [];
  if (m.wrappers.length >= MIN_WRAPPERS) {
    const lines = m.wrappers.reduce((n, w) => n + w.lines, 0);
    const eg = m.wrappers.slice(0, 3).map((w) => `${w.name} -> ${w.wraps}`);
    parts.push(`${plural(m.wrappers.length, 'wrapper')} around kernel primitives (${lines} lines; e.g. ${eg.join(', ')})`);
  }
  if (m.typedefs.length >= MIN_TYPEDEFS)
    parts.push(
      `${plural(m.typedefs.length, 'typedef')} renaming kernel types (${m.typedefs
        .slice(0, 3)
        .map((t) => `${t.name} = ${t.of}`)
        .join(', ')})`,
    );
  if (m.otherOs.length) {
    const lines = m.otherOs.reduce((n, b) => n + b.lines, 0);
    const symbols = [...new Set(m.otherOs.map((b) => b.symbol))].slice(0, 3).join(', ');
    parts.push(`${plural(m.otherOs.length, 'block')} for other operating systems (${symbols}; ${lines} lines)`);
  }
  if (parts.length && m.layerFolders.length)
    parts.push(`layer folders ${m.layerFolders.map((f) => `${f.folder}/ (${plural(f.files, 'file')}, ${f.lines} lines)`).join(', ')}`);
  return parts.length ? parts.join('; ') : undefined;
}

export default defineRule({
  id: 'upstream/os-abstraction-layer',
  severity: 'warning',
  title: 'OS abstraction layer: wrappers around kernel primitives, renamed kernel types, code for other OSes',
  why:
    'A vendor HAL that wraps kmalloc, spinlocks and timers in its own names, renames kernel types and keeps ' +
    "code for other operating systems hides what the driver does from reviewers and from the kernel's own " +
    'checkers (lockdep, sparse, Coccinelle); upstream asks for it to be removed before anything else.',
  fix: 'Call the kernel primitives directly, use the kernel types, and delete the code for other operating systems.',
  example: {
    bad: {
      Makefile: 'obj-m := drv.o\n',
      'drv.c': `#include <linux/module.h>
#include <linux/slab.h>

typedef spinlock_t _lock;
typedef struct semaphore _sema;
typedef struct timer_list _timer;

void *_drv_malloc(u32 sz) { return kmalloc(sz, GFP_KERNEL); }
void _drv_mfree(void *p) { kfree(p); }
void _drv_memcpy(void *d, const void *s, u32 n) { memcpy(d, s, n); }
void _drv_spinlock(_lock *l) { spin_lock(l); }
void _drv_spinunlock(_lock *l) { spin_unlock(l); }
`,
    },
    good: {
      Makefile: 'obj-m := drv.o\n',
      'drv.c': '#include <linux/module.h>\n#include <linux/slab.h>\n\nstatic spinlock_t lock;\n',
    },
  },
  check(model) {
    const m = measureOsAbstraction([...model.c.values()].sort((a, b) => (a.path < b.path ? -1 : 1)));
    const text = describeLayer(m);
    if (!text) return [];
    // Reported once, where the layer is most visible: the first wrapper, typedef or foreign block.
    const anchor = m.wrappers[0] ?? m.typedefs[0] ?? m.otherOs[0];
    const finding: RawFinding = { message: `OS abstraction layer: ${text}` };
    if (anchor) Object.assign(finding, { file: anchor.file, line: anchor.line });
    return [finding];
  },
});
