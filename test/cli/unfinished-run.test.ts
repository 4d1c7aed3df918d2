// A run that waits forever on something (here the parser's wasm, whose instantiation never settles, as happened
// under Node 24 with a V8 flag) must not end as a success without a report: Node would exit 0 once nothing is left
// to do. The CLI says so and exits 70; the action puts an error annotation on the step and fails.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '../..');
const target = path.join(repo, 'test/fixtures/correctness-defects');
const hang = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-unfinished-')), 'hang.cjs');
writeFileSync(hang, 'WebAssembly.instantiate = () => new Promise(() => {});\n');

const env = { PATH: process.env.PATH, HOME: process.env.HOME, LKM_AUDIT_NO_CODE_CACHE: '1' };

describe('a run that never finishes', () => {
  it('fails the CLI with exit 70 and a message, instead of exit 0 without a report', () => {
    const r = spawnSync(process.execPath, ['--require', hang, path.join(repo, 'dist/cli.js'), target, '--format', 'json'], {
      encoding: 'utf8',
      env,
    });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('lkm-audit: internal error: the run stopped before it finished, without a report');
    expect(r.status).toBe(70);
  });

  it('fails the action with an error annotation', () => {
    const r = spawnSync(process.execPath, ['--require', hang, path.join(repo, 'dist/index.js')], {
      encoding: 'utf8',
      env: { ...env, GITHUB_WORKSPACE: target, INPUT_PATH: '.' },
      cwd: target,
    });
    expect(r.stdout).toContain('::error::lkm-audit stopped before it finished, without a report');
    expect(r.status).not.toBe(0);
  });

  it('a run that finishes is untouched: exit 0 and the report', () => {
    const r = spawnSync(process.execPath, [path.join(repo, 'dist/cli.js'), target, '--format', 'json', '--fail-on', 'never'], {
      encoding: 'utf8',
      env,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
    expect(r.stderr).not.toContain('stopped before it finished');
  });
});
