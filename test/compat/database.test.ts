// Every database entry has a fixture: its old form is found in the C model (or Makefile), its new form is not
// taken for the old one, and the new form is recognised when the entry describes one.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COMPAT_DB } from '../../src/data/compat/index.js';
import { parseVersion } from '../../src/model/kernels/version.js';
import { findApiUses } from '../../src/model/kernels/api-usage.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { SNIPPETS, snippetSource } from './snippets.js';

const MAKEFILE = 'obj-m := probe.o\n';

function usesIn(files: Record<string, string>) {
  const model = modelFromFiles(files);
  return findApiUses(model.c, model.make);
}

test('entries are well formed', () => {
  const ids = new Set<string>();
  for (const e of COMPAT_DB) {
    expect(ids.has(e.id), e.id).toBe(false);
    ids.add(e.id);
    expect(e.old ?? e.new, e.id).toBeDefined();
    for (const v of [e.removedIn, e.addedIn]) if (v) expect(parseVersion(v), `${e.id} ${v}`).toBeDefined();
    expect(e.evidence.length, e.id).toBeGreaterThan(5);
    expect(SNIPPETS[e.id], `fixture for ${e.id}`).toBeDefined();
  }
  expect(COMPAT_DB.length).toBeGreaterThanOrEqual(50);
});

describe('fixtures', () => {
  for (const e of COMPAT_DB.filter((x) => x.old?.type !== 'make')) {
    const s = SNIPPETS[e.id];
    if (s.old && e.old) {
      test(`${e.id}: old form found`, () => {
        const uses = usesIn({ Makefile: MAKEFILE, 'probe.c': snippetSource(s, s.old as string) });
        const hit = uses.find((u) => u.entry.id === e.id && u.form === 'old');
        expect(hit, JSON.stringify(uses.map((u) => `${u.entry.id}/${u.form}`))).toBeDefined();
        expect(hit?.live.exact && hit.live.live.isAll).toBe(true);
      });
    }
    if (s.new) {
      test(`${e.id}: new form${e.new ? ' found and' : ''} not taken for the old`, () => {
        const uses = usesIn({ Makefile: MAKEFILE, 'probe.c': snippetSource(s, s.new as string) });
        expect(uses.filter((u) => u.entry.id === e.id && u.form === 'old')).toEqual([]);
        if (e.new) expect(uses.some((u) => u.entry.id === e.id && u.form === 'new')).toBe(true);
      });
    }
  }

  test('subdirs: SUBDIRS= in a Makefile recipe', () => {
    const uses = usesIn({
      Makefile: 'obj-m := probe.o\nall:\n\t$(MAKE) -C $(KDIR) SUBDIRS=$(PWD) modules\n',
      'probe.c': snippetSource({ includes: [] }, ''),
    });
    const hit = uses.find((u) => u.entry.id === 'subdirs');
    expect(hit).toMatchObject({ file: 'Makefile', line: 3, form: 'old' });
  });
});

describe('guards', () => {
  const cls = SNIPPETS['class-create-owner'];
  const guarded = (cond: string) => snippetSource(cls, `#if ${cond}\n${cls.old}#else\n${cls.new}#endif\n`);

  test('a version guard bounds the kernels where each branch is live', () => {
    const uses = usesIn({ Makefile: MAKEFILE, 'probe.c': guarded('LINUX_VERSION_CODE < KERNEL_VERSION(6, 4, 0)') });
    const old = uses.find((u) => u.entry.id === 'class-create-owner' && u.form === 'old');
    const neu = uses.find((u) => u.entry.id === 'class-create-owner' && u.form === 'new');
    expect(old?.live.exact).toBe(true);
    expect(old?.live.live.has(parseVersion('6.3') as number)).toBe(true);
    expect(old?.live.live.has(parseVersion('6.4') as number)).toBe(false);
    expect(neu?.live.live.has(parseVersion('6.4') as number)).toBe(true);
    expect(neu?.live.live.has(parseVersion('6.3.9') as number)).toBe(false);
  });

  test('a feature test makes the range unknown', () => {
    const uses = usesIn({ Makefile: MAKEFILE, 'probe.c': guarded('defined(HAVE_CLASS_CREATE_OWNER)') });
    for (const u of uses.filter((x) => x.entry.id === 'class-create-owner')) expect(u.live.exact).toBe(false);
  });

  test('an include guard is not a feature test', () => {
    const uses = usesIn({
      Makefile: MAKEFILE,
      'probe.c': snippetSource({ includes: [] }, '#include "compat.h"\n'),
      'compat.h':
        '#ifndef PROBE_COMPAT_H\n#define PROBE_COMPAT_H\n#include <linux/timer.h>\nstatic inline void probe_stop(struct timer_list *t)\n{\n\tdel_timer_sync(t);\n}\n#endif\n',
    });
    const hit = uses.find((u) => u.entry.id === 'del-timer');
    expect(hit?.file).toBe('compat.h');
    expect(hit?.live.exact).toBe(true);
  });

  test('a compat shim the repository defines is not a use of the kernel API', () => {
    const uses = usesIn({
      Makefile: MAKEFILE,
      'probe.c': snippetSource(
        { includes: ['linux/proc_fs.h'] },
        '#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 17, 0)\n#define pde_data PDE_DATA\n#endif\nvoid *probe_data(const struct inode *inode)\n{\n\treturn pde_data(inode);\n}\n',
      ),
    });
    expect(uses.filter((u) => u.entry.id === 'pde-data' && u.form === 'new')).toEqual([]);
  });
});

// A pattern's needle lets a file go unscanned: it must pass wherever the pattern matches, whatever the text.
describe('needles', () => {
  const patterns = COMPAT_DB.flatMap((e) => [e.old, e.new]).filter(
    (d): d is Extract<typeof d, { type: 'pattern' }> => d?.type === 'pattern' && d.needle !== undefined,
  );
  const passes = (needle: string | RegExp, text: string) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text));
  // Pieces of the patterns and what surrounds them in C, joined at random
  const PIECES = [
    ...new Set(patterns.flatMap((d) => d.regex.source.match(/[A-Za-z_]{3,}/g) ?? [])),
    ...['=', ',', '(', ')', ';', '[', ']', '&', '->', '.', ' ', '\n', '\t', 'return', 'x', '0', '__', '|=', '=='],
  ];

  test('every needle passes on every text its pattern matches (random texts of the patterns’ pieces)', () => {
    expect(patterns.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        for (const d of patterns)
          if (d.regex.test(text)) expect(passes(d.needle as string | RegExp, text), `${d.regex} on ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  test('and on the snippets of every entry', () => {
    let matched = 0;
    for (const s of Object.values(SNIPPETS))
      for (const code of [s.old, s.new])
        for (const d of patterns)
          if (code && d.regex.test(code)) {
            matched++;
            expect(passes(d.needle as string | RegExp, code), `${d.regex}`).toBe(true);
          }
    expect(matched).toBeGreaterThan(5);
  });
});
