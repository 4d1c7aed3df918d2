// A helper's walk made at one depth is reused at another (walk.ts, atAnotherDepth) only where it is the same walk:
// every function of a module (without recursion: a cut recursion depends on the callers' stack, which the cache of
// walks has never told apart), walked at each depth after the walks at the other depths, in several orders, gives
// what a walk with nothing reused gives.

import { beforeAll, describe, expect, it } from 'vitest';
import { ModuleFunctions } from '../../src/analysis/cleanup/entry-functions.js';
import { moduleEnv } from '../../src/analysis/cleanup/module-analysis.js';
import type { CleanupSource } from '../../src/analysis/cleanup/source.js';
import { walkFunction } from '../../src/analysis/cleanup/walk.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { loadCParser } from '../../src/model/c/syntax/loader.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const SOURCE = `#include <linux/slab.h>
#include <linux/netdevice.h>

static char *buf;
static struct net_device *ndev;

/* acquires, and leaks on one error return: a leak only the top walk reports */
static int leaf_alloc(int bad)
{
	buf = kmalloc(16, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	if (bad)
		return -EINVAL;
	return 0;
}

static int mid(int bad)
{
	int ret = leaf_alloc(bad);

	if (ret)
		return ret;
	ret = register_netdev(ndev);
	if (ret) {
		kfree(buf);
		return ret;
	}
	return 0;
}

static int upper(int bad)
{
	return mid(bad);
}

/* four helpers deep: refused somewhere below, at every depth but the top */
static int deepest(int bad)
{
	return upper(bad);
}

static int __init m_init(void)
{
	int ret = deepest(0);

	return ret;
}

static void __exit m_exit(void)
{
	unregister_netdev(ndev);
	kfree(buf);
}
module_init(m_init);
module_exit(m_exit);
`;

/** Two functions calling each other: the walk cuts the recursion where its stack says. */
const RECURSION = `
static int rec_b(int n);

static int rec_a(int n)
{
	char *p = kmalloc(8, GFP_KERNEL);

	if (!p)
		return -ENOMEM;
	if (n && rec_b(n - 1))
		return -EIO;
	kfree(p);
	return 0;
}

static int rec_b(int n)
{
	return rec_a(n);
}
`;

function moduleFunctions(source = SOURCE): ModuleFunctions<CleanupSource> {
  const model = modelFromFiles(repo(source));
  return new ModuleFunctions<CleanupSource>(model, model.modules[0]);
}

describe('walks reused at another depth', () => {
  beforeAll(async () => {
    await loadCParser();
  });

  it.each([
    [3, 2, 1, 0],
    [0, 1, 2, 3],
    [1, 3, 0, 2],
  ])('equal walks made afresh, in the order of depths %j', (...order) => {
    const fns = moduleFunctions();
    const bodies = fns.everyFunction().map((f) => parseFunctionBody(f.file, f.def));
    expect(bodies.map((b) => b.name).sort()).toEqual(['deepest', 'leaf_alloc', 'm_exit', 'm_init', 'mid', 'upper']);
    const shared = moduleEnv(fns);
    for (const depth of order)
      for (const body of bodies) expect(walkFunction(body, shared, depth)).toEqual(walkFunction(body, moduleEnv(fns), depth));
  });

  it('are the walks that refused no helper, with the leaks of their place', () => {
    const fns = moduleFunctions();
    const env = moduleEnv(fns);
    const walk = (name: string, depth: number) => {
      const f = fns.find(name);
      if (!f) throw new Error(`${name} not found`);
      return walkFunction(parseFunctionBody(f.file, f.def), env, depth);
    };
    // a helper that follows none: one walk below the top, and the top's differs only in the leaks it reports
    const below = walk('leaf_alloc', 3);
    expect(below).toMatchObject({ nesting: 0, depthFree: true, leaks: [] });
    expect(below.topLeaks.map((l) => l.returnText)).toEqual(['-EINVAL']);
    expect(walk('leaf_alloc', 1)).toBe(below);
    const top = walk('leaf_alloc', 0);
    expect(top).toEqual({ ...below, leaks: below.topLeaks });
    // `upper` follows mid, which follows leaf_alloc: from depth 1 there is room, from depth 2 leaf_alloc is refused
    const upper1 = walk('upper', 1);
    expect(upper1).toMatchObject({ nesting: 2, depthFree: true });
    const upper2 = walk('upper', 2);
    expect(upper2).not.toBe(upper1);
    expect(upper2.depthFree).toBe(false);
  });

  // (walks at one depth are shared whatever the stack of their callers, as before: a recursion's cut depends on it)
  it('are never those that cut a recursion', () => {
    const fns = moduleFunctions(SOURCE + RECURSION);
    const f = fns.find('rec_a');
    if (!f) throw new Error('rec_a not found');
    const w = walkFunction(parseFunctionBody(f.file, f.def), moduleEnv(fns), 1);
    expect(w).toMatchObject({ depthFree: false, nesting: 1 });
  });
});
