// Fingerprints identify a finding across runs and revisions: code scanning uses them to track an alert, and PR mode
// uses them to tell which findings a pull request introduced or fixed. They must not change when unrelated lines
// move, so they hash what the finding is (rule, file, message without line numbers), not where it sits.

import { crypto } from '../engine/builtins.js';
import type { Finding } from '../types.js';

export const FINGERPRINT_KEY = 'lkmAudit/v1';

/** Line numbers inside messages ("acquired at line 12") move with unrelated edits; drop them. */
function normalizeMessage(message: string): string {
  return message
    .replace(/\b(lines?|at|:)\s*\d+(\s*[-,]\s*\d+)*/gi, '$1 N')
    .replace(/\s+/g, ' ')
    .trim();
}

function baseHash(finding: Finding): string {
  return crypto()
    .createHash('sha256')
    .update([finding.ruleId, finding.file ?? '', normalizeMessage(finding.message), finding.kernel ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * One fingerprint per finding, in the same order. Identical findings (same rule, file and message) are told apart by
 * their order of appearance in the file, so the n-th occurrence keeps its fingerprint when lines shift.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const order = findings
    .map((finding, index) => ({ finding, index, hash: baseHash(finding) }))
    .sort(
      (a, b) => (a.finding.line ?? 0) - (b.finding.line ?? 0) || (a.finding.column ?? 0) - (b.finding.column ?? 0) || a.index - b.index,
    );
  const seen = new Map<string, number>();
  const result: string[] = new Array(findings.length);
  for (const { index, hash } of order) {
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    result[index] = `${hash}:${n}`;
  }
  return result;
}

export interface FindingDiff<T extends Finding = Finding> {
  /** In head, not in base. */
  added: T[];
  /** In base, not in head. */
  fixed: T[];
}

export function diffFindings<T extends Finding>(base: readonly T[], head: readonly T[]): FindingDiff<T> {
  const basePrints = fingerprints(base);
  const headPrints = fingerprints(head);
  const baseKeys = new Set(basePrints);
  const headKeys = new Set(headPrints);
  return {
    added: head.filter((_, i) => !baseKeys.has(headPrints[i])),
    fixed: base.filter((_, i) => !headKeys.has(basePrints[i])),
  };
}
