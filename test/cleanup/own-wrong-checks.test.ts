// The walks for wrong checks outside init and probe are made only where the function's parsed body can hold one of
// its own (own-wrong-checks.ts): whenever a walk records a wrong check in the walked function's own conditions, the
// test must have said it could. The function's tokens are asked first (own-wrong-checks-text.ts): whatever the parsed
// body's test allows, theirs must. Checked on hand-written cases, on bodies fast-check makes of acquisitions, copies
// and tests, and on every source function of real drivers.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModuleFunctions } from '../../src/analysis/cleanup/entry-functions.js';
import { functionTexts, mayHoldWrongCheck, moduleEnv } from '../../src/analysis/cleanup/module-analysis.js';
import { mayCheckOwnPointerWrongly } from '../../src/analysis/cleanup/own-wrong-checks.js';
import { textMayCheckOwnPointerWrongly } from '../../src/analysis/cleanup/own-wrong-checks-text.js';
import type { CleanupSource } from '../../src/analysis/cleanup/source.js';
import { walkFunction } from '../../src/analysis/cleanup/walk.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import type { RepoModel } from '../../src/model/types.js';
import { scanRepository } from '../../src/scan/index.js';
import { linuxSource61 } from '../helpers/linux-source.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const HELPERS = `static struct foo foos[4];
static struct foo *get_err(int n)
{
	if (n < 0)
		return ERR_PTR(-EINVAL);
	return &foos[n];
}
static struct foo *get_null(int n)
{
	if (n < 0)
		return NULL;
	return &foos[n];
}
static int get_int(int n)
{
	return n < 0 ? -EINVAL : 0;
}
static int get_bad_int(int n)
{
	return ERR_PTR(-EINVAL);
}
`;

interface Verdict {
  /** What mayCheckOwnPointerWrongly says. */
  may: boolean;
  /** What textMayCheckOwnPointerWrongly says, from the function's tokens. */
  text: boolean;
  /** The wrong checks the walk records in the function's own conditions. */
  own: number;
}

/** Each function of the module's sources: the filter's verdict against its walk at the top. */
function verdicts(model: RepoModel): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const module of model.modules) {
    const fns = new ModuleFunctions<CleanupSource>(model, module);
    const env = moduleEnv(fns);
    // as the audit asks it: a helper the text says cannot fail with a pointer is not parsed
    const failures = mayHoldWrongCheck([...functionTexts(fns).keys()]);
    const ownEnv = { body: env.body, mayFailWithPointer: failures.mayFailWithPointer };
    for (const f of fns.all()) {
      const body = parseFunctionBody(f.file, f.def);
      const own = walkFunction(body, env).wrongChecks.filter((w) => w.res.fn === body.name && w.file === body.file);
      const text = textMayCheckOwnPointerWrongly(f.file.code.slice(f.def.bodyStart, f.def.bodyEnd), failures);
      out.set(`${f.file.path}:${f.def.name}`, { may: mayCheckOwnPointerWrongly(body, ownEnv), text, own: own.length });
    }
  }
  return out;
}

const verdictOf = (fn: string) => verdicts(modelFromFiles(repo(`${HELPERS}\n${fn}`))).get(`main.c:${/(\w+)\(void\)/.exec(fn)?.[1]}`);

describe('which functions can hold a wrong check of their own', () => {
  beforeAll(async () => {
    await loadCParser();
  });

  it.each([
    [
      'an error pointer tested with IS_ERR',
      'struct task_struct *t = kthread_run(fn, NULL, "x");\n\tif (IS_ERR(t))\n\t\treturn PTR_ERR(t);',
      false,
      false,
      0,
    ],
    [
      'an error pointer tested for NULL',
      'struct task_struct *t = kthread_run(fn, NULL, "x");\n\tif (!t)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    [
      'its copy tested for NULL',
      'struct task_struct *t, *u;\n\tt = kthread_run(fn, NULL, "x");\n\tu = t;\n\tif (u == NULL)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    ['the call itself tested for NULL', 'if (!kthread_run(fn, NULL, "x"))\n\t\treturn -ENOMEM;', true, true, 1],
    [
      'a NULL-failing allocation tested with IS_ERR',
      'void *p = kzalloc(8, GFP_KERNEL);\n\tif (IS_ERR(p))\n\t\treturn PTR_ERR(p);',
      true,
      true,
      1,
    ],
    ['a NULL-failing allocation tested for NULL', 'void *p = kzalloc(8, GFP_KERNEL);\n\tif (!p)\n\t\treturn -ENOMEM;', false, false, 0],
    ["a module helper's error pointer tested for NULL", 'struct foo *h = get_err(1);\n\tif (!h)\n\t\treturn -ENODEV;', true, true, 1],
    [
      "a module helper's error pointer tested with IS_ERR",
      'struct foo *h = get_err(1);\n\tif (IS_ERR(h))\n\t\treturn PTR_ERR(h);',
      false,
      false,
      0,
    ],
    [
      'an error pointer from a helper declared int (its declared type is not read)',
      'struct foo *h = (struct foo *)get_bad_int(1);\n\tif (!h)\n\t\treturn -ENODEV;',
      true,
      true,
      1,
    ],
    ["a module helper's NULL tested with IS_ERR", 'struct foo *h = get_null(1);\n\tif (IS_ERR(h))\n\t\treturn PTR_ERR(h);', true, true, 1],
    [
      'a status tested beside a right check',
      'struct foo *h = get_err(1);\n\tint ret = get_int(2);\n\tif (ret)\n\t\treturn ret;\n\tif (IS_ERR(h))\n\t\treturn PTR_ERR(h);',
      false,
      false,
      0,
    ],
    [
      'a NULL test before the error pointer is made',
      'struct foo *p = &foos[0];\n\tif (!p)\n\t\treturn -EINVAL;\n\tp = get_err(1);\n\tif (IS_ERR(p))\n\t\treturn PTR_ERR(p);',
      false,
      true,
      0,
    ],
    [
      "a NULL test before it in the text, after it in the walk: a do-while's condition",
      'struct foo *p = NULL;\n\tdo {\n\t\tif (p == NULL)\n\t\t\treturn -ENODEV;\n\t} while (!(p = get_err(1)));',
      true,
      true,
      1,
    ],
    [
      'a NULL test before it in the text, after it on a path back: a backward goto',
      'struct foo *p = &foos[0];\nagain:\n\tif (!p)\n\t\treturn -EINVAL;\n\tp = get_err(1);\n\tif (n_retry())\n\t\tgoto again;',
      true,
      true,
      1,
    ],
    [
      'a member given an error pointer and its parent tested for NULL',
      'struct foo *priv = get_null(0);\n\tif (!priv)\n\t\treturn -ENOMEM;\n\tpriv->t = kthread_run(fn, NULL, "x");\n\tif (IS_ERR(priv->t))\n\t\treturn PTR_ERR(priv->t);',
      false,
      false,
      0,
    ],
    [
      'a member given an error pointer and tested for NULL',
      'struct foo *priv = &foos[0];\n\tpriv->t = kthread_run(fn, NULL, "x");\n\tif (!priv->t)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    [
      "an error pointer in an initializer's designated member (no assignment to the parser)",
      'struct bar b = { .t = kthread_run(fn, NULL, "x") };\n\tif (!b.t)\n\t\treturn -ENOMEM;',
      false,
      false,
      0,
    ],
    [
      'a cast error pointer tested for NULL through a cast',
      'struct foo *p = (struct foo *)kthread_run(fn, NULL, "x");\n\tif (!(void *)p)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    [
      'a copy through a cast tested for NULL',
      'void *t = kthread_run(fn, NULL, "x");\n\tstruct task_struct *u = (struct task_struct *)t;\n\tif (!u)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    [
      'an argument of a NULL-failing call tested with IS_ERR (the walk may track it with the result)',
      'struct foo *q = &foos[0];\n\tvoid *c = kmemdup(q, 8, GFP_KERNEL);\n\tif (!c)\n\t\treturn -ENOMEM;\n\tif (IS_ERR(q))\n\t\treturn PTR_ERR(q);',
      true,
      true,
      0,
    ],
    [
      'a NULL-failing pointer stored through a pointer, copied and tested with IS_ERR',
      'void *slot, **pp = &slot;\n\t*pp = kzalloc(8, GFP_KERNEL);\n\tvoid *q = *pp;\n\tif (IS_ERR(q))\n\t\treturn PTR_ERR(q);',
      true,
      true,
      1,
    ],
    [
      'a copy whose value is one branch of an #if (the parser reads one, the tokens both)',
      'void *p = kzalloc(8, GFP_KERNEL);\n\tvoid *q =\n#ifdef CONFIG_FOO\n\t\tp\n#else\n\t\tp\n#endif\n\t\t;\n\tif (IS_ERR(q))\n\t\treturn PTR_ERR(q);',
      true,
      true,
      1,
    ],
    [
      "a bracket each branch of an #if opens, in an error pointer's NULL test",
      'int flags[2] = { 0 }, idx[1] = { 0 };\n\tstruct task_struct *t = kthread_run(fn, NULL, "x");\n\tif (flags[\n#ifdef CONFIG_FOO\n\t\tidx[\n#else\n\t\tidx[\n#endif\n\t\t0]] || !t)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
    [
      'an error pointer given to a target written in the branches of an #if',
      'struct foo *priv = &foos[0];\n#ifdef CONFIG_FOO\n\tpriv->t\n#else\n\tpriv->u\n#endif\n\t\t= kthread_run(fn, NULL, "x");\n\tif (!priv->t)\n\t\treturn -ENOMEM;',
      true,
      true,
      1,
    ],
  ])('%s', (_, body, may, text, own) => {
    // (the tokens' test reads no order: a test before the call is not ruled out)
    expect(verdictOf(`static int f(void)\n{\n\t${body}\n\treturn 0;\n}`)).toEqual({ may, text, own });
  });

  it('whenever a walk records one, on bodies made of acquisitions, copies and tests', () => {
    const vars = ['a', 'b', 'c'];
    const acquire = fc.constantFrom('kthread_run(fn, NULL, "x")', 'kzalloc(8, GFP_KERNEL)', 'get_err(n)', 'get_null(n)', 'get_int(n)');
    const v = fc.constantFrom(...vars);
    const test = fc.oneof(
      fc
        .tuple(fc.constantFrom('!%', '% == NULL', 'NULL != %', '%', 'IS_ERR(%)', 'IS_ERR_OR_NULL(%)', 'unlikely(!%)'), v)
        .map(([t, x]) => t.replace('%', x)),
      fc.tuple(fc.constantFrom('!%', 'IS_ERR(%)'), acquire).map(([t, x]) => t.replace('%', x)),
    );
    const simple = fc.oneof(
      fc.tuple(v, acquire).map(([x, a]) => `${x} = ${a};`),
      fc.tuple(v, v).map(([x, y]) => `${x} = ${y};`),
      fc.tuple(v, v).map(([x, y]) => `${x} = ${y} = get_err(n);`),
      v.map((x) => `ret = PTR_ERR_OR_ZERO(${x});`),
      test.map((t) => `if (${t})\n\t\treturn -EINVAL;`),
      fc.tuple(test, v, acquire).map(([t, x, a]) => `if (${t})\n\t\t${x} = ${a};`),
    );
    // loops (walked once, their own calls first) and a backward goto: the order of the text is not the walk's
    const stmt = fc.oneof(
      { arbitrary: simple, weight: 6 },
      fc.tuple(simple, test).map(([x, t]) => `do {\n\t\t${x}\n\t} while (${t});`),
      fc.tuple(test, simple).map(([t, x]) => `while (${t}) {\n\t\t${x}\n\t}`),
      test.map((t) => `if (${t})\n\t\tgoto again;`),
    );
    let own = 0;
    let ruledOut = 0;
    let textRuledOut = 0;
    fc.assert(
      fc.property(fc.array(stmt, { minLength: 1, maxLength: 7 }), (stmts) => {
        const fn = `static int f(int n)\n{\n\tvoid *a = NULL, *b = NULL, *c = NULL;\n\tint ret;\n\nagain:\n\t${stmts.join('\n\t')}\n\treturn 0;\n}`;
        const verdict = verdicts(modelFromFiles(repo(`${HELPERS}\n${fn}`))).get('main.c:f');
        if (!verdict) throw new Error('f not found');
        if (verdict.own > 0) own++;
        if (!verdict.may) ruledOut++;
        // ruling out a function whose walk records a wrong check of its own would lose that finding
        if (!verdict.text) textRuledOut++;
        // and the tokens' test must allow whatever the parsed body's allows
        return (verdict.own === 0 || verdict.may) && (!verdict.may || verdict.text);
      }),
      { numRuns: 150, seed: 16 },
    );
    // the property was met both ways: wrong checks found, and functions ruled out
    expect(own).toBeGreaterThan(10);
    expect(ruledOut).toBeGreaterThan(10);
    expect(textRuledOut).toBeGreaterThan(5);
  });

  const linux = linuxSource61();
  if (!linux) console.log('own-wrong-checks: no Linux 6.1 tree (LKM_LINUX_SRC, /work/linux-6.1), the real-driver case is skipped');
  it.skipIf(!linux)(
    'whenever a walk records one, in every source function of real drivers',
    () => {
      const trees = ['drivers/hwmon', 'drivers/spi', 'drivers/i2c/busses', 'drivers/mmc/host'];
      let functions = 0;
      let own = 0;
      let ruledOut = 0;
      let textRuledOut = 0;
      const missed: string[] = [];
      for (const tree of trees) {
        const model = buildModel(scanRepository(`${linux}/${tree}`, {}), EMPTY_CONFIG);
        for (const [name, v] of verdicts(model)) {
          functions++;
          if (v.own > 0) {
            own++;
            expect(v.may, `${tree}/${name}`).toBe(true);
          }
          if (!v.may) ruledOut++;
          if (!v.text) textRuledOut++;
          if (v.may && !v.text) missed.push(`${tree}/${name}`);
        }
      }
      console.log(`own-wrong-checks: ${functions} functions, ${ruledOut} ruled out by their IR, ${textRuledOut} by their tokens`);
      expect(missed).toEqual([]);
      // and the tokens alone rule out most of them, or the parse they spare would still be made
      expect(textRuledOut).toBeGreaterThan(functions * 0.9);
      expect(own).toBeGreaterThan(0);
      // most functions can be ruled out without a walk
      expect(ruledOut).toBeGreaterThan(functions * 0.8);
    },
    300_000,
  );
});
