// A rule is metadata plus a pure check over the repository model (ESLint-style: one rule a file).

import type { RepoModel } from '../model/types.js';
import type { Category, RawFinding, Severity } from '../types.js';

export interface RuleMeta {
  /** `category/name`; a contract: never rename. */
  id: string;
  severity: Severity;
  title: string;
  /** One or two sentences: what goes wrong for a user, citing the kernel fact. */
  why: string;
  /** How to fix it, one line (shown with each finding). */
  fix: string;
  /** Optional before/after example for the documentation (run through the rule by the docs test). */
  example?: { bad: Record<string, string>; good: Record<string, string> };
}

export interface Rule extends RuleMeta {
  category: Category;
  /** Anchor of the rule's section in docs/rules.md. */
  docs: string;
  check(model: RepoModel): RawFinding[];
}

export const DOCS_BASE = 'https://github.com/lkm-audit/lkm-audit/blob/main/docs/rules.md';

/** `build/no-obj-m` -> `build-no-obj-m`: explicit anchors in docs/rules.md. */
export function docsAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function defineRule(meta: RuleMeta & { check(model: RepoModel): RawFinding[] }): Rule {
  const [category] = meta.id.split('/');
  return { ...meta, category: category as Category, docs: `${DOCS_BASE}#${docsAnchor(meta.id)}` };
}
