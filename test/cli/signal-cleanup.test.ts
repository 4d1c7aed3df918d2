// Stopping the CLI (Ctrl-C, a cancelled CI job) must not leave its private git folder in the temporary folder: Node
// runs no exit handler when a signal ends a process. The shipped bundle, a real git repository, a real signal.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHistory } from '../helpers/git-history.js';
import { GOOD_MODULE } from '../helpers/rule-tester.js';

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const shadows = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('lkm-audit-git-'));

/** A module repository large enough that its audit goes on well after git has listed its files. */
function largeRepo(): string {
  const files: Record<string, string> = { ...GOOD_MODULE };
  const body = GOOD_MODULE['good.c'].replace(/good_(init|exit)/g, 'part_$1');
  for (let i = 0; i < 1500; i++) files[`src/part${i}.c`] = body.replace(/part_/g, `part${i}_`);
  return makeHistory([{ message: 'many files', date: '2024-01-01T00:00:00Z', files }]);
}

describe('the CLI stopped by a signal', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes its private git folder and still ends by ${signal}`, async () => {
      const repo = largeRepo();
      const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-signal-tmp-'));
      const child = spawn(process.execPath, [CLI, repo, '--format', 'json', '--jobs', '1'], {
        env: { PATH: process.env.PATH, TMPDIR: tmp, HOME: tmp },
        stdio: 'ignore',
      });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, sig) => resolve({ code, signal: sig })),
      );
      // the folder exists from the scan on (git lists the tracked files) to the end of the audit
      const deadline = Date.now() + 20_000;
      while (shadows(tmp).length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(shadows(tmp), 'the audit made its private git folder').toHaveLength(1);
      child.kill(signal);
      const end = await ended;
      expect(end, 'stopped by the signal, not finished').toEqual({ code: null, signal });
      expect(shadows(tmp)).toEqual([]);
    }, 60_000);
  }
});
