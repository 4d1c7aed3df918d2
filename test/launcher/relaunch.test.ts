// An audit the launcher starts again with huge pages (src/launcher/relaunch.ts), run as a user runs it: dist/cli.js
// and the action's dist/index.js as processes, LKM_AUDIT_HUGE_PAGES_FROM=0 standing in for a tree of hundreds of
// megabytes. Each Node process of a run notes its pid and environment through a preloaded script.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../action/dist.js';
import { otherNode } from '../helpers/other-node.js';
import type { FakeGitHub } from '../action/fake-github.js';
import { type Fixture, makeFixture } from '../action/fixture.js';
import { startActionHarness } from '../action/harness.js';
import { runAction } from '../action/runner.js';

const repo = path.join(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');
const target = path.join(repo, 'test/fixtures/correctness-defects');
const node24 = otherNode(24);

interface Seen {
  pid: number;
  options: string[];
  tunables: string | null;
  relaunched: string | null;
}

/** A preload that notes each process; with `hold`, a process started again waits there (for the signal test). */
function notingPreload(dir: string, hold = false): { preload: string; log: string } {
  const log = path.join(dir, 'processes.jsonl');
  const preload = path.join(dir, 'note.cjs');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
if (require('node:worker_threads').isMainThread) {
  fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, options: process.execArgv, tunables: process.env.GLIBC_TUNABLES ?? null, relaunched: process.env.LKM_AUDIT_RELAUNCHED ?? null }) + '\\n');
  if (${hold} && process.env.LKM_AUDIT_RELAUNCHED) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
}
`,
  );
  return { preload, log };
}

const seen = (log: string): Seen[] =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** The report without its timing and date. */
function conclusions(json: string) {
  const { findings, notes, modules, score } = JSON.parse(json);
  return { findings, notes, modules, score };
}

function runCli(node: string, env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkm-relaunch-'));
  const { preload, log } = notingPreload(dir);
  const r = spawnSync(node, [cli, target, '--format', 'json', '--fail-on', 'note'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_AUDIT_NO_CODE_CACHE: '1', NODE_OPTIONS: `--require=${preload}`, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, processes: seen(log) };
}

describe('an audit started again with huge pages', () => {
  beforeAll(() => ensureBuilt());

  it('runs in a second process with the tunable, reports what one process reports, and exits with its status', () => {
    const again = runCli(process.execPath, { LKM_AUDIT_HUGE_PAGES_FROM: '0' });
    const once = runCli(process.execPath, {});
    expect(once.processes).toHaveLength(1);
    expect(once.processes[0].tunables).toBeNull();
    expect(again.processes).toHaveLength(2);
    expect(again.processes[1]).toMatchObject({ tunables: 'glibc.malloc.hugetlb=1', relaunched: '1' });
    expect(again.processes[1].pid).not.toBe(again.processes[0].pid);
    // Node's options of the first process, then the young generation's size
    expect(again.processes[0].options).toEqual([]);
    expect(again.processes[1].options).toEqual(['--max-semi-space-size=32']);
    // the fixture's findings fail --fail-on note: the status is the second process's
    expect(once.status).toBe(1);
    expect(again.status, again.stderr).toBe(once.status);
    expect(again.stderr).toBe(once.stderr);
    expect(conclusions(again.stdout)).toEqual(conclusions(once.stdout));
  }, 60_000);

  it('is not started again when turned off, or when the tree is smaller than the line', () => {
    expect(runCli(process.execPath, { LKM_AUDIT_HUGE_PAGES_FROM: '0', LKM_AUDIT_NO_RELAUNCH: '1' }).processes).toHaveLength(1);
    expect(runCli(process.execPath, { LKM_AUDIT_HUGE_PAGES_FROM: String(1 << 30) }).processes).toHaveLength(1);
  }, 60_000);

  it.skipIf(!node24)(
    'replaces the process where Node can (Node 24): one pid, the tunable set',
    () => {
      const again = runCli(node24 as string, { LKM_AUDIT_HUGE_PAGES_FROM: '0' });
      expect(again.status, again.stderr).toBe(1);
      expect(again.processes).toHaveLength(2);
      expect(again.processes[1]).toMatchObject({ pid: again.processes[0].pid, tunables: 'glibc.malloc.hugetlb=1' });
    },
    60_000,
  );

  it('passes a signal that stops the run to the process started again, and ends by it too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lkm-relaunch-signal-'));
    const { preload, log } = notingPreload(dir, true);
    const parent = spawn(process.execPath, [cli, target, '--format', 'json'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_AUDIT_HUGE_PAGES_FROM: '0', NODE_OPTIONS: `--require=${preload}` },
      stdio: 'ignore',
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      parent.once('exit', (code, signal) => resolve({ code, signal })),
    );
    // the second process has noted itself and waits in the preload
    while (!existsSync(log) || seen(log).length < 2) await new Promise((r) => setTimeout(r, 20));
    const child = seen(log)[1].pid;
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    try {
      parent.kill('SIGTERM');
      const late = new Promise((resolve) => setTimeout(() => resolve('still running 10 s later'), 10_000));
      expect(await Promise.race([ended, late])).toEqual({ code: null, signal: 'SIGTERM' });
      for (let i = 0; i < 100 && alive(child); i++) await new Promise((r) => setTimeout(r, 20));
      expect(alive(child)).toBe(false);
    } finally {
      for (const pid of [parent.pid as number, child]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 30_000);
});

describe('the action started again with huge pages', () => {
  let gh: FakeGitHub;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ gh, fixture } = await startActionHarness(makeFixture));
  });

  afterAll(async () => {
    await gh?.stop();
  });

  it('gives the outputs, summary and findings of a run in one process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lkm-relaunch-action-'));
    const { preload, log } = notingPreload(dir);
    const run = async (env: Record<string, string>, runId: number) => {
      gh.reset();
      return runAction({ fixture, apiUrl: gh.url, runId, event: 'push', env: { NODE_OPTIONS: `--require=${preload}`, ...env } });
    };
    const once = await run({}, 301);
    const again = await run({ LKM_AUDIT_HUGE_PAGES_FROM: '0' }, 302);
    const processes = seen(log);
    expect(processes).toHaveLength(3);
    expect(processes[2]).toMatchObject({ tunables: 'glibc.malloc.hugetlb=1', relaunched: '1' });
    expect(again.status, again.stderr).toBe(once.status);
    expect(again.outputs.score).toBe(once.outputs.score);
    expect(again.summary).toBe(once.summary);
    expect(again.stdout).not.toContain('stopped before it finished');
    const findings = (r: typeof once) => conclusions(readFileSync(r.jsonPath as string, 'utf8')).findings;
    expect(findings(again)).toEqual(findings(once));
  }, 120_000);
});
