// What a function's text says its failure return can be made of (failure-text.ts), and the module's functions that may
// fail with an error pointer or NULL found from it (mayHoldWrongCheck): whenever failureReturn, reading the parsed
// body, finds one, the text must have said it could. Checked on hand-written bodies and on every function of real
// drivers.

import { beforeAll, describe, expect, it } from 'vitest';
import { ModuleFunctions } from '../../src/analysis/cleanup/entry-functions.js';
import { failureText } from '../../src/analysis/cleanup/failure-text.js';
import { functionTexts, mayHoldWrongCheck, moduleEnv } from '../../src/analysis/cleanup/module-analysis.js';
import type { CleanupSource } from '../../src/analysis/cleanup/source.js';
import { failureReturn } from '../../src/analysis/cleanup/summary.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import type { RepoModel } from '../../src/model/types.js';
import { scanRepository } from '../../src/scan/index.js';
import { linuxSource61 } from '../helpers/linux-source.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const text = (body: string) => {
  const f = failureText(body);
  return { returns: [...f.returns], through: [...f.returnsThrough], nullish: f.mayReturnNull };
};

describe('what a function text says its failure return is made of', () => {
  it.each([
    ['return NULL;', [], [], true],
    ['return (NULL);', [], [], true],
    ['return (struct foo *)0;', [], [], true],
    ['return 0;', [], [], false],
    ['if (x == NULL) return -EINVAL; return 0;', [], [], false],
    ['struct foo *p = NULL; if (x) p = get(x); return p;', [], ['get'], true],
    ['priv->p = NULL; return p;', [], [], false],
    ['if (x) goto out; else p = NULL; out: return p;', [], [], true],
    ['return foo(x);', ['foo'], [], false],
    ['return ERR_PTR(-ENOMEM);', ['ERR_PTR'], [], false],
    ['p = (struct foo *)bar(x); if (IS_ERR(p)) return p; return p;', [], ['bar'], false],
    ['ret = baz(x); if (ret) return PTR_ERR(q); return 0;', ['PTR_ERR'], [], false],
    ['p -> q = kzalloc(8, GFP_KERNEL); return p->q;', [], ['kzalloc'], false],
    ['a <<= f(x); return a;', [], ['f'], false],
    // the parser reads one branch of an #if: a target written across branches may be the one returned
    ['#ifdef A\n p\n#else\n q\n#endif\n = NULL; p = g(x); return p;', [], ['g'], true],
    ['#ifdef A\n p\n#else\n q\n#endif\n = h(x); return p;', [], ['h'], false],
    // a value beginning with a directive: any call may be returned, and any NULL
    ['return\n#ifdef A\n f(x);\n#else\n NULL;\n#endif\n', ['f'], ['f'], true],
  ])('%s', (body, returns, through, nullish) => {
    expect(text(body)).toEqual({ returns, through, nullish });
  });
});

/** Every function of the model's modules whose failureReturn is found, against what the text filter says it may be. */
function misses(model: RepoModel): { found: number; missed: string[] } {
  let found = 0;
  const missed: string[] = [];
  for (const module of model.modules) {
    const fns = new ModuleFunctions<CleanupSource>(model, module);
    const env = moduleEnv(fns);
    const failures = mayHoldWrongCheck([...functionTexts(fns).keys()]);
    for (const f of fns.everyFunction()) {
      const kind = failureReturn(parseFunctionBody(f.file, f.def), (n) => env.body(n, f.file.path));
      if (!kind) continue;
      found++;
      const may = kind === 'err-ptr' ? failures.mayFailWithErrPtr(f.def.name) : failures.mayFailWithNull(f.def.name);
      if (!may || !failures.mayFailWithPointer(f.def.name)) missed.push(`${f.file.path}:${f.def.name} (${kind})`);
    }
  }
  return { found, missed };
}

describe('which module functions may fail with a pointer', () => {
  beforeAll(async () => {
    await loadCParser();
  });

  it('whenever failureReturn finds one, through helpers returned directly or through a variable', () => {
    const model = modelFromFiles(
      repo(`static struct foo foos[4];
static struct foo *find(int n)
{
	if (n < 0)
		return NULL;
	return &foos[n];
}
static struct foo *make(int n)
{
	struct foo *p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return ERR_PTR(-ENOMEM);
	return p;
}
static struct foo *find_again(int n)
{
	return find(n);
}
static struct foo *make_again(int n)
{
	struct foo *p;
	p = make(n);
	return p;
}
static int status(int n)
{
	struct foo *p = make(n);
	if (IS_ERR(p))
		return PTR_ERR(p);
	return 0;
}
`),
    );
    expect(misses(model)).toEqual({ found: 4, missed: [] });
    const fns = new ModuleFunctions<CleanupSource>(model, model.modules[0]);
    const failures = mayHoldWrongCheck([...functionTexts(fns).keys()]);
    const mayFail = ['find', 'make', 'find_again', 'make_again', 'status'].filter((n) => failures.mayFailWithPointer(n));
    // a status made of an error pointer is no pointer: `status` is not asked about
    expect(mayFail).toEqual(['find', 'make', 'find_again', 'make_again']);
    expect(failures.mayFailWithNull('make_again')).toBe(false);
  });

  const linux = linuxSource61();
  if (!linux) console.log('failure-text: no Linux 6.1 tree (LKM_LINUX_SRC, /work/linux-6.1), the real-driver case is skipped');
  it.skipIf(!linux)(
    'whenever failureReturn finds one, in every function of real drivers',
    () => {
      let found = 0;
      const missed: string[] = [];
      for (const tree of ['drivers/hwmon', 'drivers/spi', 'drivers/i2c/busses', 'drivers/mmc/host', 'drivers/net/wireless/intel']) {
        const r = misses(buildModel(scanRepository(`${linux}/${tree}`, {}), EMPTY_CONFIG));
        found += r.found;
        missed.push(...r.missed.map((m) => `${tree}/${m}`));
      }
      expect(missed).toEqual([]);
      expect(found).toBeGreaterThan(100);
    },
    600_000,
  );
});
