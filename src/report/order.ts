// One ordering for every renderer: most important first, then stable by place.

import { SEVERITY_RANK, type Finding } from '../types.js';
import { compareText } from '../text/compare.js';

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    // Repository-level findings (no file) first: they concern the whole project.
    Number(a.file !== undefined) - Number(b.file !== undefined) ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

export interface RuleGroup {
  ruleId: string;
  severity: Finding['severity'];
  findings: Finding[];
}

/** Findings grouped by rule, worst first, then the rule with most findings: what to fix first. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of sortFindings(findings)) {
    const group = groups.get(finding.ruleId) ?? { ruleId: finding.ruleId, severity: finding.severity, findings: [] };
    group.findings.push(finding);
    groups.set(finding.ruleId, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.findings.length - a.findings.length || compareText(a.ruleId, b.ruleId),
  );
}

/** How much of a report a human reads: the top findings of each rule, and of all. JSON and SARIF keep everything. */
export interface Budget {
  /** Findings shown per rule with errors or warnings. */
  perRule: number;
  /** Findings shown per rule of notes only (style and taste). */
  perNoteRule: number;
  /** Findings shown in all. */
  total: number;
}

export const DEFAULT_BUDGET: Budget = { perRule: 10, perNoteRule: 3, total: 60 };

export interface Budgeted {
  /** What to show, most important first (severity, then the rule to fix first, then place). */
  shown: Finding[];
  /** Per rule, how many were left out, in the same order as the rules. */
  hidden: { ruleId: string; severity: Finding['severity']; count: number }[];
}

/**
 * Keeps the top findings of each rule (rules in "fix first" order) until the total budget is spent; the rest are
 * counted per rule so a reader sees "and N more" instead of a wall of repeats.
 */
export function applyBudget(findings: readonly Finding[], budget: Budget = DEFAULT_BUDGET): Budgeted {
  const shown: Finding[] = [];
  const hidden: Budgeted['hidden'] = [];
  for (const group of groupByRule(findings)) {
    const cap = group.severity === 'note' ? budget.perNoteRule : budget.perRule;
    const room = Math.max(0, Math.min(cap, budget.total - shown.length));
    shown.push(...group.findings.slice(0, room));
    if (group.findings.length > room) hidden.push({ ruleId: group.ruleId, severity: group.severity, count: group.findings.length - room });
  }
  return { shown, hidden };
}
