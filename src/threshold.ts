import { type FailOn, type Finding, SEVERITY_RANK } from './types.js';

/** True when some finding is at or above the threshold. */
export function failsThreshold(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
