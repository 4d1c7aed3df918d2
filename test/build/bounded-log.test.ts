import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../src/build/env.js';
import { prlimitArgs, DEFAULT_LIMITS } from '../../src/build/limits.js';
import { BoundedLog } from '../../src/build/log.js';

describe('the build log budget', () => {
  it('keeps a log under the budget whole', () => {
    const log = new BoundedLog(1024);
    log.push(Buffer.from('a.c:1:1: error: x\n'));
    log.push(Buffer.from('make: *** Error 1\n'));
    expect(log.text()).toBe('a.c:1:1: error: x\nmake: *** Error 1\n');
    expect(log.dropped).toBe(0);
  });

  it('keeps the head and the tail of a flood, says how much it left out, and stays within the budget', () => {
    const log = new BoundedLog(1024 * 1024);
    log.push(Buffer.from('first.c:3:1: error: the first error\n'));
    const line = Buffer.from('x'.repeat(99) + '\n');
    for (let i = 0; i < 100_000; i++) log.push(line); // 10 MB
    log.push(Buffer.from('make: *** [Makefile:9: all] Error 1\n'));
    const text = log.text();
    expect(text.startsWith('first.c:3:1: error: the first error\n')).toBe(true);
    expect(text.endsWith('make: *** [Makefile:9: all] Error 1\n')).toBe(true);
    expect(text).toMatch(/\[lkm-audit: \d+ bytes of build output left out \(limit 1048576 bytes\)\]/);
    expect(text.length).toBeLessThan(1024 * 1024 + 64 * 1024 + 200);
    expect(log.dropped + text.length).toBeGreaterThan(log.total - 200);
  });
});

describe('the build environment', () => {
  it('passes PATH and toolchain choices, never tokens or anything else', () => {
    const env = buildEnv(
      {
        PATH: '/usr/bin:/bin',
        'INPUT_GITHUB-TOKEN': 'ghs_secret',
        GITHUB_TOKEN: 'ghs_secret',
        ACTIONS_RUNTIME_TOKEN: 'secret',
        AWS_SECRET_ACCESS_KEY: 'secret',
        CROSS_COMPILE: 'aarch64-linux-gnu-',
        LLVM: '1',
        HOME: '/home/me',
      },
      '/tmp',
    );
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/tmp',
      TMPDIR: '/tmp',
      LANG: 'C',
      LC_ALL: 'C',
      TERM: 'dumb',
      CROSS_COMPILE: 'aarch64-linux-gnu-',
      LLVM: '1',
    });
  });
});

describe('the caps', () => {
  it('sets CPU, address space, file size and no core dumps; the process cap only in a sandbox', () => {
    expect(prlimitArgs(DEFAULT_LIMITS, true)).toEqual([
      'prlimit',
      '--cpu=300',
      `--as=${4096 * 1024 * 1024}`,
      `--fsize=${1024 * 1024 * 1024}`,
      '--core=0',
      '--nproc=256',
      '--',
    ]);
    expect(prlimitArgs(DEFAULT_LIMITS, false)).not.toContain('--nproc=256');
  });
});
