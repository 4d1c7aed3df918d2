// The HTML report, the kernel axis and the self-drawn badge over real audits: self-contained, escaped, complete.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { main } from '../../src/cli.js';
import { renderBadgeSvg } from '../../src/report/badge-svg.js';
import { renderHtml } from '../../src/report/html.js';
import { parseRange, renderKernelAxis } from '../../src/report/kernel-axis.js';
import { allRules } from '../../src/rules/index.js';
import { GOOD_MODULE, writeRepo } from '../helpers/rule-tester.js';
import { parseSvgFile, python3Available } from '../helpers/svg-parse.js';
import { testOutputDir } from '../helpers/temp-dist.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A module whose file names, strings and code try to break out of the page. */
function hostileRepo(): string {
  const c = GOOD_MODULE['good.c']
    .replace('MODULE_LICENSE("GPL");', `MODULE_LICENSE("${HOSTILE}");`)
    .replace('pr_info("good: loaded\\n");', 'pr_info("</pre><script>alert(2)</script>\\n");\n\tcopy_from_user(0, 0, 1);');
  return writeRepo({ ...GOOD_MODULE, 'good.c': c, 'x"><script>alert(3)</script>.c': 'int x;\n' });
}

/** Every URL the page would load or link to. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
}

describe('HTML report', () => {
  it('escapes everything from the repository and loads nothing from anywhere', async () => {
    const { report, model } = await audit(hostileRepo());
    const html = renderHtml(report, { rules: allRules, source: (f) => model.scan.files.get(f)?.text });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    for (const u of urls(html))
      expect(u).toMatch(/^https:\/\/github\.com\/lkm-audit\/lkm-audit\/blob\/main\/docs\/rules\.md(#[a-z0-9-]+)?$/);
  });

  it('shows score, grade, every category, the kernel axis and findings grouped by rule with excerpts', async () => {
    const { report, model } = await audit(hostileRepo());
    const html = renderHtml(report, { rules: allRules, source: (f) => model.scan.files.get(f)?.text });
    expect(html).toContain(`id="score" data-score="${report.score}">${report.score}<small>/100</small>`);
    expect(html).toContain(`id="grade" title="grade">${report.grade}<`);
    for (const c of Object.keys(report.categories)) expect(html).toContain(`data-category="${c}"`);
    expect(html).toMatch(
      /<section id="kernels"><h2>Kernel versions<\/h2>\n(<svg class="kernel-axis"|<p class="muted" data-kernel-axis="empty")/,
    );
    const security = report.findings.find((f) => f.ruleId === 'security/unchecked-user-copy');
    expect(security?.line).toBeGreaterThan(0);
    expect(html).toContain('id="rule-security-unchecked-user-copy"');
    expect(html).toMatch(new RegExp(`<span class="hit"><i>${security?.line}</i>\\tcopy_from_user\\(0, 0, 1\\);</span>`));
    expect(html).toContain('href="https://github.com/lkm-audit/lkm-audit/blob/main/docs/rules.md#security-unchecked-user-copy"');
  });

  it('draws the trend from a history, and caps long rules', async () => {
    const { report } = await audit(writeRepo(GOOD_MODULE));
    const history = {
      tool: { name: 'lkm-audit' as const, version: '1' },
      kind: 'lkm-audit-history' as const,
      entries: [
        { sha: 'a'.repeat(40), date: '2024-01-01T00:00:00Z', subject: HOSTILE, score: 40, grade: 'F', categories: { docs: 20 } },
        { sha: 'b'.repeat(40), date: '2024-02-01T00:00:00Z', score: 90, grade: 'A', categories: { docs: 100 } },
      ],
    };
    const html = renderHtml(report, { history });
    expect(html).toContain('<section id="trend"');
    expect(html).toContain('data-score="40"');
    expect(html).not.toContain('<img');
    const many = {
      ...report,
      findings: Array.from({ length: 80 }, (_, i) => ({
        ruleId: 'style/line-length',
        severity: 'note' as const,
        file: `f${i}.c`,
        line: 1,
        message: 'm',
        help: '',
      })),
    };
    const capped = renderHtml(many, { maxPerRule: 50 });
    expect(capped.match(/<li>/g)).toHaveLength(50);
    expect(capped).toContain('… and 30 more.');
  });

  it('is what the CLI writes with --format html and --history; a bad history file is a usage error', async () => {
    const root = writeRepo(GOOD_MODULE);
    const hist = path.join(root, '..', `${path.basename(root)}-h.json`);
    writeFileSync(hist, JSON.stringify({ kind: 'lkm-audit-history', entries: [{ date: '2024-01-01', score: 50, categories: {} }] }));
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), isTTY: false, env: {} };
    expect(await main([root, '--format', 'html', '--history', hist, '--fail-on', 'never'], io)).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain('<section id="trend"');
    expect(await main([root, '--format', 'json', '--history', hist], io)).toBe(2);
    expect(err).toContain('--history draws the trend of the HTML report: use it with --format html');
    writeFileSync(hist, '[1,2');
    expect(await main([root, '--format', 'html', '--history', hist], io)).toBe(2);
    expect(err).toContain(`--history ${hist}: not JSON`);
  });
});

describe('kernel axis', () => {
  it('reads the report forms of a range', () => {
    expect(parseRange('5.10-6.12')).toEqual({ min: [5, 10], max: [6, 12] });
    expect(parseRange('5.4+')).toEqual({ min: [5, 4] });
    expect(parseRange('up to 6.1')).toEqual({ max: [6, 1] });
    expect(parseRange('6.6')).toEqual({ min: [6, 6], max: [6, 6] });
    expect(parseRange(null)).toBeUndefined();
  });

  it('puts declared, tested and implied versions on one axis, in order', () => {
    const svg = renderKernelAxis({ declared: '5.10-6.12', tested: ['5.15', '6.1'], implied: { min: '5.6', max: null } });
    const xOf = (v: string) =>
      Number(new RegExp(`<circle class="end [a-z]+" cx="([\\d.]+)"[^>]*><title>${v.replace('.', '\\.')}</title>`).exec(svg)?.[1]);
    expect(xOf('5.6')).toBeLessThan(xOf('5.10'));
    expect(xOf('5.10')).toBeLessThan(xOf('5.15'));
    expect(xOf('5.15')).toBeLessThan(xOf('6.1'));
    expect(xOf('6.1')).toBeLessThan(xOf('6.12'));
    expect(svg).toContain('Implied by APIs: <tspan class="row-value">≥ 5.6</tspan>');
    expect(renderKernelAxis({ declared: null, tested: [], implied: { min: null, max: null } })).toContain('data-kernel-axis="empty"');
  });
});

describe('SVG badge', () => {
  it('is well-formed SVG naming score and grade, with the grade colour and no script', () => {
    const text = renderBadgeSvg({ score: 87, grade: 'B' });
    expect(text).toContain('aria-label="upstream readiness: B (87/100)"');
    expect(text).toContain('fill="#97ca00"');
    expect(text).not.toMatch(/<script|href=/);
    if (!python3Available()) {
      console.warn('badge XML parse skipped: python3 is not installed');
      return;
    }
    const dir = testOutputDir('badge');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'badge.svg'), text);
    const svg = parseSvgFile(path.join(dir, 'badge.svg'));
    expect(svg.scripts).toBe(0);
    expect(svg.texts).toEqual(['upstream readiness', 'upstream readiness', 'B (87/100)', 'B (87/100)']);
    expect(Number(svg.width)).toBeGreaterThan(150);
  });
});
