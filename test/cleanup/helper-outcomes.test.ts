import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/error-path-leak.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const driver = (helpers: string, probeBody: string) =>
  repo(`#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/miscdevice.h>

struct item {
	struct list_head node;
};

struct foo {
	char *buf;
	struct list_head items;
	struct miscdevice misc;
};

${helpers}

static int foo_probe(struct platform_device *pdev)
{
	struct foo *f;
	int ret;

	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
${probeBody}
	platform_set_drvdata(pdev, f);
	return 0;
}

static int foo_remove(struct platform_device *pdev)
{
	struct foo *f = platform_get_drvdata(pdev);

	misc_deregister(&f->misc);
	kfree(f->buf);
	kfree(f);
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = { .name = "foo" },
};
module_platform_driver(foo_driver);
`);

/** Releases the buffer only when it fails: on success the caller still holds it. */
const SETUP = `static int foo_setup(struct foo *f)
{
	if (foo_hw_init(f)) {
		kfree(f->buf);
		return -EIO;
	}
	return 0;
}`;

const withSetup = (onRegisterFailure: string) =>
  driver(
    SETUP,
    `	f->buf = kmalloc(64, GFP_KERNEL);
	if (!f->buf) {
		kfree(f);
		return -ENOMEM;
	}
	ret = foo_setup(f);
	if (ret) {
		kfree(f);
		return ret;
	}
	ret = misc_register(&f->misc);
	if (ret) {
${onRegisterFailure}
		kfree(f);
		return ret;
	}`,
  );

/** Frees list entries in a loop when it fails: none of them is the caller's `f`. */
const DRAIN = `static void foo_drain(struct foo *f)
{
	struct item *it, *tmp;

	list_for_each_entry_safe(it, tmp, &f->items, node)
		kfree(it);
}

static int foo_start(struct foo *f)
{
	int ret;

	ret = foo_hw_init(f);
	if (ret) {
		foo_drain(f);
		return ret;
	}
	return 0;
}`;

describe('cleanup/error-path-leak: a helper’s releases by its outcome', () => {
  it('does not take what a helper releases only when it fails as released after it succeeded', () => {
    const findings = runRule(rule, withSetup('\t\tdev_err(&pdev->dev, "no misc\\n");'));
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/leaks kmalloc\(64, GFP_KERNEL\).*call kfree\(\)/)]);
    expect(runRule(rule, withSetup('\t\tkfree(f->buf);'))).toEqual([]);
  });

  it('does not match a helper’s release in a loop of list entries to an object the caller made once', () => {
    const leaky = driver(DRAIN, '\tret = foo_start(f);\n\tif (ret)\n\t\treturn ret;');
    expect(runRule(rule, leaky).map((f) => f.message)).toEqual([expect.stringContaining('leaks kzalloc(sizeof(*f), GFP_KERNEL)')]);
    const clean = driver(DRAIN, '\tret = foo_start(f);\n\tif (ret) {\n\t\tkfree(f);\n\t\treturn ret;\n\t}');
    expect(runRule(rule, clean)).toEqual([]);
  });

  it('follows `return helper(f);` into the helper’s outcome: what it frees when it fails is not leaked (smc91c92_probe)', () => {
    const finish = `static int foo_finish(struct foo *f)
{
	if (foo_hw_init(f)) {
		kfree(f);
		return -EIO;
	}
	return 0;
}`;
    expect(runRule(rule, driver(finish, '\treturn foo_finish(f);'))).toEqual([]);
  });
});
