// Properties of the renderers that golden files cannot show: limits, stability, escaping.

import { describe, expect, it } from 'vitest';
import { selectInline } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { byteLength, escapeMarkdown, truncateBytes } from '../../src/report/escape.js';
import { diffFindings, fingerprints } from '../../src/report/fingerprint.js';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { renderJson } from '../../src/report/json.js';
import type { Finding } from '../../src/types.js';
import { sampleFindings, sampleReport, sampleRules } from './sample-report.js';

function many(n: number, message = 'x'.repeat(200)): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'style/trailing-whitespace',
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'note',
    file: `dir/file${i % 97}.c`,
    line: i + 1,
    message: `${message} ${i}`,
    help: 'https://example.com/rules#x',
  }));
}

describe('fingerprints', () => {
  it('do not change when unrelated edits move the lines', () => {
    const moved = sampleFindings.map((f) => ({
      ...f,
      line: f.line && f.line + 7,
      endLine: f.endLine && f.endLine + 7,
      message: f.message.replace(/line (\d+)/g, (_, n) => `line ${Number(n) + 7}`),
    }));
    expect(fingerprints(moved)).toEqual(fingerprints(sampleFindings));
    expect(diffFindings(sampleFindings, moved)).toEqual({ added: [], fixed: [] });
  });

  it('tell identical findings apart by order, and different rules or files apart', () => {
    const twice = [sampleFindings[4], { ...sampleFindings[4], line: 90 }];
    const prints = fingerprints(twice);
    expect(new Set(prints).size).toBe(2);
    const other = fingerprints([{ ...sampleFindings[4], file: 'other.c' }])[0];
    expect(prints).not.toContain(other);
  });

  it('diff finds what a change added and fixed', () => {
    const base = sampleFindings.slice(1);
    const head = sampleFindings.slice(0, 4);
    const diff = diffFindings(base, head);
    expect(diff.added).toEqual([sampleFindings[0]]);
    expect(diff.fixed).toEqual([sampleFindings[4]]);
  });
});

describe('SARIF', () => {
  it('lists every given rule, and every result points at its rule and a location', () => {
    const log = renderSarif(sampleReport(), { rules: sampleRules });
    const run = log.runs[0];
    const rules = run.tool.driver.rules ?? [];
    for (const rule of sampleRules) expect(rules.map((r) => r.id)).toContain(rule.id);
    for (const result of run.results ?? []) {
      expect(rules[result.ruleIndex as number].id).toBe(result.ruleId);
      expect(result.locations?.[0].physicalLocation?.region?.startLine).toBeGreaterThan(0);
      expect(Object.keys(result.partialFingerprints ?? {})).toEqual(['lkmAudit/v1']);
    }
  });

  it('keeps within 25,000 results and the size limit, most important first, and says so', () => {
    const report = sampleReport(many(26_000, 'short'));
    const log = renderSarif(report, { rules: sampleRules });
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(log.runs[0].results?.every((r, i, all) => i === 0 || r.level !== 'error' || all[i - 1].level === 'error')).toBe(true);
    expect(log.runs[0].invocations?.[0].toolExecutionNotifications?.[0].message.text).toMatch(/1000 of 26000 results were left out/);
    // Long messages hit the byte limit before the count limit.
    const big = renderSarif(sampleReport(many(26_000)), { rules: sampleRules });
    expect(Buffer.byteLength(JSON.stringify(big))).toBeLessThanOrEqual(10_000_000);
    expect(big.runs[0].results?.length).toBeLessThan(25_000);
    const small = renderSarif(report, { rules: sampleRules, maxBytes: 200_000 });
    expect(Buffer.byteLength(JSON.stringify(small))).toBeLessThanOrEqual(200_000);
    expect(small.runs[0].results?.length).toBeGreaterThan(0);
  });
});

describe('size limits', () => {
  it('the job summary stays under 1 MiB and says how many findings it left out', () => {
    const md = renderMarkdown(sampleReport(many(20_000)), { rules: sampleRules, budget: false });
    expect(byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).toMatch(/\d+ more findings not shown here/);
  });

  it('the PR comment stays under 65,536 characters', () => {
    // What the pull request added is listed in full (within the size cap), never cut to the per-rule budget.
    const findings = many(5_000);
    const body = renderComment(sampleReport(findings), { added: findings.slice(0, 3000), fixed: findings.slice(3000) });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/more findings not listed here/);
  });

  it('truncation never splits a character', () => {
    expect(truncateBytes('ab🔴', 4)).toBe('ab');
    expect(truncateBytes('ab🔴', 6)).toBe('ab🔴');
  });
});

describe('inline annotations', () => {
  it('at most 10 errors, 9 warnings (one slot kept for an API warning) and 10 notices, errors first', () => {
    const { shown, hidden } = selectInline(many(300));
    const count = (s: string) => shown.filter((a) => a.severity === s).length;
    expect([count('error'), count('warning'), count('note')]).toEqual([10, 9, 10]);
    expect(hidden).toBe(300 - 29);
    expect(shown[0].severity).toBe('error');
  });
});

describe('escaping', () => {
  it('leaves no HTML tag, link or mention in text from a repository', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat | `code` *b* \n# heading';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/[<>\n]/);
    expect(out).not.toMatch(/(^|[^\\])[[\]()|`*]/);
    expect(out).not.toContain('@o');
  });
});

describe('budget view: the top findings per rule, then "and N more"', () => {
  const flood = (ruleId: string, severity: Finding['severity'], n: number): Finding[] =>
    Array.from({ length: n }, (_, i) => ({ ruleId, severity, file: `f${i}.c`, line: 1, message: `${ruleId} ${i}`, help: '' }));
  const findings = [
    ...flood('style/line-length', 'note', 400),
    ...flood('compat/missing-version-header', 'warning', 30),
    ...flood('license/missing-module-license', 'error', 2),
  ];
  const report = sampleReport(findings);

  it('text lists at most 60 findings, errors first, and counts the rest per rule', () => {
    const text = renderText(report, { color: false, hints: new Map() });
    const lines = text.split('\n').filter((l) => /^\S+: (error|warning|note): /.test(l));
    expect(lines).toHaveLength(2 + 10 + 3);
    expect(lines[0]).toMatch(/: error: license\/missing-module-license 0 \[license\/missing-module-license\]$/);
    expect(text).toContain('and 20 more warnings of compat/missing-version-header');
    expect(text).toContain('and 397 more notes of style/line-length');
  });

  it('text lists everything when asked', () => {
    const text = renderText(report, { color: false, hints: new Map(), budget: false });
    expect(text.split('\n').filter((l) => /^\S+: (error|warning|note): /.test(l))).toHaveLength(432);
    expect(text).not.toContain('more notes of style/line-length');
  });

  it('the Markdown summary and the PR comment show the budget, JSON and SARIF keep every finding', () => {
    const md = renderMarkdown(report, { rules: sampleRules });
    expect(md).toContain('… and 397 more findings of this rule');
    expect(md.split('\n').filter((l) => l.startsWith('| 🔵 note | f'))).toHaveLength(3);
    const comment = renderComment(report, {});
    expect(comment).toContain('… and 20 more findings of this rule');
    expect(JSON.parse(renderJson(report)).findings).toHaveLength(432);
    expect(renderSarif(report, { rules: sampleRules }).runs[0].results).toHaveLength(432);
  });
});
