// Golden files for the renderers: one fixed report rendered each way. `UPDATE_GOLDEN=1` rewrites them; review the
// diff like code.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnnotations, selectInline } from '../../src/report/annotations.js';
import { checkRunOutput } from '../../src/report/checkrun.js';
import { renderComment } from '../../src/report/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { sampleFindings, sampleLinks, sampleReport, sampleRules } from './sample-report.js';

function golden(name: string, actual: string): void {
  const file = path.join(__dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden files', () => {
  const report = sampleReport();

  it('markdown summary (CLI form, no links)', () => {
    golden('summary.md', renderMarkdown(report, { rules: sampleRules }));
  });

  it('markdown summary with links to the commit', () => {
    golden('summary-linked.md', renderMarkdown(report, { rules: sampleRules, links: sampleLinks }));
  });

  it('SARIF', () => {
    const text = formatSarif(report, { rules: sampleRules, pathPrefix: 'driver' });
    // Pretty-printed for a readable golden file; the file itself is compact.
    golden('report.sarif', `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('PR comment with score change, new and fixed', () => {
    const base = sampleReport(sampleFindings.slice(2));
    const body = renderComment(report, {
      links: sampleLinks,
      base: { score: 75, grade: 'C' },
      added: sampleFindings.slice(0, 2),
      fixed: [{ ...sampleFindings[4], line: 9, message: 'trailing whitespace (line 9)' }],
      runUrl: 'https://github.com/octo/driver/actions/runs/42',
    });
    expect(base.findings).toHaveLength(3);
    golden('comment.md', body);
  });

  it('check-run output and annotations', () => {
    const output = checkRunOutput(report, { rules: sampleRules, links: sampleLinks });
    golden(
      'checkrun.json',
      `${JSON.stringify({ ...output, annotations: checkAnnotations(report, report.findings, 'driver') }, null, 2)}\n`,
    );
  });

  it('inline annotations', () => {
    golden('inline.json', `${JSON.stringify(selectInline(report.findings, 'driver'), null, 2)}\n`);
  });
});
