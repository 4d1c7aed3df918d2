// Resources acquired inside a loop, with the usual partial unwinds.

import { describe, expect, it } from 'vitest';
import leakRule from '../../src/rules/cleanup/error-path-leak.js';
import exitRule from '../../src/rules/cleanup/exit-missing-release.js';
import uncheckedRule from '../../src/rules/cleanup/unchecked-acquire.js';
import wrongRule from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const GLOBALS = `#define N 4
static char *bufs[N];
static struct platform_driver *drivers[N];
static struct task_struct *threads[N];
`;
const initExit = (init: string, exit: string) =>
  repo(`${GLOBALS}
static int __init foo_init(void)
{
	int i, j, ret;

${init}
}

static void __exit foo_exit(void)
{
	int i;

${exit}
}
module_init(foo_init);
module_exit(foo_exit);
`);
const lineOf = (files: Record<string, string>, needle: string) => files['main.c'].split('\n').findIndex((l) => l.includes(needle)) + 1;
const all = (files: Record<string, string>) => [leakRule, uncheckedRule, wrongRule, exitRule].flatMap((r) => runRule(r, files));
const FREE_ALL = '	for (i = 0; i < N; i++)\n\t\tkfree(bufs[i]);';

describe('loops', () => {
  it('understands `while (i--) kfree(x[i])` after a failed iteration', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		bufs[i] = kzalloc(64, GFP_KERNEL);
		if (!bufs[i]) {
			ret = -ENOMEM;
			goto err;
		}
	}
	return 0;
err:
	while (i--)
		kfree(bufs[i]);
	return ret;`,
      FREE_ALL,
    );
    expect(all(files)).toEqual([]);
  });

  it('understands `for (j = i - 1; j >= 0; j--)` unwinding registrations', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		ret = platform_driver_register(drivers[i]);
		if (ret)
			goto err;
	}
	return 0;
err:
	for (j = i - 1; j >= 0; j--)
		platform_driver_unregister(drivers[j]);
	return ret;`,
      '	for (i = N - 1; i >= 0; i--)\n\t\tplatform_driver_unregister(drivers[i]);',
    );
    expect(all(files)).toEqual([]);
  });

  it('reports an error path that leaves the earlier iterations allocated', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		bufs[i] = kzalloc(64, GFP_KERNEL);
		if (!bufs[i])
			return -ENOMEM;
	}
	return 0;`,
      FREE_ALL,
    );
    const findings = all(files);
    expect(findings.map((f) => f.line)).toEqual([lineOf(files, 'return -ENOMEM')]);
    expect(findings[0].message).toContain('acquired in a loop');
  });

  it('what each iteration frees itself is not carried over', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		char *tmp = kzalloc(64, GFP_KERNEL);
		if (!tmp)
			return -ENOMEM;
		fill(tmp);
		kfree(tmp);
	}
	return 0;`,
      '',
    );
    expect(all(files)).toEqual([]);
  });

  it('reports an exit that never releases what the loop acquired', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		bufs[i] = kzalloc(64, GFP_KERNEL);
		if (!bufs[i])
			goto err;
	}
	return 0;
err:
	while (--i >= 0)
		kfree(bufs[i]);
	return -ENOMEM;`,
      '',
    );
    expect(runRule(exitRule, files).map((f) => f.line)).toEqual([lineOf(files, 'bufs[i] = kzalloc')]);
  });

  it('judges checks inside a loop: a NULL test of kthread_run', () => {
    const files = initExit(
      `	for (i = 0; i < N; i++) {
		threads[i] = kthread_run(foo_fn, NULL, "foo/%d", i);
		if (!threads[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		kthread_stop(threads[i]);
	return -ENOMEM;`,
      '	for (i = 0; i < N; i++)\n\t\tkthread_stop(threads[i]);',
    );
    expect(runRule(wrongRule, files).map((f) => f.line)).toEqual([lineOf(files, 'if (!threads[i])')]);
  });
});

describe('counters', () => {
  it('a counter incremented in a loop is no longer known to be zero', () => {
    const files = initExit(
      `	j = 0;
	for (i = 0; i < N; i++)
		if (probe_one(i))
			j++;
	if (!j)
		return -ENODEV;
	bufs[0] = kzalloc(64, GFP_KERNEL);
	if (!bufs[0])
		return -ENOMEM;
	return 0;`,
      '',
    );
    // the success path is walked: what it holds must be released in exit
    expect(runRule(exitRule, files).map((f) => f.line)).toEqual([lineOf(files, 'bufs[0] = kzalloc')]);
  });
});

describe('a flag the loop sets only where it acquires', () => {
  const probe = (afterLoop: string) =>
    repo(`#include <linux/platform_device.h>
#define N 2
static struct platform_device *pdev[N];
static struct platform_driver foo_driver;

static int __init foo_init(void)
{
	bool found = false;
	int i, err;

	err = platform_driver_register(&foo_driver);
	if (err)
		return err;
	for (i = 0; i < N; i++) {
		if (foo_find(i) <= 0)
			continue;
		found = true;
		pdev[i] = platform_device_alloc("foo", i);
		if (!pdev[i]) {
			err = -ENOMEM;
			goto exit_devices;
		}
		err = platform_device_add(pdev[i]);
		if (err)
			goto exit_put;
	}
${afterLoop}
	return 0;

exit_put:
	platform_device_put(pdev[i]);
exit_devices:
	while (--i >= 0)
		if (pdev[i])
			platform_device_unregister(pdev[i]);
exit_driver:
	platform_driver_unregister(&foo_driver);
	return err;
}

static void __exit foo_exit(void)
{
	int i;

	for (i = 0; i < N; i++)
		if (pdev[i])
			platform_device_unregister(pdev[i]);
	platform_driver_unregister(&foo_driver);
}
module_init(foo_init);
module_exit(foo_exit);
`);

  it('does not report a leak on the `if (!found)` error path, where the loop acquired nothing', () => {
    expect(runRule(leakRule, probe('\tif (!found) {\n\t\terr = -ENODEV;\n\t\tgoto exit_driver;\n\t}'))).toEqual([]);
  });

  it('still reports an error path after the loop that skips the devices it added', () => {
    const findings = runRule(leakRule, probe('\terr = foo_check();\n\tif (err)\n\t\tgoto exit_driver;'));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('platform_device_add(pdev[i])')]);
  });
});
