// Writes stay inside the root and never go through a link.

import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfined, writeConfined } from '../../src/fix/safe-fs.js';

function tree() {
  const base = mkdtempSync(path.join(tmpdir(), 'lkm-audit-safefs-'));
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.c'), 'keep\n');
  writeFileSync(path.join(root, 'a.c'), 'a\n');
  return { root, outside };
}

describe('confined reads and writes', () => {
  it('replaces a file in place, keeping its mode', () => {
    const { root } = tree();
    writeConfined(root, 'a.c', Buffer.from('b\n'), { expect: Buffer.from('a\n') });
    expect(readFileSync(path.join(root, 'a.c'), 'utf8')).toBe('b\n');
  });

  it('refuses paths that leave the root', () => {
    const { root } = tree();
    for (const bad of ['../outside/secret.c', '/etc/passwd', 'x/../../outside/secret.c', './a.c'])
      expect(() => writeConfined(root, bad, Buffer.from('x'))).toThrow(/not a (plain )?path inside the repository/);
  });

  it('never writes through a symbolic link, to a file or through a folder', () => {
    const { root, outside } = tree();
    symlinkSync(path.join(outside, 'secret.c'), path.join(root, 'link.c'));
    symlinkSync(outside, path.join(root, 'dir'));
    expect(() => writeConfined(root, 'link.c', Buffer.from('x'))).toThrow(/symbolic link/);
    expect(() => writeConfined(root, 'dir/secret.c', Buffer.from('x'))).toThrow(/symbolic link/);
    expect(() => readConfined(root, 'link.c')).toThrow(/symbolic link/);
    expect(readFileSync(path.join(outside, 'secret.c'), 'utf8')).toBe('keep\n');
  });

  it('leaves a hard-linked file alone (the other name may be outside the root)', () => {
    const { root, outside } = tree();
    linkSync(path.join(outside, 'secret.c'), path.join(root, 'hard.c'));
    expect(() => writeConfined(root, 'hard.c', Buffer.from('x'))).toThrow(/hard links/);
    expect(readFileSync(path.join(outside, 'secret.c'), 'utf8')).toBe('keep\n');
  });

  it('creates only files that do not exist, and does not write over a file that changed', () => {
    const { root } = tree();
    expect(() => writeConfined(root, 'a.c', Buffer.from('x'), { create: true })).toThrow(/already exists/);
    writeConfined(root, 'sub/new.c', Buffer.from('n\n'), { create: true });
    expect(readFileSync(path.join(root, 'sub/new.c'), 'utf8')).toBe('n\n');
    expect(() => writeConfined(root, 'a.c', Buffer.from('x'), { expect: Buffer.from('other\n') })).toThrow(/changed while fixing/);
  });
});
