import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { scanRepository } from '../../src/scan/index.js';
import { writeRepo } from '../helpers/rule-tester.js';

function hostileTree(): { root: string; outside: string } {
  const outside = mkdtempSync(path.join(tmpdir(), 'lkm-outside-'));
  writeFileSync(path.join(outside, 'secret.c'), 'MODULE_LICENSE("SECRET-OUTSIDE");\n');
  const root = writeRepo({
    Makefile: 'obj-m := a.o\n',
    'a.c': '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
    'bin.c': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]),
    'big.c': `/* ${'x'.repeat(2 * 1024 * 1024)} */\n`,
    'latin1.c': Buffer.concat([
      Buffer.from('#include <linux/module.h>\n// caf'),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from('\nMODULE_AUTHOR("x");\n'),
    ]),
  });
  symlinkSync('/etc/passwd', path.join(root, 'passwd.c'));
  symlinkSync(outside, path.join(root, 'outside-dir'));
  symlinkSync('.', path.join(root, 'loop'));
  mkdirSync(path.join(root, 'sub'));
  symlinkSync('../sub', path.join(root, 'sub', 'up'));
  symlinkSync('a.c', path.join(root, 'alias.c'));
  // a folder reached first through a link inside the root: its files are read at their real paths
  mkdirSync(path.join(root, 'zz'));
  writeFileSync(path.join(root, 'zz', 'x.c'), 'int zz_x;\n');
  symlinkSync('../a.c', path.join(root, 'zz', 'a-again.c'));
  symlinkSync('zz', path.join(root, 'aa-link'));
  let deep = root;
  for (let i = 0; i < 100; i++) deep = path.join(deep, 'd');
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'deep.c'), 'int x;\n');
  execFileSync('mkfifo', [path.join(root, 'fifo.c')]);
  writeFileSync(path.join(root, 'unreadable.c'), 'int y;\n');
  chmodSync(path.join(root, 'unreadable.c'), 0o000);
  return { root, outside };
}

describe('scanning a hostile tree', () => {
  const { root } = hostileTree();
  const scan = scanRepository(root);
  const note = (file: string) => scan.notes.find((n) => n.file === file)?.message ?? '';

  it('never follows a symlink out of the root, and says so', () => {
    expect(scan.files.has('passwd.c')).toBe(false);
    expect(note('passwd.c')).toMatch(/outside the audited root/);
    expect([...scan.files.keys()].some((p) => p.startsWith('outside-dir'))).toBe(false);
    expect(note('outside-dir')).toMatch(/outside the audited root/);
    for (const f of scan.files.values()) expect(f.text ?? '').not.toContain('SECRET-OUTSIDE');
  });

  it('survives symlink loops without reading a file twice', () => {
    expect([...scan.files.keys()].filter((p) => p.includes('loop/')).length).toBe(0);
    expect(scan.files.get('alias.c')?.text).toBe(scan.files.get('a.c')?.text);
    expect(scan.files.get('aa-link/x.c')?.text).toBe('int zz_x;\n');
    expect(scan.files.get('aa-link/a-again.c')?.text).toBe(scan.files.get('a.c')?.text);
    // the same folder under its own name is the folder already read
    expect([...scan.files.keys()].filter((p) => p.startsWith('zz/'))).toEqual([]);
  });

  it('skips binary, oversized, special and unreadable files with a note each', () => {
    expect(scan.files.get('bin.c')?.binary).toBe(true);
    expect(note('bin.c')).toMatch(/binary/);
    expect(scan.files.get('big.c')?.text).toBeUndefined();
    expect(note('big.c')).toMatch(/over the .*limit/);
    expect(note('fifo.c')).toMatch(/not a regular file/);
    if (process.getuid?.() !== 0) expect(note('unreadable.c')).toMatch(/not readable/);
  });

  it('decodes invalid UTF-8 without throwing', () => {
    const t = scan.files.get('latin1.c')?.text ?? '';
    expect(t).toContain('caf\uFFFD');
    expect(t).toContain('MODULE_AUTHOR');
  });

  it('handles 100-deep folders with a note at the depth limit', () => {
    const deepest = [...scan.files.keys()].reduce((m, p) => Math.max(m, p.split('/').length), 0);
    expect(deepest).toBeLessThanOrEqual(66);
    expect(scan.notes.some((n) => /nesting deeper/.test(n.message))).toBe(true);
  });

  it('keeps auditing everything else, and the report carries the notes', async () => {
    const { report } = await audit(root);
    expect(report.modules.map((m) => m.name)).toEqual(['a']);
    expect(report.notes.some((n) => n.file === 'passwd.c')).toBe(true);
  });
});

describe('ignore rules', () => {
  it('honours nested .gitignore files and the config ignore globs; skips .git/', () => {
    const root = writeRepo({
      '.gitignore': '*.o\nbuild/\n',
      'sub/.gitignore': 'local.txt\n',
      'sub/local.txt': 'x',
      'sub/kept.txt': 'x',
      'a.o': 'x',
      'build/out.c': 'x',
      'vendor/lib.c': 'x',
      '.git/config': '[core]\n',
    });
    const scan = scanRepository(root, { ignore: ['vendor/**'] });
    expect([...scan.files.keys()].sort()).toEqual(['.gitignore', 'sub/.gitignore', 'sub/kept.txt']);
    // The same rules answer for files that do not exist yet (kbuild outputs), each in its own folder.
    expect(scan.gitignored('sub/x.o')).toBe(true);
    expect(scan.gitignored('sub/local.txt')).toBe(true);
    expect(scan.gitignored('local.txt')).toBe(false);
    expect(scan.gitignored('vendor/lib.c')).toBe(false);
  });

  it('knows which files git tracks, also ignored ones', () => {
    const root = writeRepo({ 'a.c': 'int a;\n', 'hello.ko': 'x', '.gitignore': '*.ko\n' });
    const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { stdio: 'ignore' });
    git('init', '-q');
    git('add', '-f', 'a.c', 'hello.ko');
    writeFileSync(path.join(root, 'untracked.c'), 'int u;\n');
    const scan = scanRepository(root);
    expect(scan.git).toBe(true);
    expect(scan.files.get('a.c')?.tracked).toBe(true);
    expect(scan.files.get('untracked.c')?.tracked).toBe(false);
    expect(scan.trackedIgnored).toEqual(['hello.ko']);
  });

  const strace = spawnSync('strace', ['-V']).status === 0;
  if (!strace) console.log('skipped the strace check of the scan: strace is not installed');
  it.skipIf(!strace)('under strace: each file is opened once, at its resolved path, refusing a link swapped in at its end', () => {
    // nested folders, a folder reached through a link inside the root, a linked file: the reads the scan makes
    const root = realpathSync(writeRepo({ 'a.c': 'int a;\n', 'drv/net/b.c': 'int b;\n', 'drv/net/b.h': 'int bh;\n' }));
    symlinkSync('drv/net', path.join(root, 'aa-net'));
    symlinkSync('a.c', path.join(root, 'alias.c'));
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-strace-')), 'trace.log');
    const cli = path.join(__dirname, '../../dist/cli.js');
    const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=open,openat', '-o', log, process.execPath, cli, root, '--format', 'json']);
    expect([0, 1]).toContain(r.status);
    const opens = [...readFileSync(log, 'utf8').matchAll(/openat\(AT_FDCWD, "([^"]+\.[ch])", ([^)]*)\)/g)].filter((m) =>
      m[1].startsWith(`${root}/`),
    );
    // read at their real paths: never through the linked folder or the linked file
    expect(opens.map((m) => m[1].slice(root.length + 1)).sort()).toEqual(['a.c', 'drv/net/b.c', 'drv/net/b.h']);
    for (const [, file, flags] of opens) expect(flags, file).toContain('O_NOFOLLOW');
  });
});
