// `history-file`: the action appends this run to a bounded JSON history (kept by the README's scheduled workflow on
// the `badges` branch), writes the trend beside it as SVG, and returns the Mermaid chart for the job summary.

import { existsSync, readFileSync } from 'node:fs';
import { renderTrendSvg } from '../report/chart-svg.js';
import { appendEntry, entryFromReport, type HistoryDoc, parseHistory, renderHistoryJson } from '../report/history.js';
import { mermaidTrend } from '../report/mermaid.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { writeReportFile } from './report-files.js';

/** Entries kept: two years of weekly runs. */
export const HISTORY_MAX_ENTRIES = 104;

export interface HistoryFileResult {
  doc: HistoryDoc;
  svgFile: string;
  /** Markdown for the job summary (the Mermaid chart). */
  summary: string;
  /** Why the previous history was not used, when it was not. */
  warning?: string;
}

/**
 * Appends this run and writes the file and its SVG; with `write: false` (pull requests, whose runs are not the
 * branch's history) only draws where this run would take the trend, leaving the files alone.
 */
export function updateHistoryFile(
  file: string,
  report: Report,
  at: { sha: string; date: string; subject?: string },
  opts: { write?: boolean } = {},
): HistoryFileResult {
  let doc: HistoryDoc = { tool: { name: 'lkm-audit', version: VERSION }, kind: 'lkm-audit-history', entries: [] };
  let warning: string | undefined;
  if (existsSync(file)) {
    try {
      doc = parseHistory(readFileSync(file, 'utf8'), file);
    } catch (e) {
      warning = `lkm-audit: history-file ${(e as Error).message}; starting a new history`;
    }
  }
  doc = appendEntry(doc, entryFromReport(report, at), HISTORY_MAX_ENTRIES);
  doc.tool = { name: 'lkm-audit', version: VERSION };
  const svgFile = file.replace(/(\.json)?$/i, '.svg');
  if (opts.write !== false) {
    writeReportFile(file, renderHistoryJson(doc));
    writeReportFile(svgFile, renderTrendSvg(doc));
  }
  const title = opts.write === false ? 'Score with this pull request (last point)' : undefined;
  const summary = ['### Trend', '', mermaidTrend(doc, title), ''].join('\n');
  return { doc, svgFile, summary, warning };
}
