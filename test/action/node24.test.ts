// The action declares `using: node24`: GitHub runs the bundle under Node 24, while this machine's Node is 20. Under
// Node 24 the action and the CLI must run to the end and report what they report under Node 20. (A V8 flag the
// parser's loader set at run time once made Node 24 stop the audit without a word and with exit code 0.)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { startActionHarness } from './harness.js';
import type { FakeGitHub } from './fake-github.js';
import { type Fixture, makeFixture } from './fixture.js';
import { type RunResult, runAction } from './runner.js';

const node24 = process.env.LKM_NODE24 ?? '/tmp/lkm-node24/package/bin/node';
const version = existsSync(node24) ? spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const why = !version
  ? `no Node 24 at ${node24} (bash scripts/install-node24.sh)`
  : !version.startsWith('v24.')
    ? `${node24} is ${version}`
    : '';
if (why) console.warn(`skipping the runs under Node 24: ${why}`);

const repo = path.join(__dirname, '../..');
const target = path.join(repo, 'test/fixtures/correctness-defects');

/** The report's findings and notes, which must not depend on the Node that made them. */
function conclusions(json: string) {
  const { findings, notes, modules, score } = JSON.parse(json);
  return { findings, notes, modules, score };
}

describe.skipIf(!!why)(`under Node 24 (${version || 'missing'})`, () => {
  let gh: FakeGitHub;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ gh, fixture } = await startActionHarness(makeFixture, { servePrFiles: true }));
  });

  afterAll(async () => {
    await gh?.stop();
  });

  it('the CLI reports what it reports under Node 20, and its second run uses the code cache', () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'lkm-node24-')), 'cache');
    const run = (node: string) => {
      const r = spawnSync(node, [path.join(repo, 'dist/cli.js'), target, '--format', 'json', '--fail-on', 'never'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LKM_AUDIT_CACHE_DIR: cache, LKM_DEBUG_CODE_CACHE: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      return { report: conclusions(r.stdout), used: /code cache: .* \(used\)/.test(r.stderr) };
    };
    const first = run(node24);
    const second = run(node24);
    expect(second.used).toBe(true);
    const twenty = run(process.execPath);
    expect(first.report.findings.length).toBeGreaterThan(0);
    expect(first.report).toEqual(twenty.report);
    expect(second.report).toEqual(twenty.report);
  }, 60_000);

  it('the action runs to the end: outputs, job summary, the sticky comment and the findings of Node 20', async () => {
    const run = async (node: string, runId: number): Promise<RunResult> => {
      gh.reset();
      return runAction({ fixture, apiUrl: gh.url, runId, node });
    };
    const twenty = await run(process.execPath, 201);
    const result = await run(node24, 202);
    expect(result.stderr).not.toContain('unsettled');
    expect(result.status, result.stderr).toBe(twenty.status);
    expect(result.outputs.score).toBe(twenty.outputs.score);
    expect(result.summary.length).toBeGreaterThan(100);
    expect(gh.comments.filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    expect(result.jsonPath, 'json-file output').toBeDefined();
    const findings = (r: RunResult) => conclusions(readFileSync(r.jsonPath as string, 'utf8')).findings;
    expect(findings(result)).toEqual(findings(twenty));
  }, 120_000);
});
