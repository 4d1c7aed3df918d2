// The HTML report in a real headless Chromium: what a person sees on examples/hello and on a large real driver
// (LKM_LARGE_REPO, else the Realtek rtlwifi drivers of the Linux source tree when it is there). Screenshots land in
// .test-output/html/ to be looked at; size and render time are printed.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { aggregate, renderAggregateHtml } from '../../src/report/aggregate.js';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/types.js';
import { allRules } from '../../src/rules/index.js';
import { dumpDom, findChromium, pngColours, screenshot } from '../helpers/browser.js';
import { python3Available } from '../helpers/svg-parse.js';
import { testOutputDir } from '../helpers/temp-dist.js';
import { linuxSource61 } from '../helpers/linux-source.js';

const chromium = findChromium();
if (!chromium) console.warn('HTML browser tests skipped: no chromium installed (Debian: apt-get install -y chromium)');
const canReadPng = python3Available();

const LINUX_REALTEK = `${linuxSource61() ?? '/work/linux-6.1'}/drivers/net/wireless/realtek/rtlwifi`;
const large = process.env.LKM_LARGE_REPO ?? (existsSync(LINUX_REALTEK) ? LINUX_REALTEK : undefined);
if (!large) console.warn('HTML browser test on a large repository skipped: set LKM_LARGE_REPO to a module repository');

const out = testOutputDir('html');

async function page(name: string, root: string): Promise<{ file: string; report: Report; bytes: number; renderMs: number }> {
  const { report, model } = await audit(root);
  const started = performance.now();
  const html = renderHtml(report, { rules: allRules, source: (f) => model.scan.files.get(f)?.text });
  const renderMs = performance.now() - started;
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}.html`);
  writeFileSync(file, html);
  return { file, report, bytes: statSync(file).size, renderMs };
}

/** Text content of the DOM dump, tags gone and entities read, as a person would read the words. */
function visibleText(dom: string): string {
  return dom
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function checkInBrowser(name: string, p: Awaited<ReturnType<typeof page>>): void {
  const bin = chromium as string;
  const url = pathToFileURL(p.file).href;
  const blank = dumpDom(bin, 'about:blank');
  const dom = dumpDom(bin, url);
  expect(dom.status, dom.stderr).toBe(0);
  const text = visibleText(dom.stdout);
  // What a person looks for: the score and grade, each category with its score, the kernel axis, the findings.
  expect(dom.stdout).toContain(`id="score" data-score="${p.report.score}"`);
  expect(text).toContain(`${p.report.score} /100`);
  for (const [c, v] of Object.entries(p.report.categories)) {
    expect(dom.stdout).toMatch(new RegExp(`<tr data-category="${c}"><td>${c}</td>.*?<td class="num">${v?.score}</td>`));
  }
  expect(text).toContain('Kernel versions');
  expect(dom.stdout).toMatch(/<svg class="kernel-axis"|data-kernel-axis="empty"/);
  const shot = path.join(out, `${name}.png`);
  const light = screenshot(bin, url, shot);
  const darkShot = path.join(out, `${name}-dark.png`);
  screenshot(bin, url, darkShot, { dark: true });
  expect(existsSync(shot), light.stderr).toBe(true);
  console.info(
    `${name}: ${(p.bytes / 1024).toFixed(1)} KiB HTML, ${p.report.findings.length} findings; rendered to HTML in ${p.renderMs.toFixed(0)} ms; ` +
      `Chromium load+layout ${dom.ms} ms (about:blank ${blank.ms} ms, so the page itself ~${Math.max(0, dom.ms - blank.ms)} ms), screenshot ${light.ms} ms -> ${shot}`,
  );
  if (!canReadPng) {
    console.warn('screenshot colour check skipped: python3 is not installed');
    return;
  }
  const lightPx = pngColours(shot);
  const darkPx = pngColours(darkShot);
  expect(lightPx.width).toBe(1100);
  const share = (px: typeof lightPx, colour: string) => (px.colours[colour] ?? 0) / Object.values(px.colours).reduce((a, b) => a + b, 0);
  // The page background is white in light mode and GitHub's dark in dark mode; the grade's box shows its colour.
  expect(share(lightPx, '#ffffff')).toBeGreaterThan(0.4);
  expect(share(darkPx, '#0d1117')).toBeGreaterThan(0.4);
  const gradeColour = { A: '#1a7f37', B: '#4c9a2a', C: '#9a6700', D: '#bc4c00', E: '#cf222e', F: '#cf222e' }[p.report.grade] as string;
  expect(lightPx.colours[gradeColour] ?? 0).toBeGreaterThan(50);
}

describe.skipIf(!chromium)('HTML report in Chromium', () => {
  it('examples/hello: score, grade, categories and the kernel axis as a person sees them', async () => {
    const p = await page('hello', 'examples/hello');
    checkInBrowser('hello', p);
  }, 180_000);

  it('a fixture with findings: grouped by rule, with the code excerpt on screen', async () => {
    const p = await page('findings', 'test/fixtures/compat-removed-api');
    expect(p.report.findings.length).toBeGreaterThan(0);
    checkInBrowser('findings', p);
    const dom = dumpDom(chromium as string, pathToFileURL(p.file).href).stdout;
    const withLine = p.report.findings.find((f) => f.file && f.line) as Report['findings'][number];
    expect(dom).toContain(`id="rule-${withLine.ruleId.replace('/', '-')}"`);
    expect(dom).toMatch(new RegExp(`<span class="hit"><i>${withLine.line}</i>`));
  }, 180_000);

  it("the fleet table: its sorting script runs under the page's Content-Security-Policy", async () => {
    const { report } = await audit('examples/hello');
    const html = renderAggregateHtml(aggregate([{ name: 'org/hello', report }], '1'));
    mkdirSync(out, { recursive: true });
    const file = path.join(out, 'fleet.html');
    writeFileSync(file, html);
    const dom = dumpDom(chromium as string, pathToFileURL(file).href);
    // The script marks each header sortable: present in the DOM only when it ran.
    expect(dom.stdout).toContain('<th tabindex="0" title="sort">Repository</th>');
    expect(html).not.toContain('<th tabindex');
  }, 120_000);

  it.skipIf(!large)(
    'a large real driver: everything still shows, with size and time printed',
    async () => {
      const p = await page('large', large as string);
      expect(p.report.summary.filesScanned).toBeGreaterThan(50);
      checkInBrowser('large', p);
      const dom = dumpDom(chromium as string, pathToFileURL(p.file).href).stdout;
      // A finding's excerpt, as rendered: the first listed finding with a line.
      expect(dom).toMatch(/<pre class="excerpt"><code><span( class="hit")?><i>\d+<\/i>/);
    },
    600_000,
  );
});
