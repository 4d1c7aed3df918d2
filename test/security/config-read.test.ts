// The config file is repository content: read with the scan's checks (no link out of the root, regular files
// only, a size cap) and never echoed beyond a short escaped excerpt.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

/** A file outside the repository whose lines must never show up anywhere. */
function outsideSecret(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-secret-'));
  const file = path.join(dir, 'secret.yml');
  writeFileSync(file, 'TOPSECRET_TOKEN_1234: [unclosed\nrules: { style/line-length: off }\n');
  return file;
}

describe('config file read safely', () => {
  it('a .lkm-audit.yml linking outside the repository is not read: a note, the defaults, nothing echoed', async () => {
    const root = writeRepo(GOOD_MODULE);
    symlinkSync(outsideSecret(), path.join(root, '.lkm-audit.yml'));
    const r = await cli(root, '--format', 'json');
    expect([0, 1]).toContain(r.code);
    expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
    const report = JSON.parse(r.stdout);
    const messages = report.notes.filter((n: { file?: string }) => n.file === '.lkm-audit.yml').map((n: { message: string }) => n.message);
    expect(messages).toContain(
      'config not read: a symbolic link to a file outside the repository; not read; the audit uses the default configuration',
    );
  });

  it('--config naming a link inside the repository that leaves it is refused with exit 2, content not echoed', async () => {
    const root = writeRepo(GOOD_MODULE);
    symlinkSync(outsideSecret(), path.join(root, 'audit.yml'));
    const r = await cli(root, '--config', path.join(root, 'audit.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/audit\.yml: config not read: a symbolic link to a file outside the repository/);
    expect(r.stderr).not.toContain('TOPSECRET');
  });

  it('a link to /dev/zero is refused at once (not a regular file), memory untouched', async () => {
    const root = writeRepo(GOOD_MODULE);
    symlinkSync('/dev/zero', path.join(root, '.lkm-audit.yml'));
    const started = Date.now();
    const r = await cli(root, '--format', 'json');
    expect(Date.now() - started).toBeLessThan(20_000);
    // /dev/zero is outside the root: refused before it is even opened.
    expect(JSON.parse(r.stdout).notes.some((n: { message: string }) => /config not read/.test(n.message))).toBe(true);
  });

  it('a FIFO named .lkm-audit.yml does not hang the audit', async () => {
    const root = writeRepo(GOOD_MODULE);
    execFileSync('mkfifo', [path.join(root, '.lkm-audit.yml')]);
    const r = await cli(root, '--format', 'json');
    const note = JSON.parse(r.stdout).notes.find((n: { file?: string }) => n.file === '.lkm-audit.yml');
    expect(note.message).toMatch(/not a regular file/);
  });

  it('a config over the size cap is not parsed', async () => {
    const root = writeRepo({ ...GOOD_MODULE, '.lkm-audit.yml': `# ${'x'.repeat(300 * 1024)}\n` });
    const r = await cli(root, '--format', 'json');
    const note = JSON.parse(r.stdout).notes.find((n: { file?: string }) => n.file === '.lkm-audit.yml');
    expect(note.message).toMatch(/over the 262144-byte limit/);
  });

  it('a link inside the repository to another file inside it is read as the config', async () => {
    const root = writeRepo({ ...GOOD_MODULE, 'conf/audit.yml': 'rules:\n  style/line-length: off\n' });
    symlinkSync('conf/audit.yml', path.join(root, '.lkm-audit.yml'));
    const r = await cli(root, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).notes.some((n: { message: string }) => /config not read/.test(n.message))).toBe(false);
  });

  it('unknown keys are echoed as a short escaped excerpt: no control bytes, no workflow command, no long text', async () => {
    const key = `\u001b[2J\r::error file=x.c,line=1::forged ${'A'.repeat(500)}`;
    const root = writeRepo({ ...GOOD_MODULE, '.lkm-audit.yml': `${JSON.stringify(key)}: 1\nrules:\n  "\\e]0;title\\a": off\n` });
    const r = await cli(root);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stderr.split('\n').some((l) => /^\s*::/.test(l))).toBe(false);
    expect(r.stderr).not.toContain('A'.repeat(60));
    expect(r.stderr).toContain('unknown key "\\e[2J\\r::error file=x.c');
  });
});
