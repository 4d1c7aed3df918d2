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
