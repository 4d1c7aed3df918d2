// The kernels a project supports, for the compat rules: what it declares, else what CI builds.

import type { RepoModel } from '../types.js';
import { declaredSet } from './declared.js';
import { VersionSet } from './range.js';
import { parseVersion } from './version.js';

export interface Supported {
  set: VersionSet;
  /** Where the claim comes from, for messages: `README.md:5 "5.10 through 6.12"` or `CI (6.1, 6.12)`. */
  source: string;
}

export function supportedKernels(model: RepoModel): Supported | undefined {
  const d = model.kernels.declared;
  if (d) return { set: declaredSet(d), source: `${d.source.file}:${d.source.line} "${d.source.text.slice(0, 60)}"` };
  const tested = model.kernels.tested.map((v) => parseVersion(v)).filter((v): v is number => v !== undefined);
  if (tested.length === 0) return undefined;
  return {
    set: VersionSet.of(tested.map((v) => ({ lo: v, hi: v + 256 }))),
    source: `the kernels CI builds (${model.kernels.tested.join(', ')})`,
  };
}

/** `KERNEL_VERSION(6, 4, 0)` for '6.4'. */
export function kernelVersionMacro(version: string): string {
  const [a, b, c] = `${version}.0.0`.split('.').map(Number);
  return `KERNEL_VERSION(${a}, ${b}, ${c})`;
}
