import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { VERSION } from '../../src/version.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const schema = JSON.parse(readFileSync(path.join(__dirname, '../../schema/report.schema.json'), 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(schema);

describe('CLI', () => {
  it('exits 0 on examples/hello and lists one module with its init and exit (JSON validates)', async () => {
    const r = await cli('examples/hello', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.modules).toHaveLength(1);
    expect(report.modules[0]).toMatchObject({
      name: 'hello',
      sources: ['hello_main.c', 'hello_buf.c'],
      buildFile: 'Kbuild',
      init: { function: 'hello_init', file: 'hello_main.c' },
      exit: { function: 'hello_exit', file: 'hello_main.c' },
      license: 'GPL',
    });
  });

  it('exits 1 when findings reach --fail-on, 0 with --fail-on never', async () => {
    const root = writeRepo({ 'x.c': '#include <linux/module.h>\nmodule_init(x_init);\n' });
    expect((await cli(root)).code).toBe(1);
    expect((await cli(root, '--fail-on', 'never')).code).toBe(0);
    const warnOnly = writeRepo({ ...GOOD_MODULE, LICENSE: 'GPL-2.0 text' });
    expect((await cli(warnOnly, '--fail-on', 'error')).code).toBe(0);
    expect((await cli(warnOnly, '--fail-on', 'warning')).code).toBe(1);
  });

  it('exits 2 on usage errors and bad configs, with a message on stderr', async () => {
    for (const args of [['--bogus'], ['--format', 'xml'], ['--fail-on', 'sometimes'], ['a', 'b'], ['/no/such/dir']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^lkm-audit: /);
    }
    const bad = writeRepo({ '.lkm-audit.yml': 'rules:\n  x/y: error\n' });
    const r = await cli(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.lkm-audit.yml:2: unknown rule id "x/y"');
  });

  it('prints version, help and the rule list', async () => {
    expect((await cli('--version')).stdout.trim()).toBe(VERSION);
    expect((await cli('--help')).stdout).toContain('--fail-on');
    const list = (await cli('--list-rules')).stdout;
    expect(list).toMatch(/^build\/missing-makefile\s+error/m);
    expect(list).toMatch(/^docs\/missing-readme\s+warning/m);
  });

  it('writes --output to a file and renders text one line a finding, compiler style, with fix hints', async () => {
    const root = writeRepo({ 'x.c': '#include <linux/module.h>\nmodule_init(x_init);\n' });
    const out = path.join(root, 'report.txt');
    await cli(root, '--output', out);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^x\.c:2:1: warning: .*no module_exit.*\[cleanup\/missing-module-exit\]$/m);
    expect(text).toMatch(/^x\.c:1:1: error: no Makefile or Kbuild.*\[build\/missing-makefile\]$/m);
    expect(text).toContain('fix: Add a Kbuild file');
    expect(text).not.toContain('\x1b[');
  });

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
