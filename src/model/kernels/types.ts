// Kernel versions: what the project declares, what CI tests, what the code implies.

import type { ApiUse } from './api-usage.js';
import type { VersionGuard } from './guards.js';

export interface DeclaredKernels {
  min?: string;
  max?: string;
  /** Where the claim was read. */
  source: { file: string; line: number; text: string };
  /** What the README, dkms.conf or config said, when a hard limit in the code narrowed it to min..max. */
  claimed?: { min?: string; max?: string };
  /** The code's own hard limit (`#error`, `BUILD_BUG_ON`), when there is one. */
  hard?: HardLimit;
}

/** Kernels outside min..max stop the build: a `#error` under a version guard, or a version `BUILD_BUG_ON`. */
export interface HardLimit {
  min?: string;
  max?: string;
  via: '#error' | 'BUILD_BUG_ON';
  source: { file: string; line: number; text: string };
}

export interface ImpliedBound {
  version: string;
  /** The unguarded API use that sets it. */
  file: string;
  line: number;
  api: string;
}

export interface KernelsModel {
  declared?: DeclaredKernels;
  tested: string[];
  /** CI also builds for kernels decided at run time (a computed matrix, a loop over installed header trees). */
  testedAtRunTime?: boolean;
  implied: { min: string | null; max: string | null };
  /** Why the implied bounds are what they are. */
  impliedBy?: { min?: ImpliedBound; max?: ImpliedBound };
  /** Uses of APIs from the compatibility database, with the kernels where each is compiled. */
  uses?: ApiUse[];
  /** Every `#if`/`#elif` that tests LINUX_VERSION_CODE. */
  guards?: VersionGuard[];
}
