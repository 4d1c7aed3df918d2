// The trend as a Mermaid `xychart-beta` block: GitHub renders Mermaid in job summaries and PR comments. xychart has
// no legend, so it draws the score alone; the SVG chart draws the categories too.

import type { HistoryDoc } from './history.js';

/** A label inside the chart's quoted list: no quotes, brackets or line breaks can reach Mermaid. */
function label(text: string, max = 24): string {
  return text.replace(/["\\[\]\r\n`]/g, '').slice(0, max);
}

export function mermaidTrend(doc: HistoryDoc, title = 'Upstream-readiness score'): string {
  const points = doc.entries.filter((e) => e.score !== null);
  if (points.length === 0) return '_No audited revision to draw._';
  // Dates alone repeat when several samples share a day: add the commit when they do.
  const days = points.map((e) => e.date.slice(0, 10));
  const labels = points.map((e, i) =>
    days.filter((d) => d === days[i]).length > 1 && e.sha ? `${days[i]} ${e.sha.slice(0, 7)}` : days[i],
  );
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${label(title, 80)}"`,
    `  x-axis [${labels.map((l) => `"${label(l)}"`).join(', ')}]`,
    '  y-axis "Score" 0 --> 100',
    `  line [${points.map((e) => e.score).join(', ')}]`,
    '```',
  ].join('\n');
}
