// File names and strings from the audited repository reach the terminal and the workflow log. Neither control
// bytes nor workflow commands (`::error ...` at a line start, `##[...]`) may get through.

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { escapeControls, neutraliseWorkflowCommands, terminalSafe } from '../../src/text/terminal.js';
import { writeRepo } from '../helpers/rule-tester.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const FORGED_NAME = 'a\n::error file=Makefile,line=1::forged annotation\n\u001b[2K\r##[set-env name=X;]y.ko';
const MODULE = [
  '#include <linux/module.h>',
  'static int __init x_init(void) { return 0; }',
  'static void __exit x_exit(void) { }',
  'module_init(x_init);',
  'module_exit(x_exit);',
  'MODULE_LICENSE("GPL\\n::warning::from a string\u001b]0;pwned\u0007");',
  '',
].join('\n');

/** A module repository tracked by git whose committed build output has a hostile name (build/artifacts-committed). */
function trackedRepo(files: Record<string, string>): string {
  const root = writeRepo(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root });
  git('init', '-q');
  git('add', '-A', '-f');
  return root;
}

// A kbuild object may be named `::error::forged.o`: the finding line then starts with the name.
const COLON_NAME = '::error::forged';

describe('terminal and log injection', () => {
  it('a file name holding a newline and a workflow command cannot forge a line of the text report', async () => {
    const root = trackedRepo({ Makefile: 'obj-m += x.o\n', 'x.c': MODULE, [FORGED_NAME]: 'not an ELF\n' });
    expect(readdirSync(root)).toContain(FORGED_NAME);
    const r = await cli(root, '--fail-on', 'never', '--no-color');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).not.toContain('##[');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // The name is still there, escaped and readable.
    expect(r.stdout).toContain('a\\n::error file=Makefile,line=1::forged annotation\\n\\e[2K\\r#\\x23[set-env name=X;]y.ko:');
  });

  it('strings from code (a licence string with escapes) are printed escaped', async () => {
    const root = writeRepo({ Makefile: 'obj-m += x.o\n', 'x.c': MODULE });
    const r = await cli(root, '--fail-on', 'never', '--no-color');
    expect(r.stdout).toContain('MODULE_LICENSE');
    expect(r.stdout).not.toContain('\u001b]0;');
    expect(r.stdout).not.toContain('\u0007');
  });

  it('a file name that itself starts with :: is broken where it starts a line', async () => {
    const root = writeRepo({ Makefile: `obj-m += ${COLON_NAME}.o\n`, [`${COLON_NAME}.c`]: MODULE });
    const r = await cli(root, '--fail-on', 'never', '--no-color');
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).toMatch(/^\\x3a:error::forged\.c:\d+:\d+: (error|warning|note): /m);
  });

  it('colours stay (only the repository text is escaped)', async () => {
    const root = writeRepo({ Makefile: `obj-m += ${COLON_NAME}.o\n`, [`${COLON_NAME}.c`]: MODULE });
    let stdout = '';
    await main([root, '--fail-on', 'never'], { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: true, env: {} });
    expect(stdout).toContain('\u001b[1m');
    expect(stdout.split('\n').filter((l) => /^\s*(\u001b\[[0-9;]*m)*\s*::/.test(l))).toEqual([]);
  });
});

describe('escaping helpers', () => {
  it('make every control character visible and keep ordinary text', () => {
    expect(escapeControls('ok: é ü 中 – tab\there')).toBe('ok: é ü 中 – tab\\there');
    expect(escapeControls('\u0000\u0007\u001b\u007f\u0085\u202e\u2066')).toBe('\\x00\\x07\\e\\x7f\\x85\\u202e\\u2066');
  });

  it('break workflow commands at line starts (after blanks) and the ##[ form anywhere', () => {
    expect(neutraliseWorkflowCommands('x\n  ::add-mask::s\nok::fine\n##[error]y')).toBe('x\n  \\x3a:add-mask::s\nok::fine\n#\\x23[error]y');
    expect(terminalSafe('::stop-commands::tok')).toBe('\\x3a:stop-commands::tok');
  });
});
