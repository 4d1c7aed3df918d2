// Output formats by name; each is a pure renderer of one Report.

import { allRules } from '../rules/index.js';
import { renderBadge } from './badge.js';
import { renderBadgeSvg } from './badge-svg.js';
import type { HistoryDoc } from './history.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html', 'badge', 'badge-svg'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  /** Every finding, not the top ones per rule (text and Markdown). */
  all?: boolean;
  /** The HTML report's trend. */
  history?: HistoryDoc;
  /** A file's text as the audit read it, for the HTML report's code excerpts. */
  source?: (file: string) => string | undefined;
}

export function render(format: Format, report: Report, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return formatSarif(report, { rules: allRules });
    case 'markdown':
      return renderMarkdown(report, { rules: allRules, budget: opts.all ? false : undefined });
    case 'html':
      return renderHtml(report, { rules: allRules, history: opts.history, source: opts.source });
    case 'badge':
      return renderBadge(report);
    case 'badge-svg':
      return renderBadgeSvg(report);
    default:
      return renderText(report, {
        color: opts.color,
        hints: new Map(allRules.map((r) => [r.id, r.fix])),
        budget: opts.all ? false : undefined,
      });
  }
}
