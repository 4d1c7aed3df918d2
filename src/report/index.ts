// Output formats by name; each is a pure renderer of one Report.

import { allRules } from '../rules/index.js';
import { renderBadge } from './badge.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'badge'] as const;
export type Format = (typeof FORMATS)[number];

export function render(format: Format, report: Report, opts: { color: boolean; all?: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return formatSarif(report, { rules: allRules });
    case 'markdown':
      return renderMarkdown(report, { rules: allRules, budget: opts.all ? false : undefined });
    case 'badge':
      return renderBadge(report);
    default:
      return renderText(report, {
        color: opts.color,
        hints: new Map(allRules.map((r) => [r.id, r.fix])),
        budget: opts.all ? false : undefined,
      });
  }
}
