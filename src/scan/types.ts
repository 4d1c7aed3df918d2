// What the scanner hands to the model builders: every file once, read safely.

import type { FileIdentity } from './read-file.js';

export interface ScannedFile {
  /** Relative to the root, `/` separated. */
  path: string;
  size: number;
  /** Decoded text (invalid UTF-8 replaced); absent for binary files and files over the size cap. */
  text?: string;
  binary: boolean;
  /** Tracked by git (always true outside a git work tree). */
  tracked: boolean;
  /** The file the text was read from, as it was then (absent for a second path to it: a link). */
  identity?: FileIdentity;
}

export interface RepoFiles {
  /** Absolute path of the audited root. */
  root: string;
  /** All files the audit may look at, in sorted path order. */
  files: Map<string, ScannedFile>;
  /** Whether the root is inside a git work tree (then `tracked` is meaningful). */
  git: boolean;
  /** Paths git tracks that the scan skipped (ignored by .gitignore or the config): needed to spot committed artifacts. */
  trackedIgnored: string[];
  /**
   * Whether the repository's .gitignore files (not the config's ignore globs) ignore `path`, a file
   * that need not exist: the rules ask it of kbuild outputs. Uses the rules the scan already parsed.
   */
  gitignored(path: string): boolean;
  /** Why files were skipped or not fully read. */
  notes: { file?: string; line?: number; message: string }[];
}
