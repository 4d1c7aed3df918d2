// Regression tests for how the walk reads real init/probe code: reused temporaries, return
// expressions, helpers, loops.

import { describe, expect, it } from 'vitest';
import leakRule from '../../src/rules/cleanup/error-path-leak.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const initExit = (init: string, exit: string, extra = '') =>
  repo(`${extra}
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

describe('walk fidelity', () => {
  it('a temporary reused for several buffers names only the latest (no leak when each is freed through its field)', () => {
    const findings = runRule(
      leakRule,
      initExit(
        `	void *tmp;
	int ret;

	tmp = kzalloc(16, GFP_KERNEL);
	priv.a = tmp;
	if (!tmp) {
		ret = -ENOMEM;
		goto out;
	}
	tmp = kzalloc(32, GFP_KERNEL);
	priv.b = tmp;
	if (!tmp) {
		ret = -ENOMEM;
		goto out;
	}
	tmp = kzalloc(64, GFP_KERNEL);
	priv.c = tmp;
	if (!tmp) {
		ret = -ENOMEM;
		goto out;
	}
	ret = misc_register(&foo_misc);
	if (ret)
		goto out;
	return 0;
out:
	if (priv.c)
		kfree(priv.c);
	if (priv.b)
		kfree(priv.b);
	if (priv.a)
		kfree(priv.a);
	return ret;`,
        '	misc_deregister(&foo_misc);\n\tkfree(priv.c);\n\tkfree(priv.b);\n\tkfree(priv.a);',
        'static struct miscdevice foo_misc;\nstatic struct { void *a, *b, *c; } priv;\n',
      ),
    );
    expect(findings).toEqual([]);
  });
});
