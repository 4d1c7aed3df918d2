// Walks left for later are replayed, oldest first, exactly when something could see what they leave; and the
// wrong checks of the functions around them are still all reported.

import { describe, expect, it } from 'vitest';
import { DeferredWalks } from '../../src/analysis/cleanup/deferred-walks.js';
import wrongErrorCheck from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

describe('DeferredWalks', () => {
  it('replays only the walks that could reach a touched name, oldest first, each once', () => {
    const ran: string[] = [];
    const q = new DeferredWalks();
    q.defer(new Set(['a', 'h']), () => ran.push('a'));
    q.defer(new Set(['b']), () => ran.push('b'));
    q.defer(new Set(['c', 'h']), () => ran.push('c'));
    q.touch('x');
    expect(ran).toEqual([]);
    q.touch('h');
    expect(ran).toEqual(['a', 'c']);
    q.touch('h');
    q.touch('c');
    expect(ran).toEqual(['a', 'c']);
  });

  it('a replayed walk replays the older walks it touches first, never a newer one', () => {
    const ran: string[] = [];
    const q = new DeferredWalks();
    q.defer(new Set(['old']), () => ran.push('old'));
    q.defer(new Set(['mid', 'new']), () => {
      q.touch('old');
      q.touch('late');
      ran.push('mid');
    });
    q.defer(new Set(['late']), () => ran.push('late'));
    q.touch('mid');
    expect(ran).toEqual(['old', 'mid']);
    q.touch('late');
    expect(ran).toEqual(['old', 'mid', 'late']);
  });
});

const lineOf = (files: Record<string, string>, needle: string) => files['main.c'].split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cleanup/wrong-error-check around functions whose walk is left for later', () => {
  it('reports the wrong checks of a caller and of a helper of a function that reports none', () => {
    // foo_stats cannot check anything wrongly (a NULL test of kzalloc): its walk is left for later; foo_ioctl,
    // walked after it, calls it, so its summary is made then; foo_fill's IS_ERR of kzalloc is reported once.
    const files = repo(`static struct task_struct *t;
static int foo_fill(char *buf)
{
	char *p = kzalloc(4, GFP_KERNEL);
	if (IS_ERR(p))
		return -ENOMEM;
	kfree(p);
	return 0;
}
static int foo_stats(void)
{
	char *p = kzalloc(4, GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	kfree(p);
	return 0;
}
static long foo_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	int ret = foo_stats();
	if (ret)
		return ret;
	t = kthread_run(foo_thread, NULL, "foo");
	if (!t)
		return -ENOMEM;
	return foo_fill(NULL);
}
static int __init foo_init(void)
{
	return 0;
}
static void __exit foo_exit(void)
{
}
module_init(foo_init);
module_exit(foo_exit);
`);
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      lineOf(files, 'if (IS_ERR(p))'),
      lineOf(files, 'if (!t)'),
    ]);
  });
});
