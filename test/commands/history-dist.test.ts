// `lkm-audit history` as users run it: the bundle as a process, revisions audited in parallel on worker threads,
// the SVG chart read by a real XML parser. A real repository's history too, when LKM_HISTORY_REPO names a clone.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryDoc } from '../../src/report/history.js';
import { makeHistory, type Step } from '../helpers/git-history.js';
import { GOOD_MODULE } from '../helpers/rule-tester.js';
import { parseSvgFile, python3Available } from '../helpers/svg-parse.js';
import { tempDistCli, testOutputDir } from '../helpers/temp-dist.js';

let cli: string;
beforeAll(() => {
  cli = tempDistCli();
}, 120_000);

function run(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 900_000 });
  return { ...r, ms: Date.now() - started };
}

/** 24 commits: the module gains parameters, some documented, some world-writable, so the score moves. */
function evolvingRepo(): string {
  const steps: Step[] = [];
  for (let i = 0; i < 24; i++) {
    const params = Array.from({ length: i % 6 }, (_, p) =>
      [`static int p${p};`, `module_param(p${p}, int, ${p % 2 ? '0666' : '0444'});`, p % 3 ? `MODULE_PARM_DESC(p${p}, "p");` : ''].join(
        '\n',
      ),
    ).join('\n');
    steps.push({
      message: `step ${i}`,
      date: new Date(Date.UTC(2023, 0, 1 + i * 9)).toISOString(),
      files: {
        ...(i === 0 ? GOOD_MODULE : {}),
        'good.c': GOOD_MODULE['good.c'].replace('module_init(good_init);', `${params}\nmodule_init(good_init);`),
      },
    });
  }
  return makeHistory(steps);
}

const hasPython = python3Available();
if (!hasPython) console.warn('history SVG parse skipped: python3 (for its XML parser) is not installed');

describe('history, bundled', () => {
  it('audits 20 of 24 revisions on worker threads and prints the rate; the JSON series and SVG chart agree', () => {
    const repo = evolvingRepo();
    const out = testOutputDir('history');
    mkdirSync(out, { recursive: true });
    // a temporary folder of its own: the worker threads end without exit handlers, and must leave nothing in it
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-hist-dist-tmp-'));
    const r = run(['history', repo, '--revisions', '20', '--format', 'json', '--output', path.join(out, 'history.json')], { TMPDIR: tmp });
    expect(r.stderr).toMatch(/^lkm-audit history: 20 of 24 revisions in [\d.]+ s \([\d.]+ revisions\/s, \d workers?\)\n$/);
    expect(readdirSync(tmp)).toEqual([]);
    console.info(r.stderr.trim());
    expect(r.status).toBe(0);
    const workers = Math.min(availableParallelism(), 20);
    expect(r.stderr).toContain(`${workers} worker${workers === 1 ? '' : 's'}`);
    const doc = JSON.parse(readFileSync(path.join(out, 'history.json'), 'utf8')) as HistoryDoc;
    expect(doc.entries).toHaveLength(20);
    expect(doc.entries[0].subject).toBe('step 0');
    expect(doc.entries[19].subject).toBe('step 23');
    expect(doc.entries.every((e) => typeof e.score === 'number' && e.categories.security !== undefined)).toBe(true);
    expect(new Set(doc.entries.map((e) => e.score)).size).toBeGreaterThan(1);

    const svgFile = path.join(out, 'history.svg');
    const s = run(['history', repo, '--revisions', '20', '--format', 'svg', '--output', svgFile, '--quiet']);
    expect(s.stderr).toBe('');
    expect(existsSync(svgFile)).toBe(true);
    if (!hasPython) return;
    const svg = parseSvgFile(svgFile);
    expect(svg.tag).toBe('{http://www.w3.org/2000/svg}svg');
    expect(svg.scripts).toBe(0);
    expect(svg.style).toContain('prefers-color-scheme: dark');
    const score = svg.polylines.filter((p) => p.series === 'score');
    expect(score).toHaveLength(1);
    expect(score[0].points).toHaveLength(20);
    // x grows with time; y is lower for a higher score (SVG's y points down).
    const xs = score[0].points.map((p) => p[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(svg.dots.map((d) => d.score)).toEqual(doc.entries.map((e) => e.score));
    for (let i = 1; i < svg.dots.length; i++)
      expect(Math.sign(svg.dots[i - 1].cy - svg.dots[i].cy)).toBe(Math.sign(svg.dots[i].score - svg.dots[i - 1].score));
    expect(svg.polylines.map((p) => p.series)).toEqual(expect.arrayContaining(['security', 'docs', 'license']));
    expect(svg.texts).toEqual(expect.arrayContaining(['score', 'security', doc.entries[0].date.slice(0, 10)]));

    const md = run(['history', repo, '--revisions', '20', '--format', 'markdown', '--quiet', '--jobs', '1']);
    expect(md.stdout).toContain('```mermaid\nxychart-beta');
    expect(md.stdout).toContain(`line [${doc.entries.map((e) => e.score).join(', ')}]`);
  }, 300_000);

  const real = process.env.LKM_HISTORY_REPO;
  if (!real) console.warn('real-repository history skipped: set LKM_HISTORY_REPO to a clone (a fetched copy) to run it');
  it.skipIf(!real)(
    'over 20 revisions of a real repository: JSON, SVG and Mermaid, with the rate',
    () => {
      const out = testOutputDir('history-real');
      mkdirSync(out, { recursive: true });
      const json = path.join(out, 'history.json');
      const r = run(['history', real as string, '--revisions', '20', '--format', 'json', '--output', json]);
      console.info(`${real}: ${r.stderr.trim()}`);
      expect(r.status).toBe(0);
      const doc = JSON.parse(readFileSync(json, 'utf8')) as HistoryDoc;
      expect(doc.entries).toHaveLength(20);
      expect(doc.entries.filter((e) => e.score !== null).length).toBeGreaterThan(15);
      for (const [format, file] of [
        ['svg', 'history.svg'],
        ['markdown', 'history.md'],
      ]) {
        const d = run(['history', '--from', json, '--format', format, '--output', path.join(out, file)]);
        expect(d.status).toBe(0);
      }
      if (hasPython) {
        const svg = parseSvgFile(path.join(out, 'history.svg'));
        expect(svg.dots).toHaveLength(doc.entries.filter((e) => e.score !== null).length);
      }
      writeFileSync(path.join(out, 'rate.txt'), r.stderr);
    },
    900_000,
  );
});
