// The problem matcher turns `run: npx lkm-audit` text output into annotations, as setup-* actions do for compilers.
// Its regexes are applied here the way the runner applies them: line by line, to the text reporter's real output.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { writeRepo } from '../helpers/rule-tester.js';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message: number;
  code?: number;
}
const config = JSON.parse(readFileSync(path.join(__dirname, '../../.github/lkm-audit-matcher.json'), 'utf8')) as {
  problemMatcher: { owner: string; pattern: Pattern[] }[];
};

/** What the runner would annotate: every line that one matcher's single pattern matches. */
function annotate(text: string) {
  const out: { owner: string; file?: string; line?: string; column?: string; severity?: string; message: string; code?: string }[] = [];
  for (const line of text.split('\n'))
    for (const m of config.problemMatcher) {
      const p = m.pattern[0];
      const g = new RegExp(p.regexp).exec(line);
      if (!g) continue;
      const at = (i?: number) => (i ? g[i] : undefined);
      out.push({
        owner: m.owner,
        file: at(p.file),
        line: at(p.line),
        column: at(p.column),
        severity: at(p.severity),
        message: g[p.message],
        code: at(p.code),
      });
    }
  return out;
}

const MODULE = '#include <linux/module.h>\nstatic int __init x_init(void) { return 0; }\nmodule_init(x_init);\nMODULE_LICENSE("GPLv2");\n';

describe('problem matcher', () => {
  it('every error and warning line of the text report becomes one annotation with file, line, severity, rule', async () => {
    const root = writeRepo({
      Makefile: 'obj-m += x.o\nKDIR := /lib/modules/5.10.0/build\nall:\n\t$(MAKE) -C $(KDIR) SUBDIRS=$(PWD) modules\n',
      'src dir/x.c': MODULE,
    });
    let stdout = '';
    await main([root, '--fail-on', 'never', '--no-color'], { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false, env: {} });
    let json = '';
    await main([root, '--format', 'json'], { stdout: (s) => (json += s), stderr: () => {}, isTTY: false, env: {} });
    const findings = (
      JSON.parse(json).findings as { file?: string; line?: number; severity: string; ruleId: string; message: string }[]
    ).filter((f) => f.severity !== 'note');
    const annotations = annotate(stdout);
    expect(findings.length).toBeGreaterThan(3);
    expect(annotations).toHaveLength(findings.length);
    for (const f of findings) {
      const a = annotations.find((x) => x.code === f.ruleId && x.message.startsWith(f.message.slice(0, 40)));
      expect(a, `${f.ruleId}: ${f.message}`).toBeDefined();
      expect(a?.severity).toBe(f.severity);
      expect(a?.file).toBe(f.file);
      expect(a?.line).toBe(f.line === undefined ? undefined : String(f.line));
    }
    // Fix hints and the summary lines are never annotations.
    expect(annotate('    fix: Add `ccflags-y`.\nscore 40/100 (F): 3 error(s)\nmodules: x')).toEqual([]);
  });

  it('notes stay out of the annotations (the runner knows only error and warning severities)', () => {
    expect(annotate('x.c:3:1: note: 1 line ends in whitespace [style/trailing-whitespace]')).toEqual([]);
  });

  it('is shipped with the npm package, for `npx lkm-audit` steps', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.files).toContain('.github/lkm-audit-matcher.json');
  });
});
