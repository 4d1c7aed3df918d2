// Real git repositories with a made-up history, for `history`: each step is a commit of file changes.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Step = { files: Record<string, string | null>; message: string; date: string };

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

export function gitIn(dir: string, args: string[], extraEnv: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd: dir, env: { ...env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new repository (branch main) with one commit per step; returns its folder. */
export function makeHistory(steps: Step[], dir = mkdtempSync(path.join(tmpdir(), 'lkm-hist-repo-'))): string {
  gitIn(dir, ['init', '-q', '-b', 'main']);
  for (const step of steps) {
    for (const [rel, content] of Object.entries(step.files)) {
      const abs = path.join(dir, rel);
      if (content === null) rmSync(abs, { force: true });
      else {
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '-q', '--allow-empty', '-m', step.message], { GIT_AUTHOR_DATE: step.date, GIT_COMMITTER_DATE: step.date });
  }
  return dir;
}
