import { readGitView } from './git-files.js';
import type { RepoFiles } from './types.js';
import { DEFAULT_WALK, type WalkOptions, walkRepository } from './walk.js';

export type { RepoFiles, ScannedFile } from './types.js';

export function scanRepository(root: string, opts: Partial<WalkOptions> = {}): RepoFiles {
  return walkRepository(root, readGitView(root), { ...DEFAULT_WALK, ...opts });
}
