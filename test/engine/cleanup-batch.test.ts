// A worker's cleanup batch carries the model's lexed facts of each file and masks the text itself (source.ts): it
// must analyse each module as the main thread does on the model, also where those facts need the preprocessor
// conditions the worker no longer reads (a function defined again for a built-in kernel) or the defines it is not
// sent (object-like macros).

import { beforeAll, describe, expect, it } from 'vitest';
import { analyseModule } from '../../src/analysis/cleanup/module-analysis.js';
import { cleanupFacts } from '../../src/analysis/cleanup/source.js';
import { handlers } from '../../src/engine/parallel/tasks.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import type { CFile } from '../../src/model/c/types.js';
import { modelFromFiles } from '../helpers/rule-tester.js';

const MODULE = [
  '// SPDX-License-Identifier: GPL-2.0',
  '#include <linux/module.h>',
  '#include <linux/slab.h>',
  '#include "helpers.h"',
  '',
  '#define CHECKED(p) do { if (!(p)) return -ENOMEM; } while (0)',
  '#define BUF_SIZE 16',
  '',
  'static void *buf;',
  'static void *extra;',
  '',
  // the built-in variant, which a module build does not compile: found first, it would hide the leak below
  '#ifndef MODULE',
  'static int __init m_init(void)',
  '{',
  '\treturn 0;',
  '}',
  '#endif',
  '#ifdef MODULE',
  'static int __init m_init(void)',
  '{',
  '\tbuf = kmalloc(BUF_SIZE, GFP_KERNEL);',
  '\tif (!buf)',
  '\t\treturn -ENOMEM;',
  // a macro that may return: what follows on its path is not judged (the leak of `buf` below)
  '\tCHECKED(m_ready());',
  '\textra = get_extra();',
  '\tif (!extra)',
  '\t\treturn -ENOMEM;',
  '\treturn 0;',
  '}',
  '#endif',
  '',
  'static void __exit m_exit(void)',
  '{',
  '}',
  '',
  'static void *m_ready(void)',
  '{',
  '\treturn buf;',
  '}',
  '',
  // a release callback of the framework (not a per-open one): the leak of `buf` is not reported
  'static void m_release(struct device *dev)',
  '{',
  '\tkfree(buf);',
  '}',
  '',
  'static struct device m_dev = {',
  '\t.release = m_release,',
  '};',
  '',
  // a driver's probe and remove, a pair of their own: the remove frees nothing
  'static int m_probe(struct platform_device *pdev)',
  '{',
  '\tvoid *p = kmalloc(8, GFP_KERNEL);',
  '',
  '\tif (!p)',
  '\t\treturn -ENOMEM;',
  '\tplatform_set_drvdata(pdev, p);',
  '\treturn 0;',
  '}',
  '',
  'static int m_remove(struct platform_device *pdev)',
  '{',
  '\treturn 0;',
  '}',
  '',
  'static struct platform_driver m_driver = {',
  '\t.probe = m_probe,',
  '\t.remove = m_remove,',
  '\t.driver = { .name = "m" },',
  '};',
  '',
  'void m_teardown(void)',
  '{',
  '\tkfree(extra);',
  '}',
  'EXPORT_SYMBOL_GPL(m_teardown);',
  '',
  'module_init(m_init);',
  'module_exit(m_exit);',
  'MODULE_LICENSE("GPL");',
  '',
].join('\n');

const HELPERS = [
  '/* SPDX-License-Identifier: GPL-2.0 */',
  'static inline void *get_extra(void)',
  '{',
  '\tvoid *p = kzalloc(32, GFP_KERNEL);',
  '\treturn p;',
  '}',
  '',
].join('\n');

describe("a worker's cleanup batch", () => {
  beforeAll(async () => {
    await loadCParser();
  });

  it('analyses each module as the main thread does, from the facts it is sent', () => {
    const model = modelFromFiles({ Makefile: 'obj-m += m.o\n', 'm.c': MODULE, 'helpers.h': HELPERS });
    const here = model.modules.map((m) => analyseModule(model, m));
    // something to agree on: the module's init and the driver's probe, and what each leaves held
    expect(here[0].pairs.map((p) => [p.pair.setup, p.pair.teardown])).toEqual([
      ['m_init', 'm_exit'],
      ['m_probe', 'm_remove'],
    ]);
    expect(here[0].pairs[1].setup.successLive.map((r) => r.call.name)).toEqual(['kmalloc']);
    expect(here[0].pairs[0].teardown?.indirect?.map((r) => r.call.name).sort()).toEqual(['kfree', 'kfree']);
    const files = [...model.c.values()].map((f) => ({ path: f.path, text: f.text, facts: cleanupFacts(f) }));
    const input = structuredClone({ root: '/nonexistent', modules: model.modules, files });
    expect(handlers.cleanup(input)).toEqual(structuredClone(here));
  });

  it('sends what the analysis reads: the functions a module build compiles, some fields, exports, function-like defines', () => {
    const model = modelFromFiles({ Makefile: 'obj-m += m.o\n', 'm.c': MODULE, 'helpers.h': HELPERS });
    const facts = cleanupFacts(model.c.get('m.c') as CFile);
    const inits = facts.functions.filter((f) => f.name === 'm_init');
    expect(inits.map((f) => f.line)).toEqual([19]);
    expect(Object.keys(inits[0]).sort()).toEqual(['bodyEnd', 'bodyStart', 'isStatic', 'line', 'name', 'offset', 'prefix']);
    expect(facts.fieldInits.map((f) => f.field)).toEqual(['release', 'probe', 'remove']);
    expect(facts.macros.map((m) => m.name)).toEqual(['EXPORT_SYMBOL_GPL']);
    expect(facts.defines.map((d) => d.name)).toEqual(['CHECKED']);
  });
});
