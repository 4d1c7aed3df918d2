// Human-readable report for terminals: findings grouped by file, a one-line fix hint each.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset).

import type { Finding, Severity } from '../types.js';
import type { Report } from './types.js';
import { pushTo } from '../util/group.js';

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
    pushTo(groups, key, f);
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
