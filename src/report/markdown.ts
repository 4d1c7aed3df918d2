// The Markdown report: job summary, `--format markdown`, and the pieces the PR comment and check run reuse.
// Everything that comes from the repository is escaped: GitHub renders this Markdown with HTML enabled.

import type { RuleInfo } from './rule-info.js';
import type { Finding, Severity } from '../types.js';
import { byteLength, escapeMarkdown, markdownWithCode, safeUrl } from './escape.js';
import { fileUrl, type RepoLinks } from './links.js';
import { applyBudget, type Budget, DEFAULT_BUDGET, groupByRule, sortFindings } from './order.js';
import type { Report } from './types.js';

/** GitHub refuses a job summary over 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** Link findings to the files at the audited commit; plain `file:line` without it. */
  links?: RepoLinks;
  /** Rule metadata, for titles and fixes in "what to fix first". */
  rules?: readonly RuleInfo[];
  /** Size cap in UTF-8 bytes; findings beyond it are counted, not listed. */
  maxBytes?: number;
  /** Extra sections appended at the end (already-safe Markdown), such as API warnings. */
  footer?: string[];
  /** Heading level of the title (2 by default; sections are one deeper). */
  headingLevel?: number;
  /** The top findings per rule and in all; `false` lists every finding (within the size cap). */
  budget?: Budget | false;
}

/** The findings a reader gets, most important first, and one "and N more" row per rule for the rest. */
export function budgetedRows(findings: readonly Finding[], budget: Budget | false | undefined, links?: RepoLinks): string[] {
  if (budget === false) return sortFindings(findings).map((f) => findingRow(f, links));
  const { shown, hidden } = applyBudget(findings, budget ?? DEFAULT_BUDGET);
  const more = hidden.map(
    (h) =>
      `| ${severityLabel(h.severity)} | | ${ruleLink({ ruleId: h.ruleId, help: ruleHelp(findings, h.ruleId) })} | … and ${plural(h.count, 'more finding')} of this rule |`,
  );
  return [...shown.map((f) => findingRow(f, links)), ...more];
}

function ruleHelp(findings: readonly Finding[], ruleId: string): string {
  return findings.find((f) => f.ruleId === ruleId)?.help ?? '';
}

const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' };

export function severityLabel(severity: Severity): string {
  return `${SEVERITY_ICON[severity]} ${severity}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsLine(report: Report): string {
  const s = report.summary;
  return [
    `**${plural(s.errors, 'error')}**`,
    plural(s.warnings, 'warning'),
    plural(s.notes, 'note'),
    `${s.suppressed} suppressed`,
    `${plural(s.filesScanned, 'file')} scanned`,
  ].join(' · ');
}

export function ruleLink(finding: Pick<Finding, 'ruleId' | 'help'>): string {
  const label = `\`${finding.ruleId.replace(/`/g, '')}\``;
  const url = safeUrl(finding.help);
  return url ? `[${label}](${url})` : label;
}

export function locationText(finding: Finding, links?: RepoLinks): string {
  if (!finding.file) return '_repository_';
  const label = escapeMarkdown(finding.line ? `${finding.file}:${finding.line}` : finding.file);
  return links ? `[${label}](${fileUrl(links, finding.file, finding.line, finding.endLine)})` : label;
}

export function findingRow(finding: Finding, links?: RepoLinks): string {
  const kernel = finding.kernel ? ` (kernel ${escapeMarkdown(finding.kernel)})` : '';
  return `| ${severityLabel(finding.severity)} | ${locationText(finding, links)} | ${ruleLink(finding)} | ${escapeMarkdown(finding.message)}${kernel} |`;
}

export const FINDINGS_HEADER = ['| Severity | Where | Rule | Finding |', '|---|---|---|---|'];

export function categoryTable(report: Report): string[] {
  const rows = Object.entries(report.categories).flatMap(([name, c]) =>
    c ? [`| ${escapeMarkdown(name)} | ${c.score} | ${c.findings} | ${c.reason ? escapeMarkdown(c.reason) : ''} |`] : [],
  );
  return ['| Category | Score | Findings | Why points were lost |', '|---|---:|---:|---|', ...rows];
}

export function kernelTable(report: Report): string[] {
  const k = report.kernels;
  const implied =
    k.implied.min || k.implied.max
      ? [k.implied.min ? `≥ ${escapeMarkdown(k.implied.min)}` : '', k.implied.max ? `≤ ${escapeMarkdown(k.implied.max)}` : '']
          .filter(Boolean)
          .join(', ')
      : '_unknown_';
  const declared = k.declared ? escapeMarkdown(k.declared) : '_not stated_';
  const runtime = k.testedAtRunTime ? 'decided at run time' : '';
  const tested = k.tested.length
    ? [k.tested.map(escapeMarkdown).join(', '), runtime && `and others ${runtime}`].filter(Boolean).join(' ')
    : runtime || '_none found in CI_';
  return ['| Declared | Tested in CI | Implied by the code |', '|---|---|---|', `| ${declared} | ${tested} | ${implied} |`];
}

export function moduleTable(report: Report): string[] {
  const entry = (e: { function: string; file: string; line: number } | null) =>
    e ? `${escapeMarkdown(e.function)} (${escapeMarkdown(e.file)}:${e.line})` : '_none_';
  const rows = report.modules.map(
    (m) =>
      `| ${escapeMarkdown(m.name)} | ${escapeMarkdown(m.dir)} | ${escapeMarkdown(m.buildFile)} | ${m.license === null ? '_none_' : escapeMarkdown(`"${m.license}"`)} | ${entry(m.init)} | ${entry(m.exit)} |`,
  );
  return ['| Module | Folder | Build file | MODULE_LICENSE | Init | Exit |', '|---|---|---|---|---|---|', ...rows];
}

/** The rules to fix first: worst severity, then most findings. */
export function fixFirst(report: Report, rules: readonly RuleInfo[] = [], limit = 5): string[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return groupByRule(report.findings)
    .slice(0, limit)
    .map((group, i) => {
      const first = group.findings[0];
      const rule = byId.get(group.ruleId);
      // Titles and fix texts are ours (rule metadata): their code spans render as code.
      const what = rule ? markdownWithCode(rule.title) : escapeMarkdown(first.message);
      const fix = rule?.fix ? ` Fix: ${markdownWithCode(rule.fix)}` : '';
      return `${i + 1}. ${severityLabel(group.severity)} ${ruleLink(first)} (${plural(group.findings.length, 'finding')}): ${what}.${fix}`;
    });
}

export function scoreTitle(report: Report): string {
  return `lkm-audit: upstream readiness ${report.score}/100, grade ${escapeMarkdown(report.grade)}`;
}

/**
 * Rows appended one by one until the byte budget is spent; the rest are counted in a last line so the reader knows
 * where to look.
 */
/**
 * The rows that fit in `budget` bytes, then a line saying how many did not. Rows are rendered on demand: with
 * 50,000 findings most never fit, and rendering them all first would be wasted.
 */
export function fitRows<T>(items: readonly T[], row: (item: T) => string, budget: number, moreText: (hidden: number) => string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const text = row(items[i]);
    const size = byteLength(text) + 1;
    // Keep room for the "more" line.
    if (used + size > budget - 200) {
      kept.push('', moreText(items.length - i));
      return kept;
    }
    kept.push(text);
    used += size;
  }
  return kept;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const head: string[] = [`${h} ${scoreTitle(report)}`, '', countsLine(report), ''];
  const fix = fixFirst(report, options.rules);
  if (fix.length) head.push(`${h}# What to fix first`, '', ...fix, '');
  head.push(`${h}# Categories`, '', ...categoryTable(report), '');
  if (report.modules.length) head.push(`${h}# Modules`, '', ...moduleTable(report).slice(0, 102), '');
  head.push(`${h}# Kernel versions`, '', ...kernelTable(report), '');

  const tail: string[] = [];
  if (report.notes.length) {
    tail.push(`${h}# Analysis notes`, '', 'What the audit could not fully analyse (neither a pass nor a failure):', '');
    tail.push(
      ...report.notes
        .slice(0, 50)
        .map((n) => `- ${n.file ? `${escapeMarkdown(n.file)}${n.line ? `:${n.line}` : ''}: ` : ''}${escapeMarkdown(n.message)}`),
    );
    if (report.notes.length > 50) tail.push(`- … and ${report.notes.length - 50} more (see the JSON report)`);
    tail.push('');
  }
  for (const section of options.footer ?? []) tail.push(section, '');

  const findings = sortFindings(report.findings);
  const body: string[] = [`${h}# Findings (${findings.length})`, ''];
  if (findings.length === 0) body.push('No findings.', '');
  else {
    const budget = maxBytes - byteLength([...head, ...tail].join('\n')) - 200;
    const more = (hidden: number) =>
      `${plural(hidden, 'more finding')} not shown here (size limit); the SARIF and JSON reports list every finding.`;
    // Every finding is rendered lazily (most of 50,000 never fit); the budget view is a few dozen rows already.
    const rows =
      options.budget === false
        ? fitRows(sortFindings(findings), (f) => findingRow(f, options.links), budget, more)
        : fitRows(budgetedRows(findings, options.budget, options.links), (r) => r, budget, more);
    body.push(...FINDINGS_HEADER, ...rows, '');
  }
  return [...head, ...body, ...tail].join('\n');
}
