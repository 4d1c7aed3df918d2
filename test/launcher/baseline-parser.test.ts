// A small audit under Node 24 is started again with --liftoff-only on the command line, which its V8 takes only there
// (src/launcher/baseline-parser.ts); Node 20 and 22 take it at run time and are never started again for it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../action/dist.js';
import { otherNode } from '../helpers/other-node.js';
import { baselineRelaunchWanted } from '../../src/launcher/baseline-parser.js';
import { RELAUNCHED } from '../../src/launcher/huge-pages.js';

const V8_24 = '13.6.233.17-node.63';

describe('whether a small audit is started again for the flag', () => {
  it('under a V8 that ignores the flag at run time, where the process can be replaced', () => {
    expect(baselineRelaunchWanted({}, [], V8_24, true)).toBe(true);
    expect(baselineRelaunchWanted({}, [], V8_24, false)).toBe(false);
  });

  it('never where the loader sets it at run time (Node 20 and 22)', () => {
    expect(baselineRelaunchWanted({}, [], '11.3.244.8-node.38', true)).toBe(false);
    expect(baselineRelaunchWanted({}, [], '12.4.254.21-node.33', true)).toBe(false);
  });

  it("never over the user's own wasm flags, twice, or when turned off", () => {
    expect(baselineRelaunchWanted({}, ['--wasm-dynamic-tiering'], V8_24, true)).toBe(false);
    expect(baselineRelaunchWanted({ NODE_OPTIONS: '--no-liftoff-only' }, [], V8_24, true)).toBe(false);
    expect(baselineRelaunchWanted({ [RELAUNCHED]: '1' }, [], V8_24, true)).toBe(false);
    expect(baselineRelaunchWanted({ LKM_AUDIT_NO_RELAUNCH: '1' }, [], V8_24, true)).toBe(false);
  });
});

const repo = path.join(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');
const small = path.join(repo, 'test/fixtures/correctness-defects');
const node24 = otherNode(24);

/** The CLI's audit of the small fixture by `node`: the processes it ran (pid, Node's options), its report. */
function audit(node: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-baseline-relaunch-'));
  const log = path.join(dir, 'processes.jsonl');
  const preload = path.join(dir, 'note.cjs');
  writeFileSync(
    preload,
    `if (require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, options: process.execArgv }) + '\\n');\n`,
  );
  const r = spawnSync(node, [cli, small, '--format', 'json', '--fail-on', 'never'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LKM_AUDIT_NO_CODE_CACHE: '1',
      LKM_TIMING: 'all',
      NODE_OPTIONS: `--require=${preload}`,
      ...env,
    },
  });
  expect(r.status, r.stderr).toBe(0);
  const { findings, notes, modules } = JSON.parse(r.stdout);
  const processes = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { pid: number; options: string[] });
  return { processes, compiled: /load C parser \(([^)]+)\)/.exec(r.stderr)?.[1], conclusions: { findings, notes, modules } };
}

describe('the CLI on a small tree', () => {
  beforeAll(() => ensureBuilt());

  it.skipIf(!/^11\.3\./.test(process.versions.v8))(
    'runs in one process under Node 20, which takes the flag at run time',
    () => {
      const twenty = audit(process.execPath);
      expect(twenty.processes).toHaveLength(1);
      expect(twenty.compiled).toBe('baseline');
    },
    60_000,
  );

  it.skipIf(!node24)(
    'under Node 24 replaces its process with one given the flag, and reports what Node 20 does',
    () => {
      const again = audit(node24 as string);
      expect(again.processes).toHaveLength(2);
      expect(again.processes[1]).toEqual({ pid: again.processes[0].pid, options: ['--liftoff-only'] });
      // the loader leaves a flag on the command line alone
      expect(again.compiled).toBe('user flags');
      expect(again.conclusions).toEqual(audit(process.execPath).conclusions);
      expect(audit(node24 as string, { LKM_AUDIT_NO_RELAUNCH: '1' }).processes).toHaveLength(1);
    },
    60_000,
  );
});
