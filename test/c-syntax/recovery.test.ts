import { describe, expect, it } from 'vitest';
import type { Stmt } from '../../src/model/c/syntax/ir.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { prepareSlice } from '../../src/model/c/syntax/prepare.js';
import rule from '../../src/rules/cleanup/error-path-leak.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from '../cleanup/repo.js';
import { sourceOf, spanOf } from './source.js';

/** Every call name of a lowered body, in order. */
function callNames(stmts: Stmt[]): string[] {
  return stmts.flatMap((s): string[] => {
    switch (s.kind) {
      case 'expr':
      case 'return':
        return s.calls.map((c) => c.name);
      case 'if':
        return [...s.cond.calls.map((c) => c.name), ...callNames(s.whenTrue), ...callNames(s.whenFalse ?? [])];
      case 'loop':
      case 'block':
        return [...(s.kind === 'loop' ? s.calls.map((c) => c.name) : []), ...callNames(s.body)];
      case 'switch':
        return s.cases.flatMap((c) => callNames(c.body));
      default:
        return [];
    }
  });
}

const parse = (code: string, name = 'f') => {
  const src = sourceOf(code);
  return parseFunctionBody(src, spanOf(src, name));
};

describe('statement-level recovery', () => {
  it('gives a statement-like macro without a semicolon its own statement, so the next one is not swallowed', () => {
    const fb = parse('static int f(void)\n{\n\tFOO_CHECK(x)\n\tkfree(p);\n\treturn 0;\n}\n');
    expect(fb.problems).toEqual([]);
    expect(callNames(fb.body)).toEqual(['FOO_CHECK', 'kfree']);
    expect(fb.recovered).toBe(1);
  });

  it('reads types passed to macros (container_of, list_entry, min_t with two words, alloc_percpu)', () => {
    const fb = parse(
      'static int f(void)\n{\n\tstruct foo *a = container_of(p, struct foo, node);\n\tb = clamp_t(unsigned int, x, 1, 2);\n\tc = alloc_percpu(struct pcpu_stats *);\n\td = list_first_entry(&h,\n\t\tstruct foo, node);\n\treturn 0;\n}\n',
    );
    expect(fb.problems).toEqual([]);
    expect(callNames(fb.body)).toEqual(['container_of', 'clamp_t', 'alloc_percpu', 'list_first_entry']);
    const first = fb.body[0];
    // argument texts come from the original source, not the repaired text
    expect(first.kind === 'expr' && first.calls[0].args).toEqual(['p', 'struct foo', 'node']);
  });

  it('reads macro string pieces, GNU case ranges and upper-case iterator macros', () => {
    const fb = parse(
      'static int f(int v)\n{\n\tprintk(KERN_ERR DRV_NAME ": failed " DRV_VERSION "\\n");\n\tdev_err(d, "max " __stringify(MAX) "\\n");\n\tswitch (v) {\n\tcase 1 ... 3:\n\t\tbreak;\n\t}\n\tFOO_FOR_EACH_QUEUE(n, q) {\n\t\tkfree(q);\n\t}\n\treturn 0;\n}\n',
    );
    expect(fb.problems).toEqual([]);
    expect(callNames(fb.body)).toEqual(['printk', 'dev_err', 'kfree']);
  });

  it('reads a log level before a pr_fmt() call, and leaves a macro inside an initializer list alone', () => {
    const fb = parse(
      'static int f(void)\n{\n\tprintk_once(KERN_INFO\n\t\tpr_fmt("driver " DRV_VERSION\n\t\t"(c) someone\\n"));\n\tswitch (n) {\n\tcase 1: {\n\t\tstatic const struct i2c_board_info info = {\n\t\t\tI2C_BOARD_INFO("rtc", 0x6f)\n\t\t};\n\t\tp = i2c_new_client_device(a, &info);\n\t}\n\t}\n\tkfree(p);\n\treturn 0;\n}\n',
    );
    expect(fb.problems).toEqual([]);
    expect(callNames(fb.body)).toEqual(['pr_fmt', 'printk_once', 'I2C_BOARD_INFO', 'i2c_new_client_device', 'kfree']);
  });

  it('keeps an unparsable statement as an opaque call with the names it mentions and walks on', () => {
    const fb = parse('static int f(void)\n{\n\ta = 1;\n\tIF_DEBUG(printk("x");)\n\tkfree(p);\n\treturn 0;\n}\n');
    expect(fb.problems).toEqual([]);
    expect(callNames(fb.body)).toContain('kfree');
    expect(fb.recovered).toBeGreaterThan(0);
  });

  it('still gives up when the broken piece may hide control flow', () => {
    const fb = parse('static int f(void)\n{\n\tCHECK(a, goto out);\n\tkfree(p);\n\treturn 0;\nout:\n\treturn 1;\n}\n');
    expect(fb.problems[0]).toMatch(/syntax not understood at line 3/);
  });

  it('keeps every offset and line while repairing', () => {
    const code = '{\n\tFOO(x)\n\ty = container_of(p, struct foo, m);\n\tcase 1 ... 2:\n}\n';
    const out = prepareSlice(code, 0, code.length);
    expect(out.text).toHaveLength(code.length);
    expect(out.text.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.repairedStatements).toBe(1);
  });

  it('finds a leak in an init function that a statement macro used to hide', () => {
    const findings = runRule(
      rule,
      repo(`static struct miscdevice foo_misc;
static char *buf;

static int __init foo_init(void)
{
	int ret;

	buf = kzalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	FOO_TRACE(buf)
	ret = misc_register(&foo_misc);
	if (ret)
		return ret;
	return 0;
}

static void __exit foo_exit(void)
{
	misc_deregister(&foo_misc);
	kfree(buf);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    expect(findings.map((f) => f.line)).toEqual([17]);
  });
});
