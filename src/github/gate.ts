// The exit status: `fail-on` over the findings the run is answerable for, and `min-score` over the whole score.

import { failsThreshold } from '../threshold.js';
import type { FailOn, Finding } from '../types.js';

export interface GateResult {
  failed: boolean;
  reasons: string[];
}

export function evaluateGate(findings: readonly Finding[], failOn: FailOn, score: number, minScore?: number): GateResult {
  const reasons: string[] = [];
  if (failsThreshold(findings, failOn)) {
    const count = findings.filter((f) => failsThreshold([f], failOn)).length;
    reasons.push(`${count} finding${count === 1 ? '' : 's'} at or above \`fail-on: ${failOn}\``);
  }
  if (minScore !== undefined && score < minScore) reasons.push(`score ${score} is below \`min-score: ${minScore}\``);
  return { failed: reasons.length > 0, reasons };
}
