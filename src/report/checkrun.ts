// The check run's output: a summary (65,535 characters at most) and every annotation, 50 a request.

import type { CheckAnnotation } from './annotations.js';
import { plural, renderMarkdown, type MarkdownOptions } from './markdown.js';
import type { Report } from './types.js';

export const CHECK_SUMMARY_MAX_CHARS = 65_535;
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;

export interface CheckOutput {
  title: string;
  summary: string;
}

export function checkRunTitle(report: Report): string {
  const s = report.summary;
  return `Score ${report.score}/100 (${report.grade}): ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}`;
}

export function checkRunOutput(report: Report, options: MarkdownOptions = {}): CheckOutput {
  // A byte cap is also a character cap, and leaves room for the UTF-16 counting GitHub may do.
  return {
    title: checkRunTitle(report),
    summary: renderMarkdown(report, { ...options, maxBytes: Math.min(options.maxBytes ?? Infinity, CHECK_SUMMARY_MAX_CHARS) }),
  };
}

export function batches<T>(items: readonly T[], size = CHECK_ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type { CheckAnnotation };
