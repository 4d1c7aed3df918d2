// The launcher's choice of how to start an audit (src/launcher/huge-pages.ts): a tree with that much C runs in a
// process whose malloc takes huge pages, told by glibc's tunable; the size is counted as the scan reads the files.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRootOf, SUBCOMMAND_NAMES } from '../../src/cli-options.js';
import { SUBCOMMANDS } from '../../src/commands/index.js';
import { hugePagesEnv, largeTreeV8Options, RELAUNCHED } from '../../src/launcher/huge-pages.js';
import { holdsCBytes } from '../../src/launcher/tree-bytes.js';

describe('the environment of an audit started again', () => {
  it('adds the tunable and the mark that it was started again, on Linux', () => {
    const env = hugePagesEnv({ PATH: '/bin' }, 'linux');
    expect(env).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1', [RELAUNCHED]: '1' });
  });

  it("keeps the user's other tunables and leaves their own choice of huge pages alone", () => {
    expect(hugePagesEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux')?.GLIBC_TUNABLES).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1',
    );
    expect(hugePagesEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0' }, 'linux')).toBeUndefined();
  });

  it('is not made twice, when turned off, or off Linux', () => {
    expect(hugePagesEnv({ [RELAUNCHED]: '1' }, 'linux')).toBeUndefined();
    expect(hugePagesEnv({ LKM_AUDIT_NO_RELAUNCH: '1' }, 'linux')).toBeUndefined();
    expect(hugePagesEnv({}, 'darwin')).toBeUndefined();
  });
});

describe("V8's options for a very large tree", () => {
  it("double the young generation, unless the user sized it (node's options or NODE_OPTIONS)", () => {
    expect(largeTreeV8Options(['--max-old-space-size=12288'], '')).toEqual(['--max-semi-space-size=32']);
    expect(largeTreeV8Options(['--max-semi-space-size=8'], '')).toEqual([]);
    expect(largeTreeV8Options([], '--max_semi_space_size=64')).toEqual([]);
  });
});

describe('the bytes of C a tree holds', () => {
  const tree = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lkm-tree-bytes-'));
    mkdirSync(path.join(root, 'src/deep'), { recursive: true });
    writeFileSync(path.join(root, 'src/a.c'), 'x'.repeat(3000));
    writeFileSync(path.join(root, 'src/deep/b.h'), 'x'.repeat(2000));
    return root;
  };

  it('counts .c and .h files at any depth, and stops at the answer', () => {
    const root = tree();
    expect(holdsCBytes(root, 5000)).toBe(true);
    expect(holdsCBytes(root, 5001)).toBe(false);
    expect(holdsCBytes(root, 0)).toBe(true);
  });

  it('answers a second question of the same tree from the first walk, when that walk saw enough', () => {
    const root = tree();
    expect(holdsCBytes(root, 1 << 30)).toBe(false); // the whole tree: 5000 bytes
    rmSync(path.join(root, 'src/a.c'));
    // answered from the count: the file removed since is still counted
    expect(holdsCBytes(root, 4000)).toBe(true);
    expect(holdsCBytes(root, 5001)).toBe(false);
    // another tree is walked
    expect(holdsCBytes(tree(), 4000)).toBe(true);
  });

  it('counts no other file, no hidden folder, nothing through a link, and no file over the size cap', () => {
    const root = tree();
    const outside = mkdtempSync(path.join(tmpdir(), 'lkm-tree-bytes-outside-'));
    writeFileSync(path.join(outside, 'big.c'), 'x'.repeat(50_000));
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.git/pack.c'), 'x'.repeat(50_000));
    writeFileSync(path.join(root, 'notes.txt'), 'x'.repeat(50_000));
    symlinkSync(path.join(outside, 'big.c'), path.join(root, 'link.c'));
    symlinkSync(outside, path.join(root, 'linked-folder'));
    writeFileSync(path.join(root, 'generated.h'), 'x'.repeat(40_000));
    expect(holdsCBytes(root, 5001, 30_000)).toBe(false);
    // the same file under the cap counts
    expect(holdsCBytes(root, 45_000, 40_000)).toBe(true);
  });

  it('says no for a folder it cannot read', () => {
    expect(holdsCBytes(path.join(tmpdir(), 'lkm-no-such-folder-here'), 1)).toBe(false);
  });
});

describe('the folder an audit reads, from its command line', () => {
  it('is the path given, or the current folder', () => {
    expect(auditRootOf(['drivers/net', '--format', 'json'])).toBe('drivers/net');
    expect(auditRootOf(['--format', 'json', '-o', 'report.json'])).toBe('.');
    expect(auditRootOf(['--files', 'a.c', 'b.c'])).toBe('.');
  });

  it("never takes an option's value for it", () => {
    expect(auditRootOf(['--build', '--kernel-headers', '/usr/src/linux-headers-6.1.0-57-amd64', 'mod'])).toBe('mod');
    expect(auditRootOf(['-o', 'out', '--config', 'c.yml', '--jobs', '2', 'mod'])).toBe('mod');
  });

  it('is none for a sub-command, help, the version, the rules, or a command line the CLI refuses', () => {
    for (const sub of SUBCOMMAND_NAMES) expect(auditRootOf([sub, 'mod'])).toBeUndefined();
    expect(auditRootOf(['--help'])).toBeUndefined();
    expect(auditRootOf(['--version'])).toBeUndefined();
    expect(auditRootOf(['--list-rules'])).toBeUndefined();
    expect(auditRootOf(['--no-such-option', 'mod'])).toBeUndefined();
    expect(auditRootOf(['one', 'two'])).toBeUndefined();
  });

  it('knows the sub-commands the CLI has', () => {
    expect([...SUBCOMMAND_NAMES].sort()).toEqual(Object.keys(SUBCOMMANDS).sort());
  });
});
