import { describe, expect, it } from 'vitest';
import { evalMode } from '../../src/analysis/security/file-mode.js';
import uncheckedUserCopy from '../../src/rules/security/unchecked-user-copy.js';
import worldWritableFile from '../../src/rules/security/world-writable-file.js';
import worldWritableParam from '../../src/rules/security/world-writable-param.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from '../cleanup/repo.js';

describe('file modes', () => {
  it('evaluates octal and symbolic modes', () => {
    expect(evalMode('0666')).toBe(0o666);
    expect(evalMode('S_IRUGO | S_IWUSR')).toBe(0o644);
    expect(evalMode('S_IRWXUGO')).toBe(0o777);
    expect(evalMode('0666 & ~S_IWOTH')).toBe(0o664);
    expect(evalMode('FOO_MODE')).toBeUndefined();
  });
});

describe('security/world-writable-param', () => {
  it('reports 0666 and S_IWUGO parameters and says the kernel refuses them', () => {
    const findings = runRule(
      worldWritableParam,
      repo('static int a;\nmodule_param(a, int, 0666);\nstatic int b;\nmodule_param_named(bee, b, int, S_IRUGO | S_IWUGO);\n'),
    );
    expect(findings.map((f) => f.line)).toEqual([5, 7]);
    expect(findings[0].message).toContain('VERIFY_OCTAL_PERMISSIONS');
  });

  it('stays silent on 0644, 0444 and 0', () => {
    expect(
      runRule(
        worldWritableParam,
        repo('static int a;\nmodule_param(a, int, 0644);\nmodule_param(a, int, S_IRUGO);\nmodule_param(a, int, 0);\n'),
      ),
    ).toEqual([]);
  });
});

describe('security/world-writable-file', () => {
  it('reports proc, debugfs and attribute files writable by others', () => {
    const src = `static DEVICE_ATTR(level, S_IRWXUGO, level_show, level_store);

static int __init foo_init(void)
{
	proc_create("foo", 0666, NULL, &foo_ops);
	debugfs_create_u32("bar", S_IWOTH | S_IRUGO, NULL, &bar);
	return 0;
}
`;
    const findings = runRule(worldWritableFile, repo(src));
    expect(findings.map((f) => f.line).sort()).toEqual([4, 8, 9]);
    expect(findings.find((f) => f.line === 4)?.message).toContain('VERIFY_OCTAL_PERMISSIONS');
  });

  it('stays silent on 0644/0444 entries and driver-private *_ATTR macros', () => {
    const src =
      'static DEVICE_ATTR(level, 0644, level_show, level_store);\nLPFC_ATTR(sli_mode, 3, 0, 3, "x");\nstatic void f(void)\n{\n\tproc_create("foo", 0444, NULL, &foo_ops);\n}\n';
    expect(runRule(worldWritableFile, repo(src))).toEqual([]);
  });
});

describe('security/unchecked-user-copy', () => {
  it('reports a copy whose result is ignored', () => {
    const src =
      'static ssize_t w(struct file *f, const char __user *u, size_t n, loff_t *o)\n{\n\tchar b[8];\n\n\tif (n > 8)\n\t\tn = 8;\n\tcopy_from_user(b, u, n);\n\treturn n;\n}\n';
    const findings = runRule(uncheckedUserCopy, repo(src));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 10 });
  });

  it('stays silent when the result is checked, returned or deliberately cast away', () => {
    const src =
      'static long w(char __user *u, int v)\n{\n\tif (copy_to_user(u, &v, 4))\n\t\treturn -EFAULT;\n\t(void)put_user(v, u);\n\treturn get_user(v, u);\n}\n';
    expect(runRule(uncheckedUserCopy, repo(src))).toEqual([]);
  });
});
