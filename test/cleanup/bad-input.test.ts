import { describe, expect, it } from 'vitest';
import { rules as cleanup } from '../../src/rules/cleanup/index.js';
import { rules as security } from '../../src/rules/security/index.js';
import { modelFromFiles } from '../helpers/rule-tester.js';
import { MAKEFILE } from './repo.js';

const all = [...cleanup, ...security];

function runAll(files: Record<string, string | Buffer>) {
  const model = modelFromFiles(files);
  return { model, findings: all.flatMap((r) => r.check(model)) };
}

const INIT =
  'static int __init foo_init(void)\n{\n\tchar *p = kmalloc(4, GFP_KERNEL);\n\tif (!p)\n\t\treturn -ENOMEM;\n\treturn 0;\n}\nmodule_init(foo_init);\n';

describe('bad input never crashes the cleanup and security rules', () => {
  it('an unterminated comment or string', () => {
    expect(() => runAll({ Makefile: MAKEFILE, 'main.c': `${INIT}/* never closed\n` })).not.toThrow();
    expect(() => runAll({ Makefile: MAKEFILE, 'main.c': `${INIT.replace('return 0;', 'pr_info("oops);\n\treturn 0;')}` })).not.toThrow();
  });

  it('non-UTF-8 bytes', () => {
    const bytes = Buffer.concat([Buffer.from(INIT.slice(0, 40)), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(INIT.slice(40))]);
    expect(() => runAll({ Makefile: MAKEFILE, 'main.c': bytes })).not.toThrow();
  });

  it('a 1 MB macro', () => {
    const huge = `#define BIG(x) \\\n${'\tx + 1 + \\\n'.repeat(100_000)}\t0\n`;
    expect(() => runAll({ Makefile: MAKEFILE, 'main.c': huge + INIT })).not.toThrow();
  });

  it('a .c that is not C gives a note, not a finding', () => {
    const notC =
      'static int __init foo_init(void)\n{\n\tp = kmalloc(4, GFP_KERNEL);\n\t@@@ %%% <<<>>> ;;\n\tif (x) return -EINVAL;\n\treturn 0;\n}\nmodule_init(foo_init);\nmodule_exit(foo_exit);\nstatic void __exit foo_exit(void)\n{\n}\n';
    const { model, findings } = runAll({ Makefile: MAKEFILE, 'main.c': notC });
    expect(findings.filter((f) => /leak|never released/.test(f.message))).toEqual([]);
    expect(model.notes.some((n) => /cleanup analysis of foo_init inconclusive: .*syntax not understood/.test(n.message))).toBe(true);
  });
});
