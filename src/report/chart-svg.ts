// The trend as a self-contained SVG line chart: the score (thick) and each category (thin) over the entries of a
// history. No script, no external font or image; colours follow prefers-color-scheme, so the same file reads on a
// light and a dark page. Every text from the history is escaped.

import { escapeHtml } from './escape.js';
import type { HistoryDoc } from './history.js';

/** Category lines: mid-tone colours that keep their contrast on white and on near-black. */
const PALETTE = ['#e4572e', '#17a398', '#f3a712', '#8e6cc4', '#2e86de', '#d63384', '#a1887f', '#43a047', '#26c6da', '#b5b52b', '#ff8f00'];
/** Past six categories, lines are also dashed so neighbours in colour stay apart. */
const dash = (i: number) => (i >= 6 ? ' stroke-dasharray="6 3"' : '');

export interface ChartOptions {
  width?: number;
  height?: number;
  title?: string;
  /** Draw the categories too (default true). */
  categories?: boolean;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function renderTrendSvg(doc: HistoryDoc, opts: ChartOptions = {}): string {
  const width = opts.width ?? 760;
  const height = opts.height ?? 340;
  const legendWidth = 150;
  const pad = { left: 44, right: 16 + legendWidth, top: 36, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const entries = doc.entries;
  const n = entries.length;
  const x = (i: number) => r1(pad.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const y = (v: number) => r1(pad.top + plotH - (v * plotH) / 100);
  const title = opts.title ?? 'Upstream-readiness score over time';

  const out: string[] = [
    `<svg class="lkm-trend" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="lkm-trend-title">`,
    `<title id="lkm-trend-title">${escapeHtml(title)}</title>`,
    '<style>',
    // Class names are prefixed: the SVG's style also applies to a page that inlines it (the HTML report).
    '.lkt-bg{fill:#ffffff}.lkt-fg{fill:#1f2328}.lkt-muted{fill:#59636e}.lkt-grid{stroke:#d1d9e0;stroke-width:1}',
    '.lkt-score{stroke:#1f2328;stroke-width:3;fill:none}.lkt-dot{fill:#1f2328}.lkt-cat{stroke-width:1.5;fill:none;opacity:.85}',
    '.lkt-fail{stroke:#cf222e;stroke-width:2}.lkm-trend text{font:12px system-ui,-apple-system,"Segoe UI",sans-serif}',
    '.lkm-trend .lkt-h{font-weight:600;font-size:14px}',
    '@media (prefers-color-scheme: dark){.lkt-bg{fill:#0d1117}.lkt-fg{fill:#e6edf3}.lkt-muted{fill:#9198a1}.lkt-grid{stroke:#3d444d}',
    '.lkt-score{stroke:#e6edf3}.lkt-dot{fill:#e6edf3}.lkt-fail{stroke:#ff7b72}}',
    '</style>',
    `<rect class="lkt-bg" width="${width}" height="${height}" rx="6"/>`,
    `<text class="lkt-fg lkt-h" x="${pad.left}" y="22">${escapeHtml(title)}</text>`,
  ];
  for (const v of [0, 25, 50, 75, 100]) {
    out.push(`<line class="lkt-grid" x1="${pad.left}" x2="${pad.left + plotW}" y1="${y(v)}" y2="${y(v)}"/>`);
    out.push(`<text class="lkt-muted" x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  // Date labels where they fit (about 70 px each), always the first and the last.
  const labelW = 70;
  const shown: number[] = [];
  const left = (i: number) => x(i) - (n > 1 && i === 0 ? 0 : n > 1 && i === n - 1 ? labelW : labelW / 2);
  entries.forEach((_, i) => {
    const last = shown[shown.length - 1];
    if (last === undefined || left(i) >= left(last) + labelW + 8) shown.push(i);
  });
  if (n > 1 && shown[shown.length - 1] !== n - 1) {
    while (shown.length > 1 && left(n - 1) < left(shown[shown.length - 1]) + labelW + 8) shown.pop();
    shown.push(n - 1);
  }
  for (const i of shown) {
    const anchor = n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle';
    out.push(
      `<text class="lkt-muted" x="${x(i)}" y="${pad.top + plotH + 18}" text-anchor="${anchor}">${escapeHtml(entries[i].date.slice(0, 10))}</text>`,
    );
  }
  if (n === 0)
    out.push(`<text class="lkt-muted" x="${pad.left + plotW / 2}" y="${pad.top + plotH / 2}" text-anchor="middle">no data</text>`);

  const categories = opts.categories === false ? [] : [...new Set(entries.flatMap((e) => Object.keys(e.categories)))].sort();
  const legend: { name: string; cls: string; color?: string; dash?: string }[] = [{ name: 'score', cls: 'lkt-score' }];
  categories.forEach((name, ci) => {
    const color = PALETTE[ci % PALETTE.length];
    legend.push({ name, cls: 'lkt-cat', color, dash: dash(ci) });
    for (const seg of segments(entries.map((e) => (e.score === null ? null : (e.categories[name] ?? null))))) {
      out.push(
        `<polyline class="lkt-cat" data-series="${escapeHtml(name)}" stroke="${color}"${dash(ci)} points="${seg.map((i) => `${x(i)},${y(entries[i].categories[name])}`).join(' ')}"/>`,
      );
    }
  });
  for (const seg of segments(entries.map((e) => e.score))) {
    out.push(
      `<polyline class="lkt-score" data-series="score" points="${seg.map((i) => `${x(i)},${y(entries[i].score as number)}`).join(' ')}"/>`,
    );
  }
  entries.forEach((e, i) => {
    const what = `${e.sha ? `${e.sha.slice(0, 7)} ` : ''}${e.date.slice(0, 10)}${e.subject ? ` ${e.subject}` : ''}`;
    if (e.score === null) {
      const cx = x(i);
      const cy = y(0);
      out.push(
        `<g class="lkt-fail"><title>${escapeHtml(`${what}: not audited${e.error ? ` (${e.error})` : ''}`)}</title><line x1="${cx - 4}" y1="${cy - 4}" x2="${cx + 4}" y2="${cy + 4}"/><line x1="${cx - 4}" y1="${cy + 4}" x2="${cx + 4}" y2="${cy - 4}"/></g>`,
      );
      return;
    }
    out.push(
      `<circle class="lkt-dot" data-score="${e.score}" cx="${x(i)}" cy="${y(e.score)}" r="3"><title>${escapeHtml(`${what}: ${e.score} (${e.grade ?? ''})`)}</title></circle>`,
    );
  });
  const lx = width - legendWidth + 4;
  legend.forEach((item, li) => {
    const ly = pad.top + li * 18;
    const stroke = item.color ? ` stroke="${item.color}"` : '';
    out.push(`<line class="${item.cls}" x1="${lx}" x2="${lx + 18}" y1="${ly}" y2="${ly}"${stroke}${item.dash ?? ''}/>`);
    out.push(`<text class="lkt-fg" x="${lx + 24}" y="${ly + 4}">${escapeHtml(item.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Runs of consecutive indices whose value is known: a revision that could not be audited breaks the line. */
function segments(values: (number | null | undefined)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (typeof v === 'number') run.push(i);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}
