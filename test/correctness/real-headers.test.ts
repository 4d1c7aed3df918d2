// The correctness fixture builds against the real Debian 6.1 and 6.12 headers with the kernel's own
// flags (W=1) without a single warning, while both rules find its defects: the compiler does not
// catch them.

import { describe, expect, it } from 'vitest';
import { runBuilds } from '../../src/build/run.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import identical from '../../src/rules/correctness/identical-operands.js';
import unsignedCheck from '../../src/rules/correctness/unsigned-error-check.js';
import { scanRepository } from '../../src/scan/index.js';
import { FIXTURE_DIR } from './fixture.js';
import { headersFor } from '../build/kernel-headers.js';

const K61 = headersFor('6.1');
const K612 = headersFor('6.12');
const missing = [!K61 && '6.1', !K612 && '6.12'].filter(Boolean);
if (missing.length) console.warn(`correctness build tests skipped: no Debian linux-headers for ${missing.join(' and ')} in /usr/src`);

describe.skipIf(missing.length > 0)('correctness defects against real kernel headers', () => {
  it('builds clean with W=1 on 6.1 and 6.12, and both rules still find the defects', async () => {
    const model = buildModel(scanRepository(FIXTURE_DIR, { ignore: [] }), EMPTY_CONFIG);
    const results = await runBuilds(model, { headers: [K61 as string, K612 as string], timeoutMs: 180_000 });
    for (const r of results) console.info(`correctness-defects against ${r.kernel}: ${r.durationMs} ms`);
    expect(results.map((r) => [r.ok, r.findings])).toEqual([
      [true, []],
      [true, []],
    ]);
    expect(unsignedCheck.check(model).map((f) => f.line)).toEqual([44, 47, 50]);
    expect(identical.check(model).map((f) => f.line)).toEqual([52, 54, 54]);
  }, 400_000);
});
