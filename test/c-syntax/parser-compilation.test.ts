// How V8 compiles the C parser's wasm (src/model/c/syntax/loader.ts): by its baseline compiler alone for an audit
// with little C (the first parses are then 2-3x faster), as V8 likes for more, and as the user said when they chose
// wasm flags themselves. The choice changes no finding, and the flags are set back (the code cache is keyed by them).

import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_PARSER_MAX_BYTES, compilationFor } from '../../src/model/c/syntax/loader.js';
import { otherNode } from '../helpers/other-node.js';

const repo = path.join(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');
const small = path.join(repo, 'test/fixtures/correctness-defects');
const node22 = otherNode(22);

/**
 * The CLI's audit of `target`: how it says it compiled the parser, how many wasm functions V8 really compiled with
 * TurboFan (V8 traces each compile on stdout, so the report goes to a file), and the report's conclusions.
 */
function audit(target: string, nodeArgs: string[] = [], node = process.execPath) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-parser-report-'));
  const report = path.join(dir, 'report.json');
  // V8 prints its trace with C stdio, which drops what a full non-blocking pipe refuses: a file takes all of it
  const trace = path.join(dir, 'trace.txt');
  const traceFd = openSync(trace, 'w');
  const args = [...nodeArgs, '--trace-wasm-compilation-times', cli, target, '--format', 'json', '--output', report, '--fail-on', 'never'];
  const r = spawnSync(node, args, {
    encoding: 'utf8',
    stdio: ['ignore', traceFd, 'pipe'],
    // every row: the wait for the parser is often too short to be among the slowest
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_TIMING: 'all', LKM_AUDIT_NO_CODE_CACHE: '1' },
  });
  closeSync(traceFd);
  expect(r.status, r.stderr).toBe(0);
  const compiles = readFileSync(trace, 'utf8');
  const { findings, notes, modules } = JSON.parse(readFileSync(report, 'utf8'));
  return {
    compiled: /load C parser \(([^)]+)\)/.exec(r.stderr)?.[1],
    turbofan: (compiles.match(/using TurboFan/g) ?? []).length,
    liftoff: (compiles.match(/using Liftoff/g) ?? []).length,
    conclusions: { findings, notes, modules },
  };
}

describe('the C parser is compiled for the audit at hand', () => {
  /** On the main thread of Node 20 (V8 11.3, where the baseline compile was measured). */
  const node20 = (cBytes: number | undefined, execArgv: string[] = [], nodeOptions = '') =>
    compilationFor(cBytes, execArgv, nodeOptions, true, '11.3.244.8-node.38');

  it('by the baseline compiler up to the limit, tiered above it or when the size is not known', () => {
    expect(node20(200 * 1024)).toBe('baseline');
    expect(node20(BASELINE_PARSER_MAX_BYTES)).toBe('baseline');
    expect(node20(BASELINE_PARSER_MAX_BYTES + 1)).toBe('tiered');
    expect(node20(undefined)).toBe('tiered');
  });

  it('never on a worker thread: the flags are the whole process’s, and another thread may be compiling', () => {
    expect(compilationFor(1024, [], '', false, '11.3.244.8-node.38')).toBe('tiered');
  });

  it("only on the V8s of Node 20 and 22: Node 24's ignores the flag at run time, and never finishes compiling with the other", () => {
    expect(compilationFor(1024, [], '', true, '12.4.254.21-node.33')).toBe('baseline');
    expect(compilationFor(1024, [], '', true, '13.6.233.17-node.63')).toBe('tiered');
    expect(compilationFor(1024, [], '', true, '12.9.202.28-node.14')).toBe('tiered');
  });

  it("leaves the user's own wasm flags alone (node's options; NODE_OPTIONS too, should Node allow them there)", () => {
    expect(node20(1024, ['--liftoff-only'])).toBe('user flags');
    expect(node20(1024, [], '--max-old-space-size=4096 --no-wasm-lazy-compilation')).toBe('user flags');
    expect(node20(1024, ['--wasm_dynamic_tiering'])).toBe('user flags');
    expect(node20(1024, ['--max-old-space-size=4096'], '--heap-growing-percent=50')).toBe('baseline');
  });

  it('the CLI compiles it so, and the report is the same whichever way it was compiled', () => {
    const node20 = /^11\.3\./.test(process.versions.v8);
    const baseline = audit(small);
    expect(baseline.compiled).toBe(node20 ? 'baseline' : 'tiered');
    const tiered = audit(small, ['--wasm-dynamic-tiering']);
    expect(tiered.compiled).toBe('user flags');
    // What V8 did: baseline code only, every function compiled at load; tiered, the hot ones recompiled by TurboFan
    if (node20) {
      const counts = JSON.stringify([baseline, tiered].map(({ compiled, liftoff, turbofan }) => ({ compiled, liftoff, turbofan })));
      expect(baseline.liftoff, counts).toBeGreaterThan(tiered.liftoff);
      expect(baseline.turbofan, counts).toBe(0);
      expect(tiered.turbofan, counts).toBeGreaterThan(0);
    }
    expect(baseline.conclusions.findings.length).toBeGreaterThan(0);
    expect(baseline.conclusions).toEqual(tiered.conclusions);

    // Over the limit: a header of comments only (counted as C, never parsed) beside a small module
    const big = mkdtempSync(path.join(tmpdir(), 'lkm-parser-compilation-'));
    mkdirSync(path.join(big, 'src'));
    writeFileSync(path.join(big, 'Makefile'), 'obj-m += big.o\n');
    writeFileSync(path.join(big, 'big.c'), '#include <linux/module.h>\n#include "src/notes.h"\nMODULE_LICENSE("GPL");\n');
    const line = ' * a line of notes, only there to make the header large\n';
    writeFileSync(path.join(big, 'src/notes.h'), `/*\n${line.repeat(Math.ceil(BASELINE_PARSER_MAX_BYTES / line.length) + 10)} */\n`);
    expect(audit(big).compiled).toBe('tiered');
  }, 60_000);

  it.skipIf(!node22)(
    'under Node 22 by the baseline compiler alone too, with the report of Node 20',
    () => {
      const baseline = audit(small, [], node22);
      expect(baseline.compiled).toBe('baseline');
      expect(baseline.turbofan).toBe(0);
      expect(baseline.conclusions).toEqual(audit(small, ['--wasm-dynamic-tiering']).conclusions);
    },
    60_000,
  );
});
