// Runs the real checkpatch.pl of linux-source-6.1 when it is installed (extracted once to /tmp);
// skips visibly otherwise. Parsing and summarising are tested on their own.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { safeCheckpatchConf } from '../../src/checkpatch/conf.js';
import { checkpatchFindings } from '../../src/checkpatch/findings.js';
import { parseCheckpatchOutput } from '../../src/checkpatch/parse.js';
import { CheckpatchError, runCheckpatch } from '../../src/checkpatch/run.js';
import rule from '../../src/rules/style/checkpatch.js';
import { GOOD_MODULE, modelFromFiles, writeRepo } from '../helpers/rule-tester.js';

const TARBALL = '/usr/src/linux-source-6.1.tar.xz';
const DEST = '/tmp/lkm-audit-checkpatch';
const SCRIPT = `${DEST}/linux-source-6.1/scripts/checkpatch.pl`;

function extractCheckpatch(): string | undefined {
  if (existsSync(SCRIPT)) return SCRIPT;
  if (!existsSync(TARBALL)) return undefined;
  mkdirSync(DEST, { recursive: true });
  // checkpatch reads spelling.txt and const_structs.checkpatch next to itself.
  execFileSync('tar', [
    '-xJf',
    TARBALL,
    '-C',
    DEST,
    '--wildcards',
    '*/scripts/checkpatch.pl',
    '*/scripts/spelling.txt',
    '*/scripts/const_structs.checkpatch',
  ]);
  return existsSync(SCRIPT) ? SCRIPT : undefined;
}

const script = extractCheckpatch();
if (!script) console.warn(`style/checkpatch: ${TARBALL} not installed, the real checkpatch runs are skipped`);

const TERSE = [
  'hello.c:6: ERROR:TRAILING_WHITESPACE: trailing whitespace',
  'hello.c:6: ERROR:CODE_INDENT: code indent should use tabs where possible',
  'hello.c:9: ERROR:CODE_INDENT: code indent should use tabs where possible',
  'sub/x.h:1: WARNING:SPDX_LICENSE_TAG: Missing or malformed SPDX-License-Identifier tag in line 1',
  'total: 3 errors, 1 warnings, 10 lines checked',
  '',
].join('\n');

const BAD_C = [
  '// SPDX-License-Identifier: GPL-2.0',
  '#include <linux/module.h>',
  '',
  'static int __init bad_init(void)',
  '{',
  '        printk("hi\\n");   ',
  '\treturn 0;',
  '}',
  'module_init(bad_init);',
  'MODULE_LICENSE("GPLv2");',
  '',
].join('\n');

describe('checkpatch output', () => {
  it('parses terse lines with types and skips the totals', () => {
    expect(parseCheckpatchOutput(TERSE)).toEqual([
      { file: 'hello.c', line: 6, level: 'ERROR', type: 'TRAILING_WHITESPACE', message: 'trailing whitespace' },
      { file: 'hello.c', line: 6, level: 'ERROR', type: 'CODE_INDENT', message: 'code indent should use tabs where possible' },
      { file: 'hello.c', line: 9, level: 'ERROR', type: 'CODE_INDENT', message: 'code indent should use tabs where possible' },
      {
        file: 'sub/x.h',
        line: 1,
        level: 'WARNING',
        type: 'SPDX_LICENSE_TAG',
        message: 'Missing or malformed SPDX-License-Identifier tag in line 1',
      },
    ]);
  });

  it('summarises per file and checkpatch type, with the type in the message', () => {
    const found = checkpatchFindings(parseCheckpatchOutput(TERSE));
    expect(found).toEqual([
      {
        ruleId: 'style/checkpatch',
        file: 'hello.c',
        line: 6,
        message: 'checkpatch ERROR:TRAILING_WHITESPACE: trailing whitespace (line 6)',
      },
      {
        ruleId: 'style/checkpatch',
        file: 'hello.c',
        line: 6,
        message: 'checkpatch ERROR:CODE_INDENT: 2 reports, the first: code indent should use tabs where possible (lines 6, 9)',
      },
      {
        ruleId: 'style/checkpatch',
        file: 'sub/x.h',
        line: 1,
        message: 'checkpatch WARNING:SPDX_LICENSE_TAG: Missing or malformed SPDX-License-Identifier tag in line 1 (line 1)',
      },
    ]);
  });

  it('has a rule that carries the metadata and finds nothing by itself', () => {
    expect(rule.check(modelFromFiles(GOOD_MODULE))).toEqual([]);
  });

  it('keeps only the .checkpatch.conf options that choose what is reported, as checkpatch splits them', () => {
    const conf = safeCheckpatchConf(
      [
        '# project settings',
        '--ignore LONG_LINE,CAMELCASE --max-line-length=120  # trailing comment --fix-inplace',
        '--strict',
        '--fix-inplace',
        '--codespellfile=/etc/passwd --typedefsfile /home/me/.git-credentials',
        '--ignore=$(id)',
        '$(touch${IFS}pwned)',
        '--types=SPDX_LICENSE_TAG',
      ].join('\n'),
    );
    expect(conf.args).toEqual(['--ignore=LONG_LINE,CAMELCASE', '--max-line-length=120', '--strict', '--types=SPDX_LICENSE_TAG']);
    expect(conf.dropped).toEqual([
      '--fix-inplace',
      '--codespellfile=/etc/passwd',
      '--typedefsfile',
      '/home/me/.git-credentials',
      '--ignore=$(id)',
      '$(touch${IFS}pwned)',
    ]);
  });

  it('refuses a checkpatch path that does not exist', async () => {
    await expect(runCheckpatch({ script: '/nonexistent/checkpatch.pl', root: '/tmp', files: ['a.c'] })).rejects.toThrow(CheckpatchError);
  });
});

describe.skipIf(!script)('checkpatch.pl from linux-source-6.1', () => {
  it('reports what checkpatch finds in the kernel C files, with stdin closed', async () => {
    const root = writeRepo({ Makefile: 'obj-m := bad.o\n', 'bad.c': BAD_C, 'tools/user.c': 'int main(void){return 0;}\n' });
    const run = await runCheckpatch({ script: script!, root, files: ['bad.c'] });
    const types = run.findings.map((f) => `${f.line}:${f.level}:${f.type}`);
    expect(types).toEqual(
      expect.arrayContaining([
        '6:ERROR:TRAILING_WHITESPACE',
        '6:ERROR:CODE_INDENT',
        '6:WARNING:PRINTK_WITHOUT_KERN_LEVEL',
        '10:WARNING:MODULE_LICENSE',
      ]),
    );
    expect(run.notes).toEqual([]);
  });

  it('imports the findings into the audit as style/checkpatch, for kernel C files only', async () => {
    const root = writeRepo({
      ...GOOD_MODULE,
      'good.c': GOOD_MODULE['good.c'].replace('\treturn 0;', '        return 0;'),
      'tools/user.c': '#include <stdio.h>\nint main(void)\n{\n    return 0;\n}\n',
    });
    const { report } = await audit(root, { checkpatch: script! });
    const imported = report.findings.filter((f) => f.ruleId === 'style/checkpatch');
    expect(imported.map((f) => [f.file, f.line, f.severity])).toContainEqual(['good.c', 8, 'note']);
    expect(imported.some((f) => f.message.startsWith('checkpatch ERROR:CODE_INDENT:'))).toBe(true);
    expect(imported.every((f) => f.help.endsWith('#style-checkpatch'))).toBe(true);
    expect(imported.filter((f) => f.file === 'tools/user.c')).toEqual([]);
  });

  it('finds nothing in a clean module', async () => {
    const root = writeRepo(GOOD_MODULE);
    expect((await runCheckpatch({ script: script!, root, files: ['good.c'] })).findings).toEqual([]);
  });
});

describe.skipIf(!script)('checkpatch.pl on a hostile repository', () => {
  const evil = 'a$(touch${IFS}PWNED-name).c';

  it('would run a command hidden in a file name if it were called in the repository (the hole the next test closes)', () => {
    const root = writeRepo({ [evil]: BAD_C, '.git/HEAD': 'ref: refs/heads/main\n' });
    try {
      execFileSync('perl', [script!, '--no-tree', '--terse', '--file', evil], { cwd: root, stdio: 'ignore' });
    } catch {
      // exit status 1: it found something
    }
    expect(existsSync(path.join(root, 'PWNED-name'))).toBe(true);
  });

  it('runs no command from file names or .checkpatch.conf, rewrites nothing, and still honours --ignore', async () => {
    const root = writeRepo({
      ...GOOD_MODULE,
      // Both are kbuild objects (`$$` is make's escape for `$`), so both are kernel code checkpatch would read.
      Makefile: GOOD_MODULE.Makefile.replace('obj-m := good.o', 'obj-m := good.o bad.o a$$(touch$${IFS}PWNED-name).o'),
      'bad.c': BAD_C,
      [evil]: BAD_C,
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.checkpatch.conf': '--fix-inplace\n--ignore TRAILING_WHITESPACE\n$(touch${IFS}PWNED-conf)\n--codespellfile=/etc/passwd\n',
    });
    const { report } = await audit(root, { checkpatch: script! });
    expect(existsSync(path.join(root, 'PWNED-name'))).toBe(false);
    expect(existsSync(path.join(root, 'PWNED-conf'))).toBe(false);
    expect(readFileSync(path.join(root, 'bad.c'), 'utf8')).toBe(BAD_C);
    const types = report.findings
      .filter((f) => f.ruleId === 'style/checkpatch')
      .map((f) => `${f.file}:${f.message.split(':')[0]}:${f.message.split(':')[1]}`);
    expect(types).toContain('bad.c:checkpatch ERROR:CODE_INDENT');
    expect(types.some((t) => t.includes('TRAILING_WHITESPACE'))).toBe(false);
    expect(types.some((t) => t.startsWith('a$'))).toBe(false);
    const notes = report.notes.map((n) => `${n.file}: ${n.message}`);
    expect(notes).toContain(`${evil}: checkpatch skipped 1 file(s) whose names hold characters checkpatch would pass to a shell`);
    expect(notes.some((n) => n.startsWith('.checkpatch.conf: checkpatch was not given 3 word(s)'))).toBe(true);
  });
});
