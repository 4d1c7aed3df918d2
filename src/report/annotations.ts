// Annotations: what GitHub shows on the lines of a diff. The runner shows at most 10 errors, 10 warnings and
// 10 notices a step (50 a job), so the most important come first and the rest go to the check run.

import type { Finding, Severity } from '../types.js';
import { anchorOf } from './location.js';
import { sortFindings } from './order.js';
import type { Report } from './types.js';

export type CheckAnnotationLevel = 'failure' | 'warning' | 'notice';

/** The Checks API annotation shape (`output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: CheckAnnotationLevel;
  title: string;
  message: string;
}

/** Properties for `@actions/core`'s error/warning/notice. */
export interface InlineAnnotation {
  severity: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotationLevel> = { error: 'failure', warning: 'warning', note: 'notice' };

/**
 * Inline annotation slots a step gets per severity. One warning slot stays free for the action's own warning about
 * an API problem, which must not be crowded out.
 */
export const INLINE_LIMITS: Record<Severity, number> = { error: 10, warning: 9, note: 10 };
export const INLINE_JOB_LIMIT = 50;

function joinPath(prefix: string | undefined, file: string): string {
  const clean = (prefix ?? '').replace(/^\.?\/*|\/+$/g, '');
  return clean ? `${clean}/${file}` : file;
}

function messageOf(finding: Finding): string {
  return finding.kernel ? `${finding.message} (kernel ${finding.kernel})` : finding.message;
}

/** Every finding as a check-run annotation, most important first. Paths are relative to the repository root. */
export function checkAnnotations(report: Report, findings: readonly Finding[], pathPrefix?: string): CheckAnnotation[] {
  return sortFindings(findings).map((finding) => {
    const at = anchorOf(finding, report);
    const annotation: CheckAnnotation = {
      path: joinPath(pathPrefix, at.file),
      start_line: at.line,
      end_line: at.endLine ?? at.line,
      annotation_level: CHECK_LEVEL[finding.severity],
      title: finding.ruleId,
      message: (at.repositoryLevel ? `${messageOf(finding)} (concerns the repository as a whole)` : messageOf(finding)).slice(0, 60_000),
    };
    // The Checks API accepts columns only on single-line annotations.
    if (annotation.start_line === annotation.end_line && at.column) {
      annotation.start_column = at.column;
      annotation.end_column = at.endColumn ?? at.column;
    }
    return annotation;
  });
}

export interface InlineSelection {
  shown: InlineAnnotation[];
  /** Findings that could not be shown inline. */
  hidden: number;
}

/** The findings worth a step's few inline annotations: per severity, most important first. */
export function selectInline(findings: readonly Finding[], pathPrefix?: string, limits = INLINE_LIMITS): InlineSelection {
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const shown: InlineAnnotation[] = [];
  for (const finding of sortFindings(findings)) {
    if (used[finding.severity] >= limits[finding.severity] || shown.length >= INLINE_JOB_LIMIT) continue;
    used[finding.severity]++;
    const annotation: InlineAnnotation = { severity: finding.severity, message: messageOf(finding), title: finding.ruleId };
    if (finding.file) {
      annotation.file = joinPath(pathPrefix, finding.file);
      if (finding.line) {
        annotation.startLine = finding.line;
        annotation.endLine = finding.endLine ?? finding.line;
        if (annotation.endLine === annotation.startLine && finding.column) {
          annotation.startColumn = finding.column;
          if (finding.endColumn) annotation.endColumn = finding.endColumn;
        }
      }
    }
    shown.push(annotation);
  }
  return { shown, hidden: findings.length - shown.length };
}
