// Human-readable report for terminals: findings grouped by file, a one-line fix hint each.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset).

import { escapeControls, neutraliseWorkflowCommands, terminalSafe } from '../text/terminal.js';
import type { Finding, Severity } from '../types.js';
import type { Report } from './types.js';

export interface TextOptions {
  color: boolean;
  /** Fix hint per rule id. */
  hints: ReadonlyMap<string, string>;
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
  for (const f of report.findings) {
    const key = f.file ?? '(repository)';
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  // Every value from the repository is escaped before colours are added: its control bytes must not reach the terminal.
  const safe = escapeControls;
  for (const [file, list] of groups) {
    // A file name starts its line: a leading `::` is broken before colour codes could hide it.
    out.push(paint('bold', terminalSafe(file)));
    for (const f of list) {
      const pos = f.line ? `${f.line}:${f.column ?? 1}` : '-';
      const kernel = f.kernel ? ` [${safe(f.kernel)}]` : '';
      out.push(
        `  ${paint('dim', pos.padEnd(8))} ${paint(f.severity, f.severity.padEnd(7))} ${safe(f.message)}${kernel}  ${paint('dim', f.ruleId)}`,
      );
      const hint = opts.hints.get(f.ruleId);
      if (hint) out.push(`  ${' '.repeat(8)} ${' '.repeat(7)} ${paint('dim', `fix: ${safe(hint)}`)}`);
    }
    out.push('');
  }
  const s = report.summary;
  const mods = report.modules.map((m) => safe(`${m.name}${m.dir === '.' ? '' : ` (${m.dir})`}`)).join(', ') || 'none found';
  out.push(`modules: ${mods}`);
  out.push(
    `${paint('bold', `score ${report.score}/100 (${report.grade})`)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notes} note(s)` +
      `${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${s.filesScanned} files scanned`,
  );
  if (report.notes.length) out.push(paint('dim', `${report.notes.length} analysis note(s); see --format json for details`));
  // Run as `run: npx lkm-audit`, this text is the workflow log: no line of it may be a workflow command.
  return `${neutraliseWorkflowCommands(out.join('\n'))}\n`;
}
