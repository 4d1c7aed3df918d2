// `--format html`: one self-contained page people open. Inline CSS and SVG only (no script, font, image or network),
// light and dark from prefers-color-scheme. Everything from the repository (paths, messages, code) is escaped.

import { renderTrendSvg } from './chart-svg.js';
import { escapeHtml, safeUrl } from './escape.js';
import type { HistoryDoc } from './history.js';
import { renderKernelAxis } from './kernel-axis.js';
import { groupByRule } from './order.js';
import type { RuleInfo } from './rule-info.js';
import type { Report } from './types.js';
import type { Finding } from '../types.js';

export interface HtmlOptions {
  rules?: readonly RuleInfo[];
  /** Draw the trend of this history. */
  history?: HistoryDoc;
  /** A file's text as the audit read it (for code excerpts); nothing else is read. */
  source?: (file: string) => string | undefined;
  /** Findings listed per rule (the rest are counted). */
  maxPerRule?: number;
  /** Lines of context around a finding's lines. */
  context?: number;
}

export const HTML_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--accent:#0969da;
--good:#1a7f37;--ok:#9a6700;--bad:#cf222e;--hit:#fff8c5;--note:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;
--accent:#4493f8;--good:#3fb950;--ok:#d29922;--bad:#f85149;--hit:#3b2e00;--note:#4493f8}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:1000px;margin:0 auto;padding:24px}h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px;
border-bottom:1px solid var(--line);padding-bottom:4px}a{color:var(--accent)}code,pre{font:13px/1.45 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
.muted{color:var(--muted)}.headline{display:flex;gap:24px;align-items:center;flex-wrap:wrap;margin-top:16px}
.score{font-size:56px;font-weight:700;line-height:1}.score small{font-size:20px;color:var(--muted);font-weight:400}
.grade{font-size:40px;font-weight:700;width:64px;height:64px;border-radius:12px;display:flex;align-items:center;justify-content:center;color:#fff}
.grade-A{background:#1a7f37}.grade-B{background:#4c9a2a}.grade-C{background:#9a6700}.grade-D{background:#bc4c00}.grade-E,.grade-F{background:#cf222e}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{height:12px;background:var(--panel);border:1px solid var(--line);border-radius:6px;overflow:hidden;min-width:160px}
.bar span{display:block;height:100%}.hi{background:var(--good)}.mid{background:var(--ok)}.lo{background:var(--bad)}
.kernel-axis{max-width:100%;height:auto}.kernel-axis text{font-size:13px;fill:var(--fg)}.kernel-axis .tick-label,.kernel-axis .end-label{fill:var(--muted);font-size:12px}
.kernel-axis .axis,.kernel-axis .tick{stroke:var(--muted);stroke-width:1.5}.kernel-axis .range{stroke-width:8;stroke-linecap:round;opacity:.55}
.kernel-axis .declared{stroke:var(--accent);fill:var(--accent)}.kernel-axis .tested{stroke:var(--good);fill:var(--good)}
.kernel-axis .implied{stroke:var(--ok);fill:var(--ok)}.kernel-axis .row-value{font-weight:600}
.trend svg{max-width:100%;height:auto}
details.rule{border:1px solid var(--line);border-radius:8px;margin:10px 0;background:var(--panel)}
details.rule>summary{cursor:pointer;padding:10px 12px;list-style-position:inside}details.rule>div{padding:0 12px 10px;background:var(--bg);border-top:1px solid var(--line)}
.sev{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;color:#fff;margin-right:6px}
.sev-error{background:var(--bad)}.sev-warning{background:#9a6700}.sev-note{background:var(--note)}
ol.findings{padding-left:20px}ol.findings li{margin:12px 0}.loc{font-family:ui-monospace,monospace;font-size:13px}
pre.excerpt{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:6px 0;overflow-x:auto;margin:6px 0;tab-size:8}
pre.excerpt span{display:block;padding:0 10px;white-space:pre}pre.excerpt span.hit{background:var(--hit)}
pre.excerpt i{font-style:normal;color:var(--muted);display:inline-block;min-width:4ch;text-align:right;margin-right:12px;user-select:none}
footer{margin-top:40px;color:var(--muted);font-size:13px}
`;

const scoreClass = (s: number) => (s >= 80 ? 'hi' : s >= 50 ? 'mid' : 'lo');

function ruleTitle(rules: readonly RuleInfo[] | undefined, id: string): RuleInfo | undefined {
  return rules?.find((r) => r.id === id);
}

function excerpt(f: Finding, source: HtmlOptions['source'], context: number): string {
  if (!f.file || !f.line || !source) return '';
  const text = source(f.file);
  if (text === undefined) return '';
  const lines = text.split('\n');
  const last = Math.min(f.endLine ?? f.line, f.line + 5);
  const from = Math.max(1, f.line - context);
  const to = Math.min(lines.length, last + context);
  if (from > lines.length) return '';
  const rows: string[] = [];
  for (let n = from; n <= to; n++) {
    const hit = n >= f.line && n <= last ? ' class="hit"' : '';
    const code = (lines[n - 1] ?? '').replace(/\r$/, '').slice(0, 400);
    rows.push(`<span${hit}><i>${n}</i>${escapeCode(code)}</span>`);
  }
  return `<pre class="excerpt"><code>${rows.join('')}</code></pre>`;
}

/** Code keeps its tabs and spaces; only the characters HTML gives meaning to, and control characters, change. */
function escapeCode(line: string): string {
  return line
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, '\ufffd');
}

/** Rule metadata marks code with backticks, as Markdown does: show it as code (after escaping). */
function metaText(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function docsLink(url: string, label: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${label}</a>` : label;
}

export function renderHtml(report: Report, opts: HtmlOptions = {}): string {
  const maxPerRule = opts.maxPerRule ?? 50;
  const context = opts.context ?? 2;
  const s = report.summary;
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    // Nothing may load from anywhere: the page is data only.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>lkm-audit: ${escapeHtml(report.root)} — ${report.score}/100 (${escapeHtml(report.grade)})</title>`,
    `<style>${HTML_CSS}</style></head><body><main>`,
    '<header>',
    `<h1>Upstream readiness of <code>${escapeHtml(report.root)}</code></h1>`,
    `<p class="muted">lkm-audit ${escapeHtml(report.tool.version)} · ${report.modules.length} module${report.modules.length === 1 ? '' : 's'}${report.modules.length ? ` (${report.modules.map((m) => escapeHtml(m.name)).join(', ')})` : ''} · ${s.filesScanned} files scanned</p>`,
    '<div class="headline">',
    `<div class="score" id="score" data-score="${report.score}">${report.score}<small>/100</small></div>`,
    `<div class="grade grade-${escapeHtml(report.grade)}" id="grade" title="grade">${escapeHtml(report.grade)}</div>`,
    `<div><strong>${s.errors} error${s.errors === 1 ? '' : 's'}</strong> · ${s.warnings} warning${s.warnings === 1 ? '' : 's'} · ${s.notes} note${s.notes === 1 ? '' : 's'} · ${s.suppressed} suppressed</div>`,
    '</div></header>',
    '<section id="categories"><h2>Categories</h2><table><thead><tr><th>Category</th><th>Score</th><th class="num"></th><th class="num">Findings</th><th>Why points were lost</th></tr></thead><tbody>',
  ];
  for (const [name, c] of Object.entries(report.categories)) {
    if (!c) continue;
    out.push(
      `<tr data-category="${escapeHtml(name)}"><td>${escapeHtml(name)}</td><td><div class="bar" role="img" aria-label="${escapeHtml(name)} ${c.score} of 100"><span class="${scoreClass(c.score)}" style="width:${Math.max(0, Math.min(100, c.score))}%"></span></div></td><td class="num">${c.score}</td><td class="num">${c.findings}</td><td>${escapeHtml(c.reason ?? '')}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  out.push('<section id="kernels"><h2>Kernel versions</h2>', renderKernelAxis(report.kernels), '</section>');
  if (opts.history && opts.history.entries.length > 0) {
    out.push('<section id="trend" class="trend"><h2>Trend</h2>', renderTrendSvg(opts.history).replace(/<\?xml[^>]*>/, ''), '</section>');
  }
  out.push('<section id="findings"><h2>Findings by rule</h2>');
  const groups = groupByRule(report.findings);
  if (groups.length === 0) out.push('<p>No findings.</p>');
  for (const g of groups) {
    const info = ruleTitle(opts.rules, g.ruleId);
    const help = g.findings[0]?.help ?? info?.docs ?? '';
    out.push(
      `<details class="rule" id="rule-${escapeHtml(g.ruleId.replace('/', '-'))}" open><summary><span class="sev sev-${g.severity}">${g.severity}</span> ${docsLink(help, `<code>${escapeHtml(g.ruleId)}</code>`)} ${info ? escapeHtml(info.title) : ''} <span class="muted">(${g.findings.length})</span></summary><div>`,
    );
    if (info) out.push(`<p>${metaText(info.why)}</p>`, info.fix ? `<p><strong>Fix:</strong> ${metaText(info.fix)}</p>` : '');
    out.push('<ol class="findings">');
    for (const f of g.findings.slice(0, maxPerRule)) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : 'repository';
      const kernel = f.kernel ? ` <span class="muted">(kernel ${escapeHtml(f.kernel)})</span>` : '';
      out.push(
        `<li><div class="loc">${escapeHtml(where)}</div><div class="msg">${escapeHtml(f.message)}${kernel}</div>${excerpt(f, opts.source, context)}</li>`,
      );
    }
    out.push('</ol>');
    if (g.findings.length > maxPerRule) out.push(`<p class="muted">… and ${g.findings.length - maxPerRule} more.</p>`);
    out.push('</div></details>');
  }
  out.push('</section>');
  if (report.notes.length) {
    out.push('<section id="notes"><h2>What the audit could not conclude</h2><ul>');
    for (const n of report.notes.slice(0, 100))
      out.push(`<li>${n.file ? `<code>${escapeHtml(n.file)}${n.line ? `:${n.line}` : ''}</code>: ` : ''}${escapeHtml(n.message)}</li>`);
    if (report.notes.length > 100) out.push(`<li class="muted">… and ${report.notes.length - 100} more.</li>`);
    out.push('</ul></section>');
  }
  out.push(
    `<footer>Generated by lkm-audit ${escapeHtml(report.tool.version)}. Rule documentation: ${docsLink('https://github.com/lkm-audit/lkm-audit/blob/main/docs/rules.md', 'docs/rules.md')}.</footer>`,
  );
  out.push('</main></body></html>');
  return `${out.join('\n')}\n`;
}
