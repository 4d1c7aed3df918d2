// Which files git tracks. Runs git (never anything from the repository) with fsmonitor off, so a
// hostile repository config cannot make it execute a hook.

import { execFileSync } from 'node:child_process';

export interface GitView {
  /** Paths relative to the root, `/` separated. */
  tracked: Set<string>;
}

export function readGitView(root: string): GitView | undefined {
  try {
    const inside = execFileSync('git', ['-C', root, 'rev-parse', '--is-inside-work-tree'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    if (inside !== 'true') return undefined;
    const out = execFileSync('git', ['-C', root, '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--full-name', '.'], {
      encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 30_000,
    });
    const prefix = execFileSync('git', ['-C', root, 'rev-parse', '--show-prefix'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    const tracked = new Set<string>();
    for (const p of out.toString('utf8').split('\0')) {
      if (!p) continue;
      if (prefix && !p.startsWith(prefix)) continue;
      tracked.add(p.slice(prefix.length));
    }
    return { tracked };
  } catch {
    return undefined;
  }
}
