// Build mode against the real Debian header trees CI installs (scripts/install-kernel-deps.sh).

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilds } from '../../src/build/run.js';
import { chooseSandbox } from '../../src/build/sandbox.js';
import { EMPTY_CONFIG } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import compileError from '../../src/rules/build/compile-error.js';
import compileWarning from '../../src/rules/build/compile-warning.js';
import { scanRepository } from '../../src/scan/index.js';
import { headersFor } from './kernel-headers.js';

const ROOT = path.resolve(__dirname, '../..');

const K61 = headersFor('6.1');
const K612 = headersFor('6.12');
const missing = [!K61 && '6.1', !K612 && '6.12'].filter(Boolean);
if (missing.length)
  console.warn(
    `build-mode tests skipped: no Debian linux-headers for ${missing.join(' and ')} in /usr/src (run scripts/install-kernel-deps.sh)`,
  );

const modelOf = (dir: string) => buildModel(scanRepository(path.join(ROOT, dir), { ignore: [] }), EMPTY_CONFIG);
const listing = (dir: string) => readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).sort();

describe.skipIf(missing.length > 0)('build mode with real kernel headers', () => {
  it('builds examples/hello clean on 6.1 and 6.12, in parallel, without writing to the tree', async () => {
    const before = listing('examples/hello');
    const results = await runBuilds(modelOf('examples/hello'), { headers: [K61 as string, K612 as string], timeoutMs: 120_000 });
    for (const r of results) console.info(`examples/hello against ${r.kernel} in ${r.sandbox}: ${r.durationMs} ms`);
    // Sandboxed by default wherever this runs (CI installs bubblewrap).
    expect(results.map((r) => r.sandbox)).toEqual(Array(2).fill(chooseSandbox('auto').kind));
    expect(results.map((r) => [r.kernel?.slice(0, r.kernel.startsWith('6.12') ? 4 : 3), r.ok, r.findings])).toEqual([
      ['6.1', true, []],
      ['6.12', true, []],
    ]);
    expect(listing('examples/hello')).toEqual(before);
  }, 180_000);

  it('class_create(THIS_MODULE, ...) builds on 6.1 and fails on 6.12 at the call', async () => {
    const [r61, r612] = await runBuilds(modelOf('test/fixtures/build-class-create'), {
      headers: [K61 as string, K612 as string],
      timeoutMs: 120_000,
    });
    expect(r61.ok).toBe(true);
    expect(r61.findings.filter((f) => f.ruleId === 'build/compile-error')).toEqual([]);
    expect(r612.ok).toBe(false);
    const errors = r612.findings.filter((f) => f.ruleId === 'build/compile-error');
    expect(errors.map((f) => [f.file, f.line, f.kernel?.startsWith('6.12')])).toContainEqual(['cc.c', 10, true]);
    expect(errors.some((f) => /too many arguments to function 'class_create'/.test(f.message))).toBe(true);
  }, 180_000);

  it("reports modpost's missing MODULE_LICENSE error as a finding on the module source", async () => {
    const [r] = await runBuilds(modelOf('test/fixtures/build-no-license'), { headers: [K612 as string], timeoutMs: 120_000 });
    expect(r.ok).toBe(false);
    const modpost = r.findings.find((f) => f.message.startsWith('modpost:'));
    expect(modpost).toMatchObject({ ruleId: 'build/compile-error', file: 'nolic.c' });
    expect(modpost?.message).toMatch(/missing MODULE_LICENSE\(\) in nolic\.o/);
  }, 180_000);

  it('turns a failure without a compiler diagnostic into one finding carrying the log tail', async () => {
    const [r] = await runBuilds(modelOf('test/fixtures/build-class-create'), { headers: [K61 as string], timeoutMs: 1 });
    expect(r.timedOut).toBe(true);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'build/compile-error' });
    expect(r.findings[0].message).toMatch(/timed out/);
  }, 60_000);

  it('hands build results to build/compile-warning and build/compile-error, one finding per kernel', async () => {
    const model = modelOf('test/fixtures/build-warning');
    model.buildResults = await runBuilds(model, { headers: [K61 as string, K612 as string], timeoutMs: 120_000 });
    expect(compileError.check(model)).toEqual([]);
    const warnings = compileWarning.check(model);
    expect(warnings.map((f) => [f.file, f.line, f.kernel?.split('.').slice(0, 2).join('.')])).toEqual([
      ['warn.c', 6, '6.1'],
      ['warn.c', 6, '6.12'],
    ]);
    expect(warnings[0].message).toBe("unused variable 'unused' [-Wunused-variable]");
    expect(warnings[0]).not.toHaveProperty('ruleId');
  }, 180_000);

  it('builds examples/hello in the unshare sandbox too, where it works', async (ctx) => {
    try {
      chooseSandbox('unshare');
    } catch (e) {
      console.warn(`unshare build skipped: ${(e as Error).message}`);
      ctx.skip();
    }
    const [r] = await runBuilds(modelOf('examples/hello'), { headers: [K61 as string], timeoutMs: 120_000, sandbox: 'unshare' });
    console.info(`examples/hello against ${r.kernel} in ${r.sandbox}: ${r.durationMs} ms`);
    expect([r.sandbox, r.ok, r.findings]).toEqual(['unshare', true, []]);
  }, 180_000);
});
