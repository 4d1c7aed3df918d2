// cleanup/wrong-error-check in every function of the module, with module helpers summarised by
// what they return on failure.

import { describe, expect, it } from 'vitest';
import { type FunctionText, mayHoldWrongCheck } from '../../src/analysis/cleanup/module-analysis.js';
import wrongErrorCheck from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

/** A module whose init/exit are trivial; `rest` holds the functions under test. */
const module = (rest: string) =>
  repo(`${rest}
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

const lineOf = (files: Record<string, string>, needle: string) => files['main.c'].split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cleanup/wrong-error-check everywhere', () => {
  it('reports a NULL test of kthread_run in an ioctl handler, not reached from init or probe', () => {
    const files = module(`static struct task_struct *t;
static long foo_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	t = kthread_run(foo_thread, NULL, "foo");
	if (!t)
		return -ENOMEM;
	return 0;
}`);
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line)).toEqual([lineOf(files, 'if (!t)')]);
    expect(findings[0].message).toContain('kthread_run');
  });

  it('follows a helper whose return type is a typedef (it may be a pointer): a NULL test of its ERR_PTR', () => {
    const files = module(`typedef struct foo *foo_handle_t;
static struct foo foos[4];
static foo_handle_t foo_get(int n)
{
	if (n < 0 || n >= 4)
		return ERR_PTR(-EINVAL);
	return &foos[n];
}
static long foo_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	foo_handle_t h = foo_get(cmd);
	if (!h)
		return -ENODEV;
	return 0;
}`);
    expect(runRule(wrongErrorCheck, files).map((f) => f.line)).toEqual([lineOf(files, 'if (!h)')]);
  });

  it('reports IS_ERR on kzalloc in any function', () => {
    const files = module(`static int foo_open(struct inode *i, struct file *f)
{
	void *p = kzalloc(16, GFP_KERNEL);
	if (IS_ERR(p))
		return PTR_ERR(p);
	f->private_data = p;
	return 0;
}`);
    expect(runRule(wrongErrorCheck, files).map((f) => f.line)).toEqual([lineOf(files, 'IS_ERR(p)')]);
  });

  it('summarises module helpers: a NULL test of one that returns ERR_PTR, IS_ERR of one that returns NULL', () => {
    const files = module(`static struct foo *foo_create(int n)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return ERR_PTR(-ENOMEM);
	return f;
}
static struct foo *foo_lookup(int n)
{
	if (n > 3)
		return NULL;
	return &table[n];
}
static int foo_add(int n)
{
	struct foo *a, *b;

	a = foo_create(n);
	if (a == NULL)
		return -ENOMEM;
	b = foo_lookup(n);
	if (IS_ERR(b))
		return PTR_ERR(b);
	return 0;
}`);
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line)).toEqual([lineOf(files, 'if (a == NULL)'), lineOf(files, 'IS_ERR(b)')]);
    expect(findings[0].message).toContain('foo_create(n)');
  });

  it('finds a wrong check in a helper only a caller walks: its own text has no NULL, ! or IS_ERR, the caller reaches it', () => {
    const files = module(`static int foo_make(void)
{
	struct class *c = class_create(THIS_MODULE, "x");

	if (c) {
		class_destroy(c);
		return 0;
	}
	return -ENOMEM;
}
static int foo_ioctl_helper(int n)
{
	void *b = kmalloc(8, GFP_KERNEL);

	if (!b)
		return -ENOMEM;
	foo_make();
	kfree(b);
	return 0;
}`);
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line)).toEqual([lineOf(files, 'if (c)')]);
    expect(findings[0].message).toContain('class_create');
  });

  it("finds a wrong check in a header's static inline helper, which only a source function's walk reaches", () => {
    // foo_ioctl_helper is walked for its callee alone: nothing it calls itself fails with an error pointer, and it
    // holds no IS_ERR of its own; the header's helper is not a source function walked on its own
    const header = `static inline int foo_make(void)
{
	void *p = kzalloc(8, GFP_KERNEL);

	if (IS_ERR(p))
		return PTR_ERR(p);
	kfree(p);
	return 0;
}
`;
    const files = module(`#include "foo.h"
static int foo_ioctl_helper(int n)
{
	void *b = kmalloc(8, GFP_KERNEL);

	if (!b)
		return -ENOMEM;
	kfree(b);
	return foo_make();
}`);
    files['foo.h'] = header;
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => [f.file, f.line])).toEqual([['foo.h', 5]]);
    expect(findings[0].message).toContain('kzalloc');
  });

  it("finds a wrong check two calls down, which only the outer function's walk reaches", () => {
    // foo_use is not walked on its own (its callee has no `return NULL;` to tell it fails with NULL); foo_ioctl is,
    // and follows foo_use into foo_find, whose failure is NULL through a variable
    const files = module(`static struct foo *foo_find(int n)
{
	struct foo *f = NULL;

	if (n < 4)
		f = &table[n];
	return f;
}
static int foo_use(int n)
{
	struct foo *f = foo_find(n);

	if (IS_ERR(f))
		return PTR_ERR(f);
	return f->v;
}
static int foo_ioctl(int n)
{
	void *b = kmalloc(8, GFP_KERNEL);

	if (!b)
		return -ENOMEM;
	n = foo_use(n);
	kfree(b);
	return n;
}`);
    const findings = runRule(wrongErrorCheck, files);
    expect(findings.map((f) => f.line)).toEqual([lineOf(files, 'IS_ERR(f)')]);
    expect(findings[0].message).toContain('foo_find');
  });

  it('stays silent on right checks, IS_ERR_OR_NULL, helpers that may return either, and helpers returning what an unknown call returns', () => {
    const files = module(`static struct foo *foo_either(int n)
{
	if (n)
		return NULL;
	return ERR_PTR(-EINVAL);
}
static struct foo *foo_rule(int n)
{
	if (!n)
		return NULL;
	return other_subsystem_add_rule(n);
}
static int foo_add(int n)
{
	struct foo *a, *r;
	struct class *c;
	void *p;

	a = foo_either(n);
	if (!a)
		return -EINVAL;
	r = foo_rule(n);
	if (IS_ERR(r))
		return PTR_ERR(r);
	c = class_create(THIS_MODULE, "x");
	if (IS_ERR_OR_NULL(c))
		return -EINVAL;
	p = kmalloc(4, GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	c = class_create(THIS_MODULE, "y");
	if (IS_ERR(c))
		return PTR_ERR(c);
	return 0;
}`);
    expect(runRule(wrongErrorCheck, files)).toEqual([]);
  });
});

describe('pointers judged by a predicate', () => {
  it('a NULL test after i2c_client_has_driver() (which tests IS_ERR_OR_NULL) is deliberate', () => {
    const files = module(`static int foo_attach(struct foo *dev)
{
	struct i2c_client *client;

	client = i2c_new_client_device(dev->adap, &info);
	if (!i2c_client_has_driver(client))
		client = NULL;
	dev->tuner = client;
	if (dev->tuner == NULL)
		return -ENODEV;
	return 0;
}`);
    expect(runRule(wrongErrorCheck, files)).toEqual([]);
  });
});

describe('which functions are walked for wrong checks', () => {
  /** A function declared `int` (no pointer to hand back), as the filter reads it: its body and the names it calls. */
  const fn = (name: string, body: string, inSource = true): FunctionText => ({
    name,
    body,
    calls: new Set([...body.matchAll(/([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1])),
    noPointer: true,
    inSource,
  });

  it('walks the function that gets the pointer, not its callers (its own walk reports all they would)', () => {
    const walked = mayHoldWrongCheck([
      fn('foo_make', 'struct class *c = class_create(THIS_MODULE, "x"); if (c) return 0; return -ENOMEM;'),
      fn('foo_setup', 'if (!foo_ready()) return -EIO; return foo_make();'),
      fn('foo_ioctl', 'return foo_setup();'),
      fn('foo_ready', 'return 1;'),
    ]);
    expect([...walked].sort()).toEqual(['foo_make']);
  });

  it("walks the source functions that reach a header's helper getting one, which is not walked alone", () => {
    const walked = mayHoldWrongCheck([
      fn('foo_alloc', 'void *p = kzalloc(8, GFP_KERNEL); if (IS_ERR(p)) return PTR_ERR(p); return 0;', false),
      fn('foo_open', 'return foo_alloc();'),
      fn('foo_ioctl', 'return foo_open();'),
      fn('foo_other', 'return 0;'),
    ]);
    expect([...walked].sort()).toEqual(['foo_alloc', 'foo_ioctl', 'foo_open']);
    expect([...walked.forHeaders].sort()).toEqual(['foo_alloc', 'foo_ioctl', 'foo_open']);
  });

  it("leaves out the callers of a header's helper whose parsed body cannot hold a wrong check of its own", () => {
    const texts = [
      fn('foo_get', 'struct task_struct *t = kthread_run(fn, NULL, "x"); if (IS_ERR(t)) return PTR_ERR(t); return 0;', false),
      fn('foo_open', 'return foo_get();'),
    ];
    const asked: string[] = [];
    const walked = mayHoldWrongCheck(texts, (t) => {
      asked.push(t.name);
      return false;
    });
    expect(asked).toEqual(['foo_get']);
    expect([...walked]).toEqual(['foo_get']);
    expect(walked.forHeaders.size).toBe(0);
  });
});
