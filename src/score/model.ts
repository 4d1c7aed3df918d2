// The constants of the upstream-readiness score (docs/scoring.md explains them; a test keeps the two in step).

import type { Category, Severity } from '../types.js';

/**
 * Share of the 100 points each category carries (docs/scoring.md gives the reason for each). What decides
 * whether upstream takes a driver weighs most: obsolete frameworks, hardware an in-tree driver already covers,
 * vendor abstraction layers and the maintainers' own TODO list (upstream), then what crashes or taints the
 * kernel (cleanup, licence, security). Packaging (docs, ci, dkms) and style together weigh less than upstream alone.
 */
export const CATEGORY_WEIGHTS: Record<Category, number> = {
  upstream: 30,
  cleanup: 20,
  license: 10,
  security: 8,
  build: 8,
  correctness: 6,
  compat: 5,
  docs: 5,
  ci: 3,
  style: 3,
  dkms: 2,
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
