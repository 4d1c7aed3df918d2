// Shared vocabulary of the audit: severities, categories, findings and analysis notes.

export type Severity = 'error' | 'warning' | 'note';
export type SeverityOrOff = Severity | 'off';
export type FailOn = Severity | 'never';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export const CATEGORIES = [
  'build',
  'license',
  'docs',
  'ci',
  'compat',
  'cleanup',
  'correctness',
  'security',
  'style',
  'dkms',
  'upstream',
  'hygiene',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A position in a repository file. Paths are relative to the audited root with `/` separators; lines and columns are 1-based. */
export interface Location {
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** What a rule returns: where and what. The engine adds the rule id, severity and help. */
export interface RawFinding {
  /** Absent for findings about the repository as a whole (no README, no CI). */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Kernel release a build finding belongs to. */
  kernel?: string;
}

/** A finding from a source outside the rule modules (checkpatch, Coccinelle) that names its rule itself. */
export interface RawFindingWithRule extends RawFinding {
  ruleId: string;
}

export interface Finding extends RawFinding {
  ruleId: string;
  severity: Severity;
  /** Link to the rule's documentation section. */
  help: string;
}

/**
 * Something the audit could not fully analyse (a skipped file, a parse problem, an unresolved macro).
 * Notes are never findings: an inconclusive analysis is neither a pass nor a failure.
 */
export interface AnalysisNote {
  file?: string;
  line?: number;
  message: string;
}
