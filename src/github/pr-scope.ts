// PR mode: which findings this pull request is answerable for. Findings on added or changed lines, and
// repository-level findings the base revision did not have. The summary still counts everything.

import { diffFindings } from '../report/fingerprint.js';
import type { Finding } from '../types.js';
import type { ChangedFile } from './changed-files.js';

export interface PrScope {
  /** Changed files by path relative to the audited root. */
  changed: Map<string, ChangedFile>;
  /** Findings of the base revision, when it could be audited. */
  baseFindings?: Finding[];
}

/** Changed files keyed by their path inside the audited folder (files outside it are dropped). */
export function scopeFiles(files: ChangedFile[], pathPrefix: string): Map<string, ChangedFile> {
  const prefix = pathPrefix.replace(/^\.?\/*|\/+$/g, '');
  const map = new Map<string, ChangedFile>();
  for (const file of files) {
    if (!prefix) map.set(file.path, file);
    else if (file.path.startsWith(`${prefix}/`)) map.set(file.path.slice(prefix.length + 1), file);
  }
  return map;
}

export function onChangedLines(finding: Finding, changed: Map<string, ChangedFile>): boolean {
  if (!finding.file) return false;
  const file = changed.get(finding.file);
  if (!file) return false;
  if (file.lines === 'all' || finding.line === undefined) return true;
  const end = finding.endLine ?? finding.line;
  for (let line = finding.line; line <= end; line++) if (file.lines.has(line)) return true;
  return false;
}

export interface ScopedFindings {
  /** What this PR is answerable for: annotated and used for fail-on. */
  kept: Finding[];
  /** New against the base (by fingerprint) when the base was audited, else the kept findings. */
  introduced: Finding[];
  fixed?: Finding[];
}

/** Build findings (one per kernel) exist only in build mode, which never runs on the base: no base to compare. */
const comparable = (f: Finding) => f.kernel === undefined;

export function scopeFindings(findings: Finding[], scope: PrScope): ScopedFindings {
  const diff = scope.baseFindings ? diffFindings(scope.baseFindings.filter(comparable), findings.filter(comparable)) : undefined;
  const added = new Set(diff?.added ?? []);
  const kept = findings.filter((f) => (f.file ? onChangedLines(f, scope.changed) : added.has(f)));
  return { kept, introduced: diff ? diff.added : kept, fixed: diff?.fixed };
}
