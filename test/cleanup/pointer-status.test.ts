// PTR_ERR_OR_ZERO() and IS_ERR_OR_NULL() as checks of the value just acquired (also through a
// variable), and kernel threads that end themselves.

import { describe, expect, it } from 'vitest';
import leakRule from '../../src/rules/cleanup/error-path-leak.js';
import exitRule from '../../src/rules/cleanup/exit-missing-release.js';
import uncheckedRule from '../../src/rules/cleanup/unchecked-acquire.js';
import wrongRule from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const CLASS_EXIT = '	class_destroy(cls);\n\tkfree(buf);';
const initExit = (init: string, exit = CLASS_EXIT, extra = '') =>
  repo(`static struct class *cls;
static char *buf;
${extra}
static int __init foo_init(void)
{
${init}
}

static void __exit foo_exit(void)
{
${exit}
}
module_init(foo_init);
module_exit(foo_exit);
`);
const lineOf = (files: Record<string, string>, needle: string) => files['main.c'].split('\n').findIndex((l) => l.includes(needle)) + 1;
const all = (files: Record<string, string>) => [leakRule, uncheckedRule, wrongRule, exitRule].flatMap((r) => runRule(r, files));

describe('PTR_ERR_OR_ZERO and IS_ERR_OR_NULL', () => {
  it('a status from PTR_ERR_OR_ZERO, tested later, checks the pointer and tells failure from success', () => {
    const files = initExit(`	int ret;

	buf = kzalloc(8, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	cls = class_create(THIS_MODULE, "foo");
	ret = PTR_ERR_OR_ZERO(cls);
	if (ret) {
		kfree(buf);
		return ret;
	}
	return 0;`);
    expect(all(files)).toEqual([]);
  });

  it('`return PTR_ERR_OR_ZERO(p)` is an error path for what came before, and a check of p', () => {
    const files = initExit(`	buf = kzalloc(8, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	cls = class_create(THIS_MODULE, "foo");
	return PTR_ERR_OR_ZERO(cls);`);
    const findings = all(files);
    expect(findings.map((f) => [f.line, f.message.slice(0, 40)])).toEqual([
      [lineOf(files, 'return PTR_ERR_OR_ZERO'), 'this error return in foo_init leaks kzal'],
    ]);
  });

  it('the same status returned through a variable', () => {
    const files = initExit(
      `	int ret;

	cls = class_create(THIS_MODULE, "foo");
	ret = PTR_ERR_OR_ZERO(cls);
	return ret;`,
      '	class_destroy(cls);',
    );
    expect(all(files)).toEqual([]);
  });

  it('IS_ERR_OR_NULL is a right check of an error pointer and its true branch is the failure', () => {
    const files = initExit(`	buf = kzalloc(8, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	cls = class_create(THIS_MODULE, "foo");
	if (IS_ERR_OR_NULL(cls)) {
		kfree(buf);
		return -ENODEV;
	}
	return 0;`);
    expect(all(files)).toEqual([]);
  });
});

describe('kernel threads that end themselves', () => {
  const THREAD = (end: string) => `static struct task_struct *task;
static DECLARE_COMPLETION(done);
static int foo_thread(void *data)
{
	while (!kthread_should_stop())
		msleep(100);
${end}
}
`;
  const init = `	task = kthread_run(foo_thread, NULL, "foo");
	if (IS_ERR(task))
		return PTR_ERR(task);
	return 0;`;

  it('needs no kthread_stop when the thread function calls kthread_complete_and_exit', () => {
    const files = initExit(init, '	wait_for_completion(&done);', THREAD('	kthread_complete_and_exit(&done, 0);'));
    expect(all(files)).toEqual([]);
  });

  it('still reports a thread that returns and is never stopped', () => {
    const files = initExit(init, '	wait_for_completion(&done);', THREAD('	return 0;'));
    expect(runRule(exitRule, files).map((f) => f.message.slice(0, 30))).toEqual(['kthread_run(foo_thread, NULL, ']);
  });
});
