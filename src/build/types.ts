// Build mode: real `make -C <headers> M=<copy> modules` runs, one per kernel header tree.

import type { RawFinding } from '../types.js';

export interface BuildOptions {
  /** Kernel header trees (`/usr/src/linux-headers-6.12.117+deb12-amd64`, `/lib/modules/<rel>/build`). */
  headers: string[];
  /** Time limit of one kernel's build. */
  timeoutMs: number;
  /** Builds running at once; bounded by the CPU count. */
  jobs?: number;
  /** Told as each kernel's build ends (progress on a terminal). */
  onDone?: (result: BuildResult) => void;
}

export type BuildRuleId = 'build/compile-error' | 'build/compile-warning';

export interface BuildFinding extends RawFinding {
  ruleId: BuildRuleId;
}

export interface BuildResult {
  headers: string;
  /** `include/config/kernel.release` of the tree, or undefined when it could not be read. */
  kernel?: string;
  ok: boolean;
  timedOut: boolean;
  exitCode: number | null;
  durationMs: number;
  findings: BuildFinding[];
  /** Last lines of the build log (stdout and stderr, interleaved). */
  logTail: string[];
  /** Why the build could not run or could not be read fully. */
  notes: string[];
}
