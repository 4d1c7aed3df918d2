// Many audits in one table (`lkm-audit aggregate`): score, grade, each category, kernel ranges, counts and the rule
// to fix first, one row per repository. Markdown for a job summary, HTML (sortable by a small inline script, and
// readable without it) and JSON.

import { crypto } from '../engine/builtins.js';
import { CATEGORIES } from '../types.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { HTML_CSS } from './html.js';
import { groupByRule } from './order.js';
import type { Report } from './types.js';
import { compareText } from '../text/compare.js';

export interface AggregateRow {
  name: string;
  score: number;
  grade: string;
  categories: Record<string, number>;
  kernels: { declared: string | null; tested: string[]; implied: string | null };
  errors: number;
  warnings: number;
  notes: number;
  /** The rule to fix first: worst severity, then most findings. */
  topRule: { id: string; severity: string; findings: number; help: string } | null;
}

export interface AggregateDoc {
  tool: { name: 'lkm-audit'; version: string };
  kind: 'lkm-audit-aggregate';
  repositories: AggregateRow[];
}

function impliedText(k: Report['kernels']['implied']): string | null {
  if (!k.min && !k.max) return null;
  if (k.min && k.max) return `${k.min}-${k.max}`;
  return k.min ? `${k.min}+` : `up to ${k.max}`;
}

export function aggregateRow(name: string, report: Report): AggregateRow {
  const categories: Record<string, number> = {};
  for (const [c, v] of Object.entries(report.categories)) if (v) categories[c] = v.score;
  const top = groupByRule(report.findings)[0];
  return {
    name,
    score: report.score,
    grade: report.grade,
    categories,
    kernels: { declared: report.kernels.declared, tested: report.kernels.tested, implied: impliedText(report.kernels.implied) },
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    notes: report.summary.notes,
    topRule: top ? { id: top.ruleId, severity: top.severity, findings: top.findings.length, help: top.findings[0].help } : null,
  };
}

/** Worst first (what needs attention), then by name. */
export function aggregate(items: { name: string; report: Report }[], version: string): AggregateDoc {
  const repositories = items.map((i) => aggregateRow(i.name, i.report)).sort((a, b) => a.score - b.score || compareText(a.name, b.name));
  return { tool: { name: 'lkm-audit', version }, kind: 'lkm-audit-aggregate', repositories };
}

/** Categories present in any row, in the catalogue's order. */
function columns(doc: AggregateDoc): string[] {
  const seen = new Set(doc.repositories.flatMap((r) => Object.keys(r.categories)));
  return [...CATEGORIES.filter((c) => seen.has(c)), ...[...seen].filter((c) => !(CATEGORIES as readonly string[]).includes(c)).sort()];
}

const kernelCell = (r: AggregateRow) =>
  [
    r.kernels.declared ? `declared ${r.kernels.declared}` : '',
    r.kernels.tested.length ? `CI ${r.kernels.tested.join(', ')}` : '',
    r.kernels.implied ? `APIs ${r.kernels.implied}` : '',
  ]
    .filter(Boolean)
    .join('; ') || '—';

export function renderAggregateJson(doc: AggregateDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderAggregateMarkdown(doc: AggregateDoc): string {
  const cols = columns(doc);
  const out = [
    '## lkm-audit: upstream readiness across repositories',
    '',
    `${doc.repositories.length} repositor${doc.repositories.length === 1 ? 'y' : 'ies'}, worst first.`,
    '',
    `| Repository | Score | Grade | ${cols.map(escapeMarkdown).join(' | ')} | Kernels | Errors | Warnings | Fix first |`,
    `|---|---:|---|${cols.map(() => '---:').join('|')}|---|---:|---:|---|`,
  ];
  for (const r of doc.repositories) {
    const top = r.topRule ? `\`${r.topRule.id.replace(/`/g, '')}\` (${r.topRule.findings})` : '—';
    out.push(
      `| ${escapeMarkdown(r.name)} | ${r.score} | ${escapeMarkdown(r.grade)} | ${cols.map((c) => r.categories[c] ?? '—').join(' | ')} | ${escapeMarkdown(kernelCell(r))} | ${r.errors} | ${r.warnings} | ${top} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Click a header to sort by it (again to reverse). The table is complete and ordered without it. */
const SORT_SCRIPT = `document.querySelectorAll('table.sortable th').forEach(function(th,i){th.tabIndex=0;th.title='sort';
function go(){var t=th.closest('table'),b=t.tBodies[0],asc=th.getAttribute('aria-sort')!=='ascending';
t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');
var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[i].getAttribute('data-v'),c=y.cells[i].getAttribute('data-v');
var n=parseFloat(a),m=parseFloat(c);var r=(isNaN(n)||isNaN(m))?a.localeCompare(c):n-m;return asc?r:-r});
rows.forEach(function(r){b.appendChild(r)})}th.addEventListener('click',go);th.addEventListener('keydown',function(e){if(e.key==='Enter')go()})});`;

export function renderAggregateHtml(doc: AggregateDoc): string {
  const cols = columns(doc);
  const hash = crypto().createHash('sha256').update(SORT_SCRIPT).digest('base64');
  const cell = (value: string | number, text: string, cls = '') =>
    `<td${cls ? ` class="${cls}"` : ''} data-v="${escapeHtml(String(value))}">${text}</td>`;
  const out = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">`,
    '<title>lkm-audit: upstream readiness across repositories</title>',
    `<style>${HTML_CSS}th[tabindex]{cursor:pointer}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}main{max-width:1400px}.wide{overflow-x:auto}#fleet td,#fleet th{font-size:13px}</style>`,
    '</head><body><main>',
    '<h1>Upstream readiness across repositories</h1>',
    `<p class="muted">${doc.repositories.length} repositor${doc.repositories.length === 1 ? 'y' : 'ies'}, worst first; click a column header to sort. lkm-audit ${escapeHtml(doc.tool.version)}.</p>`,
    '<div class="wide"><table class="sortable" id="fleet"><thead><tr><th>Repository</th><th class="num">Score</th><th>Grade</th>',
    ...cols.map((c) => `<th class="num">${escapeHtml(c)}</th>`),
    '<th>Kernels</th><th class="num">Errors</th><th class="num">Warnings</th><th>Fix first</th></tr></thead><tbody>',
  ];
  for (const r of doc.repositories) {
    const top = r.topRule
      ? `<span class="sev sev-${escapeHtml(r.topRule.severity)}">${escapeHtml(r.topRule.severity)}</span><code>${escapeHtml(r.topRule.id)}</code> (${r.topRule.findings})`
      : '—';
    out.push(
      `<tr>${cell(r.name, escapeHtml(r.name))}${cell(r.score, `<strong>${r.score}</strong>`, 'num')}${cell(r.grade, `<span class="grade-${escapeHtml(r.grade)}" style="color:#fff;padding:0 8px;border-radius:4px">${escapeHtml(r.grade)}</span>`)}` +
        cols.map((c) => cell(r.categories[c] ?? -1, String(r.categories[c] ?? '—'), 'num')).join('') +
        `${cell(kernelCell(r), escapeHtml(kernelCell(r)))}${cell(r.errors, String(r.errors), 'num')}${cell(r.warnings, String(r.warnings), 'num')}${cell(r.topRule?.id ?? '', top)}</tr>`,
    );
  }
  out.push('</tbody></table></div>', `<script>${SORT_SCRIPT}</script>`, '</main></body></html>');
  return `${out.join('\n')}\n`;
}
