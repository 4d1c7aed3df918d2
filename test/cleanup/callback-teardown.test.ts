// Teardown through a callback: exit hands a module function to a kernel iterator (`idr_for_each(&idr, cb, NULL)`,
// `bus_for_each_dev(..., cb)`), which runs it on every object. v4l2loopback frees its devices this way.

import { describe, expect, it } from 'vitest';
import exitMissingRelease from '../../src/rules/cleanup/exit-missing-release.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const module = (teardown: string) =>
  repo(`#include <linux/idr.h>
#include <linux/device.h>

static DEFINE_IDR(things);
static struct class *cls;

static int destroy_one(int id, void *p, void *data)
{
	class_destroy(cls);
	return 0;
}

static int __init m_init(void)
{
	cls = class_create(THIS_MODULE, "m");
	if (IS_ERR(cls))
		return PTR_ERR(cls);
	return 0;
}

static void __exit m_exit(void)
{
${teardown}
	idr_destroy(&things);
}
module_init(m_init);
module_exit(m_exit);
`);

describe('teardown through a callback', () => {
  it('a module function passed to idr_for_each releases what it frees (no false exit-missing-release)', () => {
    expect(runRule(exitMissingRelease, module('\tidr_for_each(&things, &destroy_one, NULL);'))).toEqual([]);
    expect(runRule(exitMissingRelease, module('\tidr_for_each(&things, destroy_one, NULL);'))).toEqual([]);
  });

  it('without the callback, or with a callback that releases nothing, the class is still reported', () => {
    const found = runRule(exitMissingRelease, module('\tidr_for_each(&things, NULL, NULL);'));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('class_create(THIS_MODULE, "m")')]);
  });
});
