// Regression tests for how the walk reads real init/probe code: reused temporaries, return
// expressions, helpers, loops.

import { describe, expect, it } from 'vitest';
import leakRule from '../../src/rules/cleanup/error-path-leak.js';
import uncheckedRule from '../../src/rules/cleanup/unchecked-acquire.js';
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

describe('return expressions', () => {
  const exit = '	misc_deregister(&foo_misc);\n\tkfree(buf);';
  const globals = 'static struct miscdevice foo_misc;\nstatic char *buf;\n';

  it('`return helper(...)` of a helper that can fail is an error path', () => {
    const findings = runRule(
      leakRule,
      initExit(
        '	buf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\treturn foo_setup(buf);',
        exit,
        `${globals}static int foo_setup(char *b)\n{\n\tif (!b[0])\n\t\treturn -EINVAL;\n\treturn 0;\n}\n`,
      ),
    );
    expect(findings.map((f) => f.line)).toEqual([18]);
    expect(findings[0].message).toContain('kzalloc(64, GFP_KERNEL)');
  });

  it('`return helper(...)` through a status variable is an error path too', () => {
    const findings = runRule(
      leakRule,
      initExit(
        '	int ret;\n\n\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tret = foo_check(buf);\n\treturn ret;',
        exit,
        `${globals}static int foo_check(char *b)\n{\n\treturn b[0] ? 0 : -EINVAL;\n}\n`,
      ),
    );
    expect(findings.map((f) => f.line)).toEqual([19]);
  });

  it('a helper that cannot fail returned directly is success', () => {
    const findings = runRule(
      leakRule,
      initExit(
        '	buf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;\n\treturn foo_fill(buf);',
        exit,
        `${globals}static int foo_fill(char *b)\n{\n\tb[0] = 1;\n\treturn 0;\n}\n`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('a handle passed to a call in a return expression is not thereby checked', () => {
    const findings = runRule(
      uncheckedRule,
      initExit('	buf = kzalloc(64, GFP_KERNEL);\n\treturn foo_use(buf);', exit, `${globals}int foo_use(char *b);\n`),
    );
    expect(findings.map((f) => f.line)).toEqual([10]);
  });

  it('a returned handle is checked by the caller', () => {
    const findings = runRule(
      uncheckedRule,
      repo(`static char *foo_get(void)
{
	char *p = kzalloc(8, GFP_KERNEL);
	return p;
}
static char *buf;
static int __init foo_init(void)
{
	buf = foo_get();
	if (!buf)
		return -ENOMEM;
	return 0;
}
static void __exit foo_exit(void)
{
	kfree(buf);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    expect(findings).toEqual([]);
  });
});

describe('conditional return expressions', () => {
  it('`return p == NULL ? -ENOMEM : 0;` checks p, and `return f() ? -EIO : g();` checks f()', () => {
    const findings = runRule(
      uncheckedRule,
      initExit(
        '	buf = kzalloc(64, GFP_KERNEL);\n\treturn (buf == NULL) ? -ENOMEM : foo_more();',
        '	kfree(buf);\n\tpci_disable_device(pdev);',
        `static char *buf;\nstatic struct pci_dev *pdev;\nstatic int foo_more(void)\n{\n\treturn pci_enable_device(pdev) ? -EIO : 0;\n}\n`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
