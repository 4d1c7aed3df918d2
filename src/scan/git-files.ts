// Which files git tracks, asked of git through a private git folder (src/git): the audited repository's own
// `.git/config` is never read, so it cannot make git run a program or open a file outside the repository.

import { discoverRepo } from '../git/repo.js';
import { gitOnRepo } from '../git/safe-git.js';

export interface GitView {
  /** Paths relative to the root, `/` separated. */
  tracked: Set<string>;
}

export function readGitView(root: string): GitView | undefined {
  const repo = discoverRepo(root);
  if (!repo) return undefined;
  try {
    const out = gitOnRepo(repo, ['ls-files', '-z', '--full-name'], { maxBuffer: 256 * 1024 * 1024, timeoutMs: 30_000 });
    const prefix = repo.prefix ? `${repo.prefix}/` : '';
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
