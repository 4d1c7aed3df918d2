// Human-readable report for terminals: one line a finding, the most important first, a fix hint per rule.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset).

import { escapeControls, neutraliseWorkflowCommands, terminalSafe } from '../text/terminal.js';
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

/**
 * One line a finding, in the form compilers use (`file:line:col: severity: message [rule]`), so editors, terminals
 * and the problem matcher (.github/lkm-audit-matcher.json) read it; a rule's fix hint follows its first finding.
 */
export function renderText(report: Report, opts: TextOptions): string {
  const paint = (k: keyof typeof COLORS, s: string) => (opts.color ? `\x1b[${COLORS[k][0]}m${s}\x1b[${COLORS[k][1]}m` : s);
  const out: string[] = [];
  const budget = opts.budget === false ? undefined : (opts.budget ?? DEFAULT_BUDGET);
  // What to fix first leads; past the budget, one line per rule says how many more there are.
  const { shown, hidden } = budget ? applyBudget(report.findings, budget) : { shown: report.findings, hidden: [] };
  const hinted = new Set<string>();
  for (const f of shown) out.push(...findingLines(f, hinted, opts, paint));
  for (const h of hidden) out.push(`  ${paint(h.severity, `and ${h.count} more ${h.severity}${h.count === 1 ? '' : 's'}`)} of ${h.ruleId}`);
  if (hidden.length) out.push(paint('dim', '  (--all lists every finding; --format json and sarif keep them all)'));
  if (shown.length) out.push('');
  const s = report.summary;
  const mods = report.modules.map((m) => escapeControls(`${m.name}${m.dir === '.' ? '' : ` (${m.dir})`}`)).join(', ') || 'none found';
  out.push(`modules: ${mods}`);
  out.push(
    `${paint('bold', `score ${report.score}/100 (${report.grade})`)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notes} note(s)` +
      `${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${s.filesScanned} files scanned`,
  );
  if (report.notes.length) out.push(paint('dim', `${report.notes.length} analysis note(s); see --format json for details`));
  // Run as `run: npx lkm-audit`, this text is the workflow log: no line of it may be a workflow command.
  return `${neutraliseWorkflowCommands(out.join('\n'))}\n`;
}

/** `path:line:col`, `path` for a file-level fact, `(repository)` for the repository as a whole. */
export function textLocation(f: Finding): string {
  if (!f.file) return REPOSITORY;
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

export const REPOSITORY = '(repository)';

function findingLines(f: Finding, hinted: Set<string>, opts: TextOptions, paint: (k: keyof typeof COLORS, s: string) => string): string[] {
  // A file name starts its line: a leading `::` is broken before colour codes could hide it.
  const where = terminalSafe(textLocation(f));
  const kernel = f.kernel ? ` (kernel ${escapeControls(f.kernel)})` : '';
  const lines = [
    `${paint('bold', `${where}:`)} ${paint(f.severity, `${f.severity}:`)} ${escapeControls(f.message)}${kernel} ${paint('dim', `[${f.ruleId}]`)}`,
  ];
  const hint = opts.hints.get(f.ruleId);
  if (hint && !hinted.has(f.ruleId)) {
    hinted.add(f.ruleId);
    lines.push(`    ${paint('dim', `fix: ${escapeControls(hint)}`)}`);
  }
  return lines;
}
