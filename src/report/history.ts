// A score history: one entry per audited revision (`lkm-audit history`) or per action run (`history-file`), oldest
// first. Renderers below and in chart-svg.ts / mermaid.ts draw it; none of them knows how it was made.

import { escapeMarkdown } from './escape.js';
import { diffFindings } from './fingerprint.js';
import { plural } from './markdown.js';
import { mermaidTrend } from './mermaid.js';
import type { Report } from './types.js';

export interface HistoryFinding {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
  message: string;
}

export interface HistoryEntry {
  /** Commit the audit ran on ('' when unknown). */
  sha: string;
  /** ISO 8601: the commit's date for `history`, the run's time for `history-file`. */
  date: string;
  subject?: string;
  /** null when this revision could not be audited (see `error`). */
  score: number | null;
  grade: string | null;
  /** Each category's score, 0-100. */
  categories: Record<string, number>;
  summary?: { errors: number; warnings: number; notes: number };
  /** Findings new since the previous entry, and those gone since it (history only). */
  appeared?: HistoryFinding[];
  disappeared?: HistoryFinding[];
  error?: string;
}

export interface HistoryDoc {
  tool: { name: 'lkm-audit'; version: string };
  kind: 'lkm-audit-history';
  entries: HistoryEntry[];
}

export function entryFromReport(report: Report, at: { sha: string; date: string; subject?: string }): HistoryEntry {
  const categories: Record<string, number> = {};
  for (const [name, c] of Object.entries(report.categories)) if (c) categories[name] = c.score;
  return {
    sha: at.sha,
    date: at.date,
    ...(at.subject !== undefined ? { subject: at.subject } : {}),
    score: report.score,
    grade: report.grade,
    categories,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, notes: report.summary.notes },
  };
}

const brief = (f: HistoryFinding): HistoryFinding => ({
  ruleId: f.ruleId,
  severity: f.severity,
  ...(f.file !== undefined ? { file: f.file } : {}),
  ...(f.line !== undefined ? { line: f.line } : {}),
  message: f.message,
});

/** Entries for a series of audited revisions, each compared with the previous one that could be audited. */
export function historyFromReports(
  revisions: { sha: string; date: string; subject?: string; report?: Report; error?: string }[],
  version: string,
): HistoryDoc {
  let previous: Report | undefined;
  const entries = revisions.map((rev): HistoryEntry => {
    if (!rev.report)
      return { sha: rev.sha, date: rev.date, subject: rev.subject, score: null, grade: null, categories: {}, error: rev.error };
    const entry = entryFromReport(rev.report, rev);
    if (previous) {
      const diff = diffFindings(previous.findings, rev.report.findings);
      entry.appeared = diff.added.map(brief);
      entry.disappeared = diff.fixed.map(brief);
    }
    previous = rev.report;
    return entry;
  });
  return { tool: { name: 'lkm-audit', version }, kind: 'lkm-audit-history', entries };
}

/** A history read from a file: clear messages for anything that is not one. */
export function parseHistory(text: string, file: string): HistoryDoc {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const doc = data as Partial<HistoryDoc>;
  if (!doc || typeof doc !== 'object' || doc.kind !== 'lkm-audit-history' || !Array.isArray(doc.entries))
    throw new Error(`${file}: not an lkm-audit history (expected "kind": "lkm-audit-history" and an "entries" array)`);
  doc.entries.forEach((e, i) => {
    if (!e || typeof e !== 'object' || typeof e.date !== 'string' || !(e.score === null || typeof e.score === 'number'))
      throw new Error(`${file}: entry ${i + 1} needs a "date" string and a "score" number or null`);
    if (!e.categories || typeof e.categories !== 'object') e.categories = {};
  });
  return doc as HistoryDoc;
}

/** Appends `entry`, keeping the newest `max` entries. */
export function appendEntry(doc: HistoryDoc, entry: HistoryEntry, max: number): HistoryDoc {
  const entries = [...doc.entries, entry];
  return { ...doc, entries: entries.slice(Math.max(0, entries.length - max)) };
}

export function renderHistoryJson(doc: HistoryDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const short = (sha: string) => sha.slice(0, 7);

/** The Markdown of `history --format markdown`: the Mermaid chart, a table per revision, what changed. */
export function renderHistoryMarkdown(doc: HistoryDoc, opts: { maxListed?: number } = {}): string {
  const max = opts.maxListed ?? 10;
  const out = ['## lkm-audit: upstream readiness over time', ''];
  if (doc.entries.length === 0) return `${out.join('\n')}No revisions were audited.\n`;
  out.push(mermaidTrend(doc), '');
  out.push('| Commit | Date | Score | Grade | Errors | Warnings | New | Gone |', '|---|---|---:|---|---:|---:|---:|---:|');
  for (const e of doc.entries) {
    const score = e.score === null ? `not audited: ${escapeMarkdown(e.error ?? 'unknown error')}` : String(e.score);
    out.push(
      `| \`${short(e.sha)}\` | ${escapeMarkdown(e.date.slice(0, 10))} | ${score} | ${e.grade ?? ''} | ${e.summary?.errors ?? ''} | ${e.summary?.warnings ?? ''} | ${e.appeared?.length ?? ''} | ${e.disappeared?.length ?? ''} |`,
    );
  }
  const changes = doc.entries.filter((e) => e.appeared?.length || e.disappeared?.length);
  if (changes.length) out.push('', '### What changed between samples', '');
  for (const e of changes) {
    out.push(`**\`${short(e.sha)}\`** ${escapeMarkdown(e.subject ?? '')}`, '');
    for (const [sign, list] of [
      ['+', e.appeared ?? []],
      ['−', e.disappeared ?? []],
    ] as const) {
      for (const f of list.slice(0, max)) {
        const where = f.file ? ` ${escapeMarkdown(f.line ? `${f.file}:${f.line}` : f.file)}` : '';
        out.push(`- ${sign} \`${f.ruleId.replace(/`/g, '')}\`${where}: ${escapeMarkdown(f.message)}`);
      }
      if (list.length > max) out.push(`- ${sign} … and ${plural(list.length - max, 'more finding')}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
