// The broken fixtures, fixed, against the real Debian kernel headers: kbuild builds them (the 0666 parameter of
// fix-broken did not even compile before), and the fixed wrapper Makefile builds and cleans with KDIR= given.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilds } from '../../src/build/run.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { computeFixes, writeChanges } from '../../src/fix/engine.js';
import { buildModel } from '../../src/model/build.js';
import { scanRepository } from '../../src/scan/index.js';
import { copyFixture } from './fixtures.js';
import { headersFor } from '../build/kernel-headers.js';

const K61 = headersFor('6.1');
const K612 = headersFor('6.12');
const missing = [!K61 && '6.1', !K612 && '6.12'].filter(Boolean);
if (missing.length) console.warn(`fix build tests skipped: no Debian linux-headers for ${missing.join(' and ')} in /usr/src`);

const modelOf = (dir: string) => buildModel(scanRepository(dir, { ignore: [] }), EMPTY_CONFIG);

describe.skipIf(missing.length > 0)('fixed fixtures build against real headers', () => {
  for (const name of ['fix-broken', 'fix-wrapper']) {
    it(`${name}: fixed, it builds on 6.1 and 6.12 without errors`, async () => {
      const dir = copyFixture(name);
      const outcome = await computeFixes(dir);
      expect(outcome.changes.length).toBeGreaterThan(0);
      expect(writeChanges(dir, outcome.changes).failed).toEqual([]);
      const results = await runBuilds(modelOf(dir), { headers: [K61 as string, K612 as string], timeoutMs: 240_000 });
      for (const r of results) {
        expect(r.ok, `${name} against ${r.kernel}: ${r.logTail.join('\n')}`).toBe(true);
        expect(r.findings.filter((f) => f.ruleId === 'build/compile-error')).toEqual([]);
      }
    }, 300_000);
  }

  it('fix-broken did not build before the fix (world-writable module_param)', async () => {
    const [r] = await runBuilds(modelOf(copyFixture('fix-broken')), { headers: [K612 as string], timeoutMs: 240_000 });
    expect(r.ok).toBe(false);
  }, 300_000);

  it("the fixed wrapper's own targets work: make KDIR=..., make clean", async () => {
    const dir = copyFixture('fix-wrapper');
    writeChanges(dir, (await computeFixes(dir)).changes);
    execFileSync('make', ['-C', dir, `KDIR=${K612}`], { stdio: 'pipe', timeout: 240_000 });
    expect(existsSync(path.join(dir, 'wrp.ko'))).toBe(true);
    execFileSync('make', ['-C', dir, `KDIR=${K612}`, 'clean'], { stdio: 'pipe', timeout: 240_000 });
    expect(existsSync(path.join(dir, 'wrp.ko'))).toBe(false);
  }, 300_000);
});
