// Shared reading of the CI model for the ci/* rules.

import type { CiBuild } from '../../model/ci/types.js';

export const RUNNER_KERNEL = "the runner's own kernel";

/** Distinct kernels CI builds against; a build that names none builds against the machine's kernel. */
export function buildTargets(builds: CiBuild[]): string[] {
  return [...new Set(builds.flatMap((b) => (b.kernels.length ? b.kernels : [RUNNER_KERNEL])))];
}
