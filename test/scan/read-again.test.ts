// The audit's worker threads read the scanned C files again by their place (src/engine/parallel/tasks.ts): only the
// very file the scan read, unchanged, is read; anything else gives nothing, and its facts are read in the main
// thread from the text the scan kept.

import { mkdtempSync, realpathSync, renameSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseModule } from '../../src/analysis/cleanup/module-analysis.js';
import { cleanupFacts } from '../../src/analysis/cleanup/source.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { handlers } from '../../src/engine/parallel/tasks.js';
import { buildModel } from '../../src/model/build.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import type { CFile } from '../../src/model/c/types.js';
import { walkRepository, DEFAULT_WALK } from '../../src/scan/walk.js';
import { type FileIdentity, readRegularFile } from '../../src/scan/read-file.js';

const SOURCE = 'static int f(int x)\n{\n\treturn x - x;\n}\n';

function scanned(files: Record<string, string>): { root: string; identity: (p: string) => FileIdentity } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lkm-read-again-')));
  for (const [p, text] of Object.entries(files)) writeFileSync(path.join(root, p), text);
  const scan = walkRepository(root, undefined, DEFAULT_WALK);
  return {
    root: scan.root,
    identity: (p) => {
      const id = scan.files.get(p)?.identity;
      if (!id) throw new Error(`${p}: no identity`);
      return id;
    },
  };
}

const factsOf = (root: string, p: string, identity: FileIdentity) =>
  handlers['scanned-file-facts']({ root, files: [{ path: p, identity }] })[0];

describe('reading a scanned file again', () => {
  it('reads the file the scan read, unchanged, and gives its facts', async () => {
    await loadCParser();
    const { root, identity } = scanned({ 'a.c': SOURCE });
    const facts = factsOf(root, 'a.c', identity('a.c'));
    expect(facts?.functions.map((f) => [f.name, f.identical.length])).toEqual([['f', 1]]);
  });

  it('reads nothing of a file written since, even to the same size and time', async () => {
    await loadCParser();
    const { root, identity } = scanned({ 'a.c': SOURCE });
    const id = identity('a.c');
    // the same length, the modification time set back: the change time still tells
    writeFileSync(path.join(root, 'a.c'), SOURCE.replace('x - x', 'x - y'));
    utimesSync(path.join(root, 'a.c'), id.mtimeMs / 1000, id.mtimeMs / 1000);
    const again = readRegularFile(path.join(root, 'a.c'), 1 << 20, 0, undefined, id);
    expect(again).toMatchObject({ ok: false, reason: 'changed' });
    expect(factsOf(root, 'a.c', id)).toBeNull();
  });

  it('reads nothing of another file put in its place, nor through a link put there', async () => {
    await loadCParser();
    const { root, identity } = scanned({ 'a.c': SOURCE, 'b.c': SOURCE });
    const [a, b] = [identity('a.c'), identity('b.c')];
    writeFileSync(path.join(root, 'other.c'), SOURCE);
    renameSync(path.join(root, 'other.c'), path.join(root, 'a.c'));
    expect(factsOf(root, 'a.c', a)).toBeNull();
    // a link swapped in for b.c, to the very file b.c was (moved away, which changes its change time: the identity
    // alone refuses it; opening without following the link is the second guard, not told apart here)
    renameSync(path.join(root, 'b.c'), path.join(root, 'b-moved.c'));
    symlinkSync(path.join(root, 'b-moved.c'), path.join(root, 'b.c'));
    expect(factsOf(root, 'b.c', b)).toBeNull();
  });
});

describe("a cleanup batch's files read again", () => {
  const MODULE = [
    '#include <linux/module.h>',
    '#include <linux/slab.h>',
    'static void *buf;',
    'static int __init m_init(void)',
    '{',
    '\tbuf = kmalloc(16, GFP_KERNEL);',
    '\tif (!buf)',
    '\t\treturn -ENOMEM;',
    '\treturn 0;',
    '}',
    'static void __exit m_exit(void)',
    '{',
    '}',
    'module_init(m_init);',
    'module_exit(m_exit);',
    'MODULE_LICENSE("GPL");',
    '',
  ].join('\n');

  const scanned = () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lkm-read-again-')));
    writeFileSync(path.join(root, 'Makefile'), 'obj-m += m.o\n');
    writeFileSync(path.join(root, 'm.c'), MODULE);
    const scan = walkRepository(root, undefined, DEFAULT_WALK);
    const model = buildModel(scan, EMPTY_CONFIG);
    const identity = scan.files.get('m.c')?.identity as FileIdentity;
    const facts = cleanupFacts(model.c.get('m.c') as CFile);
    return { root, model, input: { root: scan.root, modules: model.modules, files: [{ path: 'm.c', identity, facts }] } };
  };

  it('analyses the modules as the main thread does', async () => {
    await loadCParser();
    const { model, input } = scanned();
    const here = model.modules.map((m) => analyseModule(model, m));
    // the exit leaks what init allocates: there is something to agree on
    expect(JSON.stringify(here)).toContain('kmalloc');
    expect(handlers.cleanup(input)).toEqual(here);
  });

  it('refuses a batch whose file has changed since the scan: the main thread analyses its modules', async () => {
    await loadCParser();
    const { root, input } = scanned();
    writeFileSync(path.join(root, 'm.c'), MODULE.replace('kmalloc(16', 'kmalloc(32'));
    expect(() => handlers.cleanup(input)).toThrow(/m\.c: not the file the scan read/);
  });
});
