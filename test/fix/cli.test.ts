// `lkm-audit fix` from the command line: dry run, --rule, --interactive, bad input; and the broken fixtures end
// with no finding of a fixable rule.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fixableRuleIds } from '../../src/fix/engine.js';
import { audit } from '../../src/audit.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';
import { copyFixture } from './fixtures.js';

async function run(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    isTTY: false,
    env: {},
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
  });
  return { code, out, err };
}

describe('lkm-audit fix', () => {
  it('--dry-run prints a unified diff that git would apply and writes nothing', async () => {
    const dir = copyFixture('fix-broken');
    const before = readFileSync(path.join(dir, 'Makefile'), 'utf8');
    const r = await run(['fix', dir, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--- a/Makefile\n+++ b/Makefile\n');
    expect(r.out).toContain('\n-EXTRA_CFLAGS += -DBRK_LEVEL=1\n');
    expect(r.out).toContain('\n+ccflags-y += -DBRK_LEVEL=1\n');
    expect(r.out).toContain('--- /dev/null\n+++ b/.gitignore\n');
    expect(r.err).toMatch(/dry run: nothing written/);
    expect(readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe(before);
    // The patch applies with git, and gives what `fix` itself writes.
    writeFileSync(path.join(dir, 'fix.patch'), r.out);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    const applied = readFileSync(path.join(dir, 'brk.c'), 'utf8');
    const other = copyFixture('fix-broken');
    await run(['fix', other]);
    expect(readFileSync(path.join(other, 'brk.c'), 'utf8')).toBe(applied);
  }, 60_000);

  it('fixes the broken fixtures until no fixable rule fires; a second run changes nothing', async () => {
    const fixable = new Set(fixableRuleIds());
    for (const name of ['fix-broken', 'fix-wrapper']) {
      const dir = copyFixture(name);
      const r = await run(['fix', dir]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^fixed Makefile$/m);
      const { report } = await audit(dir);
      expect(report.findings.filter((f) => fixable.has(f.ruleId)).map((f) => f.ruleId)).toEqual([]);
      const again = await run(['fix', dir]);
      expect(again.out).toMatch(/0 fixes in 0 files/);
    }
  }, 60_000);

  it('--rule limits the fixes to that rule', async () => {
    const dir = copyFixture('fix-broken');
    const r = await run(['fix', dir, '--rule', 'build/removed-subdirs', '--dry-run']);
    expect(r.out).toContain('+\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules');
    expect(r.out).not.toContain('ccflags-y');
    expect(r.out.match(/^\+\+\+ /gm)).toHaveLength(1);
  }, 60_000);

  it('--interactive reads the description and author from stdin', async () => {
    const bare = GOOD_MODULE['good.c'].replace(/MODULE_AUTHOR\(.*\);\n/, '').replace(/MODULE_DESCRIPTION\(.*\);\n/, '');
    const dir = writeRepo({ ...GOOD_MODULE, 'good.c': bare });
    const r = await run(
      ['fix', dir, '--interactive', '--rule', 'docs/missing-module-description', '--rule', 'docs/missing-module-author'],
      'Says hello\nAnn Example <ann@example.org>\n',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('MODULE_DESCRIPTION for good');
    const text = readFileSync(path.join(dir, 'good.c'), 'utf8');
    expect(text).toContain('MODULE_DESCRIPTION("Says hello");\nMODULE_AUTHOR("Ann Example <ann@example.org>");\n');
  }, 60_000);

  it('says what is wrong with bad input', async () => {
    expect((await run(['fix', '--rule', 'docs/missing-readme'])).err).toMatch(/--rule docs\/missing-readme: no fix for that rule/);
    expect((await run(['fix', '/nonexistent/x'])).err).toMatch(/cannot fix \/nonexistent\/x: no such folder/);
    expect((await run(['fix', '--bogus'])).code).toBe(2);
    const list = await run(['fix', '--list']);
    expect(list.out.split('\n')).toContain('license/missing-spdx');
  });
});
