// A tree too large for Node's heap is said at once, with the setting to use, instead of a V8 out-of-memory stack
// trace minutes later; a tree that fits says nothing.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapWarning } from '../../src/engine/memory-estimate.js';
import { writeRepo } from '../helpers/rule-tester.js';

const GB = 1024 ** 3;
const cli = path.join(__dirname, '../../dist/cli.js');

describe('heapWarning', () => {
  it('is silent when the estimate fits the limit', () => {
    expect(heapWarning(200_000, 4 * GB)).toBeUndefined(); // a typical module repository
    expect(heapWarning(136e6, 4 * GB)).toBeUndefined(); // drivers/net: 270 MB of heap at its peak
    expect(heapWarning(563e6, 4 * GB)).toBeUndefined(); // drivers/ of Linux 6.1: 1.08 GB
  });

  it('names the size, the need, the limit and the setting when it does not', () => {
    // drivers/ of Linux 6.1 (563 MB of C read) with a 1 GB heap
    const m = heapWarning(563e6, 1 * GB) as string;
    expect(m).toMatch(/^this tree holds 537 MB of C: auditing it takes about 1\.4 GB of memory, and Node's heap limit here is 1\.0 GB/);
    const suggested = Number(/--max-old-space-size=(\d+)$/.exec(m)?.[1]);
    expect(suggested).toBeGreaterThanOrEqual(2 * 1024);
    expect(suggested % 1024).toBe(0);
  });
});

describe('the CLI with a heap too small for the tree', () => {
  // ~475 KB of C: with a 16 MB old space (a 64 MB heap limit) the estimate does not fit
  const functions = Array.from({ length: 9000 }, (_, i) => `static int helper_${i}(int a)\n{\n\treturn a + ${i};\n}\n`).join('\n');
  const root = writeRepo({
    'big.c': `// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n${functions}\nMODULE_LICENSE("GPL");\n`,
    Makefile: 'obj-m := big.o\n',
  });

  it('warns on stderr before any work that could run out of memory', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=16', cli, root, '--format', 'json', '--fail-on', 'never'], {
      encoding: 'utf8',
      env: { ...process.env, LKM_AUDIT_NO_CODE_CACHE: '1' },
    });
    const warning = r.stderr.indexOf('lkm-audit: warning: this tree holds');
    expect(warning, r.stderr.slice(0, 2000)).toBeGreaterThanOrEqual(0);
    expect(r.stderr).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    // whether the run then finishes or not, the warning came first
    const oom = r.stderr.indexOf('out of memory');
    expect(oom === -1 || oom > warning).toBe(true);
  }, 60_000);

  it('says nothing with the default heap, where it fits', () => {
    const r = spawnSync(process.execPath, [cli, root, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning: this tree holds/);
    expect(JSON.stringify(JSON.parse(r.stdout).notes)).not.toMatch(/heap limit/);
  }, 60_000);
});
