// The action's `history-file` and `badge-svg-file`, run from the bundle as the runner starts it; and the README's
// scheduled workflow that keeps them on the `badges` branch, through actionlint.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_MAX_ENTRIES } from '../../src/github/history-file.js';
import type { HistoryDoc } from '../../src/report/history.js';
import { tempDistCli } from '../helpers/temp-dist.js';

const repo = path.join(__dirname, '../..');
let indexJs: string;
beforeAll(() => {
  indexJs = path.join(path.dirname(tempDistCli()), 'index.js');
}, 120_000);

function runAction(tmp: string, inputs: Record<string, string>, sha: string, extraEnv: Record<string, string> = {}) {
  const output = path.join(tmp, 'output');
  const summary = path.join(tmp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    INPUT_PATH: 'examples/hello',
    INPUT_COMMENT: 'never',
    INPUT_ANNOTATIONS: 'false',
    'INPUT_JSON-FILE': path.join(tmp, 'report.json'),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: sha,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [indexJs], { cwd: repo, encoding: 'utf8', env });
  return { ...r, summary: readFileSync(summary, 'utf8') };
}

describe('action: history-file and badge-svg-file', () => {
  it('appends each run to a bounded history, draws the trend beside it and in the job summary', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-histfile-'));
    const history = path.join(tmp, 'badges/history.json');
    // A history at its bound already, from earlier runs.
    const old: HistoryDoc = {
      tool: { name: 'lkm-audit', version: '0.9.0' },
      kind: 'lkm-audit-history',
      entries: Array.from({ length: HISTORY_MAX_ENTRIES }, (_, i) => ({
        sha: i.toString(16).padStart(40, '0'),
        date: new Date(Date.UTC(2023, 0, 1 + 7 * i)).toISOString(),
        score: 50 + (i % 40),
        grade: 'D',
        categories: { docs: 50 },
      })),
    };
    mkdirSync(path.dirname(history), { recursive: true });
    writeFileSync(history, JSON.stringify(old));
    const r = runAction(tmp, { 'history-file': history, 'badge-svg-file': path.join(tmp, 'badges/badge.svg') }, 'c'.repeat(40));
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(history, 'utf8')) as HistoryDoc;
    const schema = JSON.parse(readFileSync(path.join(repo, 'schema/history.schema.json'), 'utf8'));
    const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(doc.entries[0].sha).toBe(old.entries[1].sha);
    expect(doc.entries.at(-1)).toMatchObject({ sha: 'c'.repeat(40), score: 100, grade: 'A', summary: { errors: 0 } });
    expect(doc.entries.at(-1)?.categories.license).toBe(100);
    expect(readFileSync(path.join(tmp, 'badges/history.svg'), 'utf8')).toMatch(/^<svg class="lkm-trend"/);
    expect(readFileSync(path.join(tmp, 'badges/badge.svg'), 'utf8')).toContain('aria-label="upstream readiness: A (100/100)"');
    expect(r.summary).toContain('### Trend');
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    expect(r.summary).toMatch(/line \[[\d, ]+, 100\]/);
  });

  it('on a pull request, draws the trend with the PR as its last point in the comment, and leaves the history alone', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-histfile-'));
    const history = path.join(tmp, 'history.json');
    const before = JSON.stringify({
      tool: { name: 'lkm-audit', version: '1.0.0' },
      kind: 'lkm-audit-history',
      entries: [{ sha: 'a'.repeat(40), date: '2024-01-01T00:00:00Z', score: 60, grade: 'C', categories: {} }],
    });
    writeFileSync(history, before);
    const event = path.join(tmp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        number: 3,
        pull_request: {
          number: 3,
          base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
          head: { sha: 'e'.repeat(40), repo: { full_name: 'o/r' } },
        },
        repository: { full_name: 'o/r' },
      }),
    );
    const r = runAction(tmp, { 'history-file': history }, 'e'.repeat(40), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      RUNNER_TEMP: tmp,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(history, 'utf8')).toBe(before);
    const comment = readFileSync(path.join(tmp, 'lkm-audit/pr-comment.md'), 'utf8');
    expect(comment).toContain('title "Score with this pull request (last point)"');
    expect(comment).toContain('line [60, 100]');
    expect(r.summary).toContain('line [60, 100]');
  });

  it('starts a new history, with a warning, when the file is not one', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-histfile-'));
    const history = path.join(tmp, 'history.json');
    writeFileSync(history, '<html>not json</html>');
    const r = runAction(tmp, { 'history-file': history }, 'd'.repeat(40));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/::warning::lkm-audit: history-file .*history\.json: not JSON.*; starting a new history/);
    expect((JSON.parse(readFileSync(history, 'utf8')) as HistoryDoc).entries).toHaveLength(1);
  });

  it('the scheduled workflows of the README and docs/workflows.md pass actionlint', async () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Track upstream readiness'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string;
    expect(yaml).toContain('history-file:');
    const lint = await createRequire(import.meta.url)('actionlint').createLinter();
    expect(lint(yaml, '.github/workflows/readiness.yml')).toEqual([]);
    const guide = readFileSync(path.join(repo, 'docs/workflows.md'), 'utf8');
    const tracking = /## 3\. Scheduled[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1] as string;
    expect(tracking).toContain('history-file:');
    expect(lint(tracking, '.github/workflows/track.yml')).toEqual([]);
  });
});
