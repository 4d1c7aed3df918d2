// Build mode: real `make -C <headers> M=<copy> modules` runs, one per kernel header tree.

import type { RawFinding } from '../types.js';
import type { BuildLimits } from './limits.js';
import type { SandboxKind, SandboxMode, SandboxTools } from './sandbox.js';

export interface BuildOptions {
  /** Kernel header trees (`/usr/src/linux-headers-6.12.117+deb12-amd64`, `/lib/modules/<rel>/build`). */
  headers: string[];
  /** Time limit of one kernel's build. */
  timeoutMs: number;
  /** Builds running at once; bounded by the CPU count. */
  jobs?: number;
  /** Where make runs (default `auto`: bwrap, else unshare, else refuse). `none` runs it unsandboxed. */
  sandbox?: SandboxMode;
  /** Caps of each build; defaults in limits.ts. */
  limits?: Partial<BuildLimits>;
  /** Sandbox programs (tests only). */
  tools?: SandboxTools;
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
  /** What make ran in. */
  sandbox: SandboxKind;
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
