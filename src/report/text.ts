// Human-readable report for terminals: findings grouped by file, a one-line fix hint each.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset).

import type { Finding, Severity } from '../types.js';
import { applyBudget, type Budget, DEFAULT_BUDGET } from './order.js';
import type { Report } from './types.js';

export interface TextOptions {
  color: boolean;
  /** Fix hint per rule id. */
  hints: ReadonlyMap<string, string>;
  /** The top findings per rule and in all; `false` lists every finding. */
  budget?: Budget | false;
}

const COLORS: Record<Severity | 'dim' | 'bold', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  note: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

export function renderText(report: Report, opts: TextOptions): string {
  const paint = (k: keyof typeof COLORS, s: string) => (opts.color ? `\x1b[${COLORS[k][0]}m${s}\x1b[${COLORS[k][1]}m` : s);
  const out: string[] = [];
  const groups = new Map<string, Finding[]>();
  const budget = opts.budget === false ? undefined : (opts.budget ?? DEFAULT_BUDGET);
  // What to fix first leads: files appear in the order of their most important finding.
  const { shown, hidden } = budget ? applyBudget(report.findings, budget) : { shown: report.findings, hidden: [] };
  for (const f of shown) {
    const key = f.file ?? '(repository)';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [file, list] of groups) {
    out.push(paint('bold', file));
    for (const f of list) {
      const pos = f.line ? `${f.line}:${f.column ?? 1}` : '-';
      const kernel = f.kernel ? ` [${f.kernel}]` : '';
      out.push(
        `  ${paint('dim', pos.padEnd(8))} ${paint(f.severity, f.severity.padEnd(7))} ${f.message}${kernel}  ${paint('dim', f.ruleId)}`,
      );
      const hint = opts.hints.get(f.ruleId);
      if (hint) out.push(`  ${' '.repeat(8)} ${' '.repeat(7)} ${paint('dim', `fix: ${hint}`)}`);
    }
    out.push('');
  }
  if (hidden.length) {
    out.push(paint('bold', 'not shown'));
    for (const h of hidden) out.push(`  ${paint(h.severity, h.severity.padEnd(7))} and ${h.count} more ${h.ruleId}`);
    out.push(paint('dim', '  (--all lists every finding; --format json and sarif keep them all)'), '');
  }
  const s = report.summary;
  const mods = report.modules.map((m) => `${m.name}${m.dir === '.' ? '' : ` (${m.dir})`}`).join(', ') || 'none found';
  out.push(`modules: ${mods}`);
  out.push(
    `${paint('bold', `score ${report.score}/100 (${report.grade})`)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notes} note(s)` +
      `${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${s.filesScanned} files scanned`,
  );
  if (report.notes.length) out.push(paint('dim', `${report.notes.length} analysis note(s); see --format json for details`));
  return `${out.join('\n')}\n`;
}
