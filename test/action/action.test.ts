// End to end: the bundled action as a child process against a real HTTP server standing in for the GitHub API.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import type { Report } from '../../src/report/types.js';
import { startActionHarness } from './harness.js';
import type { FakeGitHub, Fault } from './fake-github.js';
import { addedLinesFromGit, type Fixture, HOSTILE_FILE, makeFixture } from './fixture.js';
import { commands, type RunResult, runAction, TOKEN } from './runner.js';

const API_WARNING = 'lkm-audit could not complete its GitHub API calls';

let gh: FakeGitHub;
let fixture: Fixture;
/** Everything any run wrote, checked for the token at the end. */
const seen: string[] = [];

function remember(result: RunResult): RunResult {
  seen.push(result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs));
  if (result.sarifPath) seen.push(readFileSync(result.sarifPath, 'utf8'));
  if (result.jsonPath) seen.push(readFileSync(result.jsonPath, 'utf8'));
  return result;
}

async function run(options: Partial<Parameters<typeof runAction>[0]> = {}): Promise<RunResult> {
  return remember(await runAction({ fixture, apiUrl: gh.url, ...options }));
}

function report(result: RunResult): Report {
  expect(result.jsonPath, 'json-file output').toBeDefined();
  return JSON.parse(readFileSync(result.jsonPath as string, 'utf8')) as Report;
}

function apiWarnings(result: RunResult): string[] {
  return commands(result.stdout, 'warning').filter((l) => l.includes(API_WARNING));
}

beforeAll(async () => {
  ({ gh, fixture } = await startActionHarness(makeFixture, { servePrFiles: true }));
});

afterAll(async () => {
  for (const comment of gh.comments) seen.push(comment.body);
  for (const checkRun of gh.checkRuns) seen.push(JSON.stringify(checkRun));
  await gh.stop();
});

describe('sticky PR comment', () => {
  it('two runs leave exactly one comment of ours, edited in place; other comments untouched', async () => {
    gh.reset();
    const human = { id: 1, body: 'Looks good to me', user: { login: 'reviewer', type: 'User' } };
    const quoting = { id: 2, body: `> ${COMMENT_MARKER}\n> quoted by a human`, user: { login: 'reviewer', type: 'User' } };
    gh.comments = [structuredClone(human), structuredClone(quoting)];
    // More comments than a page, so finding ours needs pagination.
    for (let i = 0; i < 120; i++) gh.comments.push({ id: 10 + i, body: `chatter ${i}`, user: { login: 'someone', type: 'User' } });

    const first = await run({ runId: 101 });
    const second = await run({ runId: 102 });
    for (const r of [first, second]) expect(apiWarnings(r), r.stdout).toEqual([]);

    const ours = gh.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(gh.comments).toHaveLength(123);
    expect(gh.comments.find((c) => c.id === 1)).toEqual(human);
    expect(gh.comments.find((c) => c.id === 2)).toEqual(quoting);
    const creates = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'));
    const edits = gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'));
    expect(creates).toHaveLength(1);
    expect(edits.map((r) => r.path)).toEqual([`/repos/octo/driver/issues/comments/${ours[0].id}`]);
    expect(gh.requests.some((r) => r.method === 'DELETE')).toBe(false);
    // Listing followed the pages (per_page=100, 121 then 123 comments: two pages each run).
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments')).length).toBe(4);

    const body = ours[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('runs/102');
    expect(body).toMatch(/against the base branch: \d+/);
    expect(body).toContain('New in this PR');
    // The licence file the PR removed is a repository-level finding it introduced.
    expect(body).toContain('license/missing-license-file');
  });
});

describe('check run', () => {
  it('carries every annotation, 50 a request', async () => {
    gh.reset();
    gh.checkRuns = [];
    const result = await run({ inputs: { 'only-changed': 'false', comment: 'never' } });
    const findings = report(result).findings;
    expect(findings.length, 'the fixture must need several batches').toBeGreaterThan(100);
    expect(gh.checkRuns).toHaveLength(1);
    const checkRun = gh.checkRuns[0];
    expect(checkRun.head_sha).toBe(fixture.headSha);
    expect(checkRun.output.annotations).toHaveLength(findings.length);
    const sizes = checkRun.batches.map((b) => b.length);
    expect(sizes.slice(0, -1).every((n) => n === 50)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);
    expect(sizes.at(-1)).toBeLessThanOrEqual(50);
    const writes = gh.requests.filter((r) => r.path.includes('/check-runs'));
    expect(writes.map((r) => r.method)).toEqual(['POST', ...sizes.slice(1).map(() => 'PATCH')]);
    // Every finding is there once, by rule, file and line.
    const key = (a: { title: string; path: string; start_line: number }) => `${a.title} ${a.path}:${a.start_line}`;
    const annotated = (checkRun.output.annotations as { title: string; path: string; start_line: number }[]).map(key).sort();
    const expected = findings.map((f) => `${f.ruleId} driver/${f.file ?? 'Kbuild'}:${f.line ?? 1}`).sort();
    expect(annotated).toEqual(expected);
    expect(checkRun.output.summary.length).toBeLessThanOrEqual(65_535);

    // Inline: at most 10 a severity; the summary says where the rest are.
    expect(commands(result.stdout, 'error').filter((l) => l.includes('title=')).length).toBeLessThanOrEqual(10);
    expect(commands(result.stdout, 'notice').length).toBeLessThanOrEqual(10);
    expect(result.summary).toMatch(/could not be annotated inline .* `lkm-audit` check run/);
  });
});

describe('only-changed on a pull request', () => {
  it('annotates and fails only on added lines, plus repository-level findings the PR introduced', async () => {
    gh.reset();
    gh.checkRuns = [];
    const result = await run({ inputs: { comment: 'never' } });
    const all = report(result).findings;
    const added = addedLinesFromGit(fixture);
    const annotations = gh.checkRuns[0].output.annotations as { title: string; path: string; start_line: number; message: string }[];
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.length).toBeLessThan(all.length + 1);
    for (const a of annotations) {
      if (a.message.includes('concerns the repository as a whole')) continue;
      expect(added.get(a.path)?.has(a.start_line), `${a.path}:${a.start_line} is not an added line`).toBe(true);
    }
    // The base had a LICENSE; its removal is new and counts.
    expect(annotations.some((a) => a.title === 'license/missing-license-file')).toBe(true);
    // Findings on lines the PR did not touch are in the report but not annotated.
    const untouched = all.filter((f) => f.file && f.line && !added.get(`driver/${f.file}`)?.has(f.line));
    for (const f of untouched) expect(annotations.some((a) => a.path === `driver/${f.file}` && a.start_line === f.line)).toBe(false);
    // The summary still counts everything; the PR files were read page by page.
    expect(result.summary).toContain(`Findings (${all.length})`);
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/7/files')).length).toBe(Math.ceil(fixture.prFiles.length / 100));
    expect(Number(result.outputs['new-findings'])).toBeGreaterThan(0);
    // fail-on: error, and the PR introduced an error.
    expect(result.status).toBe(1);
  });

  it('passes with fail-on: never, and writes the badge file', async () => {
    gh.reset();
    const result = await run({ inputs: { comment: 'never', 'fail-on': 'never', 'badge-file': 'out/badge.json' } });
    expect(result.status).toBe(0);
    expect(result.outputs.score).toMatch(/^\d+$/);
    const badge = JSON.parse(readFileSync(path.join(fixture.dir, 'out/badge.json'), 'utf8'));
    expect(badge.message).toContain(result.outputs.score);
  });

  it('registers its problem matcher for later `run: npx lkm-audit` steps', async () => {
    gh.reset();
    const result = await run({ inputs: { comment: 'never', 'fail-on': 'never' } });
    const line = result.stdout.split('\n').find((l) => l.startsWith('::add-matcher::')) as string;
    expect(line).toBeDefined();
    const matcher = JSON.parse(readFileSync(line.slice('::add-matcher::'.length).trim(), 'utf8'));
    expect(matcher.problemMatcher.map((m: { owner: string }) => m.owner)).toContain('lkm-audit');
  });
});

describe('GitHub API faults', () => {
  const faults: { name: string; fault: Fault; says: RegExp }[] = [
    { name: '403', fault: { path: /./, status: 403, body: { message: 'Resource not accessible by integration' } }, says: /HTTP 403/ },
    { name: '404', fault: { path: /./, status: 404, body: { message: 'Not Found' } }, says: /HTTP 404/ },
    { name: '422', fault: { path: /./, status: 422, body: { message: `Validation Failed for ${TOKEN}` } }, says: /HTTP 422/ },
    { name: '500', fault: { path: /./, status: 500 }, says: /HTTP 500 after retries/ },
    { name: 'a hung connection', fault: { path: /./, hang: true }, says: /did not answer within 2 s/ },
    {
      name: 'a secondary rate limit (429 with Retry-After) longer than the action waits',
      fault: { path: /./, status: 429, headers: { 'retry-after': '30' }, body: { message: 'You have exceeded a secondary rate limit.' } },
      says: /rate limit/,
    },
    {
      name: 'a primary rate limit (403 with x-ratelimit-remaining: 0) resetting later than the action waits',
      fault: {
        path: /./,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
        body: { message: 'API rate limit exceeded' },
      },
      says: /rate limit/,
    },
  ];

  let baseline: RunResult;
  beforeAll(async () => {
    gh.reset();
    baseline = await run({ inputs: { comment: 'always' } });
  });

  it.each(faults)('$name: one clear warning; exit status, outputs, summary and SARIF stand', async ({ fault, says }) => {
    gh.reset();
    gh.faults = [{ ...fault }];
    const result = await run({ inputs: { comment: 'always' } });
    const warnings = apiWarnings(result);
    expect(warnings, result.stdout).toHaveLength(1);
    expect(warnings[0]).toMatch(says);
    expect(warnings[0]).toContain('The audit result, outputs and exit status are not affected.');
    expect(result.status).toBe(baseline.status);
    expect(result.outputs.score).toBe(baseline.outputs.score);
    expect(result.outputs['new-findings']).toBeDefined();
    expect(result.summary).toContain('upstream readiness');
    expect(result.summary).toContain(API_WARNING);
    const sarif = JSON.parse(readFileSync(result.sarifPath as string, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(report(result).findings.length);
  });

  it('waits out a short rate limit and then succeeds', async () => {
    gh.reset();
    gh.checkRuns = [];
    gh.faults = [
      {
        method: 'POST',
        path: /check-runs$/,
        status: 429,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' },
        times: 1,
      },
    ];
    const started = Date.now();
    const result = await run({ inputs: { comment: 'never' } });
    expect(apiWarnings(result)).toEqual([]);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toHaveLength(2);
    expect(gh.checkRuns).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a hung connection costs one timeout, not one per call', async () => {
    gh.reset();
    gh.faults = [{ path: /./, hang: true }];
    const result = await run({ inputs: { comment: 'always' } });
    // Only the first call was made; the rest were skipped once the API was known to hang.
    expect(gh.requests).toHaveLength(1);
    expect(apiWarnings(result)[0]).toMatch(/Skipped after that: .*check run.*PR comment/);
    expect(result.ms).toBeLessThan(15_000);
  });

  it('a fork’s read-only token: one warning explaining workflow_run and pull_request_target', async () => {
    gh.reset();
    gh.faults = [{ method: 'POST', path: /./, status: 403, body: { message: 'Resource not accessible by integration' } }];
    const result = await run({ fork: true, inputs: { comment: 'always' } });
    const warnings = apiWarnings(result);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('workflow_run');
    expect(warnings[0]).toContain('pull_request_target');
    expect(warnings[0].split('read-only token').length - 1).toBe(1);
    // The comment is still there as a file for a workflow_run follow-up to post.
    expect(readFileSync(result.outputs['comment-file'], 'utf8').startsWith(COMMENT_MARKER)).toBe(true);
  });
});

describe('what comes from the repository is escaped', () => {
  it('a hostile file name and MODULE_LICENSE string never reach GitHub as HTML', async () => {
    gh.reset();
    gh.comments = [];
    gh.checkRuns = [];
    const result = await run({ inputs: { 'only-changed': 'false', comment: 'always' } });
    const comment = gh.comments[0].body;
    const checkSummary = gh.checkRuns[0].output.summary;
    for (const text of [result.summary, comment, checkSummary]) {
      expect(text).not.toMatch(/<img|<script|<b>/i);
    }
    expect(result.summary).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;.c');
    expect(result.summary).toContain('&lt;script&gt;');
    // Links to the file are percent-encoded.
    expect(result.summary).toContain('/driver/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.c#L');
    // The annotation carries the real path (the runner escapes workflow-command properties itself).
    expect(commands(result.stdout, 'notice').some((l) => l.includes(`file=driver/${HOSTILE_FILE.replace(/,/g, '%2C')}`))).toBe(true);
  });
});

describe('the token', () => {
  it('is sent to the API and never appears in logs, summary, outputs, reports, comment or check run', () => {
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    for (const comment of gh.comments) seen.push(comment.body);
    for (const checkRun of gh.checkRuns) seen.push(JSON.stringify(checkRun.output));
    expect(seen.length).toBeGreaterThan(20);
    for (const text of seen) expect(text.includes(TOKEN)).toBe(false);
    for (const text of seen) expect(text.includes('T0k3nS3cr3t')).toBe(false);
  });
});
