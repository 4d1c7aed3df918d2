// The constants of the upstream-readiness score (docs/scoring.md explains them; a test keeps the two in step).

import type { Category, Severity } from '../types.js';

/** Share of the 100 points each category carries. Licence and cleanup weigh most: they decide whether the module loads and unloads safely. */
export const CATEGORY_WEIGHTS: Record<Category, number> = {
  license: 20,
  cleanup: 20,
  build: 12,
  security: 10,
  correctness: 6,
  compat: 8,
  ci: 6,
  docs: 7,
  dkms: 4,
  upstream: 4,
  style: 3,
  hygiene: 0,
};

/** Category points (of 100) the first finding of a rule costs. */
export const SEVERITY_COST: Record<Severity, number> = { error: 50, warning: 20, note: 5 };

/** Each further finding of the same rule costs this fraction of the one before: a rule never costs more than twice its first finding. */
export const REPEAT_FACTOR = 0.5;

/** Lowest score of each grade; below the last one the grade is F. */
export const GRADE_FLOORS: readonly [string, number][] = [
  ['A', 90],
  ['B', 80],
  ['C', 70],
  ['D', 60],
  ['E', 50],
];

/** An A needs no errors: a module that fails to build, taints the kernel or leaks is not upstream-ready, whatever else is right. */
export const GRADE_WITH_ERRORS = 'B';
