// Analyses that several rules share are cached while those rules run, then dropped: kept for the whole audit
// they added up (cleanup, correctness and style caches were half the heap of an audit of drivers/net/wireless).
// Dropping is always safe: a later reader recomputes what it needs.

import { dropCleanupAnalysis } from '../analysis/cleanup/module-analysis.js';
import { dropRepoTypes } from '../analysis/correctness/repo-types.js';
import type { RepoModel } from '../model/types.js';
import type { Rule } from '../rules/rule.js';
import { dropLineChecks } from '../rules/style/line-checks.js';

/** What each category's rules share, and how to let it go. */
const SHARED: Partial<Record<Rule['category'], (model: RepoModel) => void>> = {
  cleanup: dropCleanupAnalysis,
  correctness: dropRepoTypes,
  style: () => dropLineChecks(),
};

/** Calls after rule `i` of `rules` has run (or been skipped): drops what no later rule of `rules` reads. */
export function releaserFor(rules: readonly Rule[]): (i: number, model: RepoModel) => void {
  const last = new Map<Rule['category'], number>();
  rules.forEach((r, i) => {
    last.set(r.category, i);
  });
  return (i, model) => {
    const category = rules[i].category;
    if (last.get(category) === i) SHARED[category]?.(model);
  };
}
