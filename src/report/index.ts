// Output formats by name; each is a pure renderer of one Report.

import { allRules } from '../rules/index.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export function render(format: Format, report: Report, opts: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    default:
      return renderText(report, { color: opts.color, hints: new Map(allRules.map((r) => [r.id, r.fix])) });
  }
}
