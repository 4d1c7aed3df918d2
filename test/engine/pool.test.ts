// The worker pool hands a share of its queue to the workers at once (src/engine/parallel/pool.ts): the main thread
// then runs rules for a while and hands out nothing, and the workers must have work meanwhile. What is handed out is
// answered by a worker; what stays queued is the caller's to take, in order.

import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/engine/parallel/pool.js';
import { readRegularFile } from '../../src/scan/read-file.js';

const script = path.join(__dirname, '../../dist/audit-worker.js');
// The worker reads each file again from the root, as the scan read it
const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lkm-pool-')));
const file = (n: number) => {
  writeFileSync(path.join(root, `f${n}.c`), `static int f${n}(int x)\n{\n\treturn x - x;\n}\n`);
  const read = readRegularFile(path.join(root, `f${n}.c`), 1 << 20);
  if (!read.ok) throw new Error(read.detail);
  return { root, files: [{ path: `f${n}.c`, identity: read.identity }] };
};

if (!existsSync(script)) console.warn('worker pool test skipped: no dist/audit-worker.js (run npm run build)');

describe('worker pool', () => {
  it.skipIf(!existsSync(script))('hands the oldest share of its queue to the workers, the rest stays for the caller', async () => {
    const pool = new WorkerPool(script, 1);
    try {
      // the first two batches go to the free worker at once (one to work on, the next waiting), the other five queue
      const answers = Array.from({ length: 7 }, (_, i) => pool.run('scanned-file-facts', file(i)));
      pool.handOut(0.5);
      const left = [pool.takeQueued(), pool.takeQueued(), pool.takeQueued()];
      expect(left.map((t) => t && (t.input as { files: { path: string }[] }).files[0].path)).toEqual(['f5.c', 'f6.c', undefined]);
      for (const t of left) if (t) pool.settle(t.id, { output: ['done here'] });
      const out = await Promise.all(answers);
      // batches 0-4 were parsed by the worker: each saw its function's repeated operand
      for (const [i, facts] of out.slice(0, 5).entries()) {
        const fn = (facts as { functions: { name: string; identical: unknown[] }[] }[])[0].functions[0];
        expect(fn.name).toBe(`f${i}`);
        expect(fn.identical).toHaveLength(1);
      }
      expect(out.slice(5)).toEqual([['done here'], ['done here']]);
    } finally {
      await pool.close();
    }
  });

  it.skipIf(!existsSync(script))('takes back a batch waiting in a worker, which then skips it: done once, by the caller', async () => {
    const pool = new WorkerPool(script, 1);
    try {
      // both go to the worker at once; it is still loading the parser, so neither has started
      const first = pool.run('scanned-file-facts', file(0));
      const second = pool.run('scanned-file-facts', file(1));
      expect(pool.takeQueued()).toBeUndefined();
      const back = pool.takeWaiting();
      // the newest: the one least likely to have been started
      expect((back?.input as { files: { path: string }[] }).files[0].path).toBe('f1.c');
      pool.settle(back?.id as number, { output: ['done here'] });
      expect(pool.takeWaiting('cleanup')).toBeUndefined(); // only of the kind asked for
      // a third batch is answered after the worker has met the second in its queue
      const third = pool.run('scanned-file-facts', file(2));
      const [a, b, c] = await Promise.all([first, second, third]);
      expect((a as { functions: { name: string }[] }[])[0].functions[0].name).toBe('f0');
      expect(b).toEqual(['done here']);
      expect((c as { functions: { name: string }[] }[])[0].functions[0].name).toBe('f2');
      expect([pool.taken, pool.skipped]).toEqual([1, 1]);
    } finally {
      await pool.close();
    }
  });
});
