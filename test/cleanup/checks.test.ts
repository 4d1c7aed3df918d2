import { describe, expect, it } from 'vitest';
import uncheckedAcquire from '../../src/rules/cleanup/unchecked-acquire.js';
import wrongErrorCheck from '../../src/rules/cleanup/wrong-error-check.js';
import { runRule } from '../helpers/rule-tester.js';
import { DEVM_PROBE, LADDER } from './fixtures.js';
import { repo } from './repo.js';

const init = (body: string) =>
  repo(
    `static struct class *cls;\nstatic struct miscdevice m;\nstatic char *buf;\n\nstatic int __init foo_init(void)\n{\n${body}\n}\n\nstatic void __exit foo_exit(void)\n{\n}\nmodule_init(foo_init);\nmodule_exit(foo_exit);\n`,
  );

describe('cleanup/unchecked-acquire', () => {
  it('reports a registration whose result is thrown away', () => {
    const findings = runRule(uncheckedAcquire, init('\tmisc_register(&m);\n\treturn 0;'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 10 });
    expect(findings[0].message).toContain('misc_register(&m)');
  });

  it('reports an allocation used without a NULL check', () => {
    expect(runRule(uncheckedAcquire, init('\tbuf = kmalloc(8, GFP_KERNEL);\n\tbuf[0] = 1;\n\treturn 0;'))).toHaveLength(1);
  });

  it('stays silent when results are checked or returned', () => {
    expect(runRule(uncheckedAcquire, repo(LADDER))).toEqual([]);
    expect(runRule(uncheckedAcquire, repo(DEVM_PROBE))).toEqual([]);
    expect(runRule(uncheckedAcquire, init('\treturn misc_register(&m);'))).toEqual([]);
    expect(runRule(uncheckedAcquire, init('\tint ret = misc_register(&m);\n\treturn ret < 0 ? ret : 0;'))).toEqual([]);
  });
});

describe('cleanup/wrong-error-check', () => {
  it('reports a NULL check on class_create (ERR_PTR) and IS_ERR on kmalloc (NULL)', () => {
    const findings = runRule(
      wrongErrorCheck,
      init(
        '\tcls = class_create(THIS_MODULE, "x");\n\tif (!cls)\n\t\treturn -ENOMEM;\n\tbuf = kmalloc(8, GFP_KERNEL);\n\tif (IS_ERR(buf))\n\t\treturn PTR_ERR(buf);\n\treturn 0;',
      ),
    );
    expect(findings.map((f) => f.line)).toEqual([11, 14]);
    expect(findings[0].message).toContain('use IS_ERR()');
    expect(findings[1].message).toContain('check for NULL');
  });

  it('stays silent on the right checks and IS_ERR_OR_NULL', () => {
    expect(runRule(wrongErrorCheck, repo(LADDER))).toEqual([]);
    expect(
      runRule(
        wrongErrorCheck,
        init('\tcls = class_create(THIS_MODULE, "x");\n\tif (IS_ERR_OR_NULL(cls))\n\t\treturn -ENOMEM;\n\treturn 0;'),
      ),
    ).toEqual([]);
  });
});
