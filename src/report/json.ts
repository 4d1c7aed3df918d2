// The JSON report: the contract of ARCHITECTURE.md, validated by schema/report.schema.json.

import type { Report } from './types.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
