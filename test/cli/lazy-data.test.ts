// The bundle parses its large data tables (src/data/*.json) when a rule first looks into them, not at start-up:
// `--version` parses none, a GPL module without an unsigned comparison never parses the GPL-only symbols or the
// errno functions, and a module that needs them gets the same findings as ever. Watched through the shipped
// dist/cli.js, with JSON.parse wrapped by a preloaded script that logs the opening of each large text it parses.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-lazy-data-'));
const watch = path.join(tmp, 'watch.cjs');
writeFileSync(
  watch,
  [
    'const parse = JSON.parse;',
    "const fs = require('node:fs');",
    'JSON.parse = function (text, ...rest) {',
    "  if (typeof text === 'string' && text.length > 20000) fs.appendFileSync(process.env.LKM_TEST_PARSE_LOG, text.slice(0, 60).replace(/\\n/g, ' ') + '\\n');",
    '  return parse.call(this, text, ...rest);',
    '};',
  ].join('\n'),
);

/** The tables a run parsed (the opening of each large JSON text), and its report when it printed one. */
function run(args: string[], name: string): { parsed: string[]; stdout: string } {
  const log = path.join(tmp, `${name}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', watch, cli, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_AUDIT_NO_CODE_CACHE: '1', LKM_TEST_PARSE_LOG: log },
  });
  expect(r.status, r.stderr).not.toBe(2);
  return { parsed: readFileSync(log, 'utf8').split('\n').filter(Boolean), stdout: r.stdout };
}

function moduleRepo(name: string, license: string, body: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'Makefile'), 'obj-m += hello.o\n');
  writeFileSync(
    path.join(dir, 'hello.c'),
    [
      '// SPDX-License-Identifier: GPL-2.0',
      '#include <linux/module.h>',
      '#include <linux/device.h>',
      'static int __init hello_init(void)',
      '{',
      body,
      '\treturn 0;',
      '}',
      'static void __exit hello_exit(void)',
      '{',
      '}',
      'module_init(hello_init);',
      'module_exit(hello_exit);',
      `MODULE_LICENSE(${license});`,
      '',
    ].join('\n'),
  );
  return dir;
}

const GPL_TABLE = /"source":"Module\.symvers/;
const ERRNO_TABLE = /"source":"linux-6\.1","functions"/;

describe('data tables parsed on first use', () => {
  it('--version parses none of them', () => {
    const { parsed, stdout } = run(['--version'], 'version');
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(parsed).toEqual([]);
  });

  it('a GPL module with no unsigned comparison leaves the GPL-only symbols and the errno functions unparsed', () => {
    const dir = moduleRepo('gpl', '"GPL"', '\tstatic struct class *c;\n\tc = class_create("hello");');
    const { parsed, stdout } = run([dir, '--format', 'json', '--fail-on', 'never'], 'gpl');
    expect(JSON.parse(stdout).findings.length).toBeGreaterThan(0);
    expect(parsed.filter((p) => GPL_TABLE.test(p) || ERRNO_TABLE.test(p))).toEqual([]);
  });

  it('a module that needs a table parses it once and reports from it', () => {
    const dir = moduleRepo(
      'proprietary',
      '"Proprietary"',
      '\tstatic struct class *c;\n\tu8 v = i2c_smbus_read_byte_data(NULL, 0);\n\tif (v < 0)\n\t\treturn v;\n\tc = class_create("hello");',
    );
    const { parsed, stdout } = run([dir, '--format', 'json', '--fail-on', 'never'], 'proprietary');
    const rules = JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toContain('license/gpl-only-symbol');
    expect(rules).toContain('correctness/unsigned-error-check');
    expect(parsed.filter((p) => GPL_TABLE.test(p))).toHaveLength(1);
    expect(parsed.filter((p) => ERRNO_TABLE.test(p))).toHaveLength(1);
  });
});
