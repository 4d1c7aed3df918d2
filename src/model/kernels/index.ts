// Builds the kernels model: declared range, tested set (from the CI model), API uses and the implied range.

import type { Config } from '../../config/types.js';
import type { CFile } from '../c/types.js';
import type { CiModel } from '../ci/types.js';
import type { DkmsConf } from '../dkms/types.js';
import type { DocsModel } from '../docs/types.js';
import type { MakeFile } from '../make/types.js';
import { type ApiUse, findApiUses, repoMacroLookup } from './api-usage.js';
import { declaredKernels } from './declared.js';
import { findVersionGuards } from './guards.js';
import type { ImpliedBound, KernelsModel } from './types.js';
import { parseVersion, previousSeries } from './version.js';

export interface KernelsInputs {
  c: Map<string, CFile>;
  make: Map<string, MakeFile>;
  docs: DocsModel;
  dkms: DkmsConf[];
  config: Config;
  ci: CiModel;
}

export function buildKernelsModel(inputs: KernelsInputs): KernelsModel {
  const uses = findApiUses(inputs.c, inputs.make);
  const guards = findVersionGuards([...inputs.c.values()], repoMacroLookup(inputs.c));
  const impliedBy = impliedRange(uses);
  return {
    declared: declaredKernels(inputs.docs, inputs.dkms, inputs.c, inputs.config),
    tested: inputs.ci.tested,
    testedAtRunTime: inputs.ci.runtime ?? false,
    implied: { min: impliedBy.min?.version ?? null, max: impliedBy.max?.version ?? null },
    impliedBy,
    uses,
    guards,
  };
}

/** A use compiled on every kernel: no version guard and no feature test around it. */
export const unguarded = (u: ApiUse) => u.live.exact && u.live.live.isAll;

/**
 * Lower bound: the newest API the code uses unguarded (backported APIs excluded: distribution kernels older than
 * their mainline release carry them). Upper bound: the last release before the oldest removal of an API it uses.
 */
export function impliedRange(uses: ApiUse[]): { min?: ImpliedBound; max?: ImpliedBound } {
  let min: ImpliedBound | undefined;
  let minCode = -1;
  let max: ImpliedBound | undefined;
  let maxCode = Number.MAX_SAFE_INTEGER;
  for (const u of uses.filter(unguarded)) {
    const at = { file: u.file, line: u.line, api: u.entry.symbol };
    if (u.form === 'new' && u.entry.addedIn && !u.entry.backported) {
      const code = parseVersion(u.entry.addedIn) as number;
      if (code > minCode) [minCode, min] = [code, { version: u.entry.addedIn, ...at }];
    }
    if (u.form === 'old' && u.entry.removedIn) {
      const code = parseVersion(u.entry.removedIn) as number;
      if (code < maxCode) [maxCode, max] = [code, { version: previousSeries(code), ...at }];
    }
  }
  return { min, max };
}
