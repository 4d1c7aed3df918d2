// The bundle GitHub runs: it must match src/ (the bundles and the data tables beside them) and work as the runner
// starts it.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '../..');

describe('dist/', () => {
  it('is not stale: rebuilding from src/ changes nothing', () => {
    const before = readFileSync(path.join(repo, 'dist/index.js'), 'utf8');
    const out = mkdtempSync(path.join(tmpdir(), 'lkm-dist-'));
    execFileSync(
      process.execPath,
      [
        '-e',
        `process.chdir(${JSON.stringify(repo)}); process.env.LKM_DIST_OUT=${JSON.stringify(out)}; import(${JSON.stringify(path.join(repo, 'scripts/build.mjs'))})`,
      ],
      { stdio: 'pipe' },
    );
    expect(readFileSync(path.join(out, 'index.js'), 'utf8') === before, 'dist/index.js is stale: run npm run build and commit dist/').toBe(
      true,
    );
    const tables = readdirSync(path.join(out, 'data')).map((f) => `data/${f}`);
    expect(tables.length, 'the data tables beside the bundles').toBeGreaterThan(3);
    expect(readdirSync(path.join(repo, 'dist/data')).map((f) => `data/${f}`)).toEqual(tables);
    for (const bundle of ['cli.js', 'cli-main.cjs', 'audit-worker.js', 'history-worker.js', 'package.json', ...tables]) {
      expect(
        readFileSync(path.join(out, bundle), 'utf8') === readFileSync(path.join(repo, 'dist', bundle), 'utf8'),
        `dist/${bundle} is stale`,
      ).toBe(true);
    }
  });

  it('runs in strict mode, as the ES modules it is built from: each bundle opens with the directive', () => {
    // A line of the build's own before the directive would make it a plain expression, and the bundle sloppy.
    for (const bundle of ['index.js', 'cli.js', 'cli-main.cjs', 'audit-worker.js', 'history-worker.js']) {
      const text = readFileSync(path.join(repo, 'dist', bundle), 'utf8').replace(/^#!.*\n/, '');
      expect(text.startsWith('"use strict";'), `dist/${bundle}`).toBe(true);
    }
  });

  it('runs as the action runner starts it: outputs and job summary appear', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-runner-'));
    const output = path.join(tmp, 'output');
    const summary = path.join(tmp, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const r = spawnSync(process.execPath, [path.join(repo, 'dist/index.js')], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        INPUT_PATH: 'examples/hello',
        'INPUT_FAIL-ON': 'error',
        INPUT_COMMENT: 'never',
        INPUT_ANNOTATIONS: 'false',
        'INPUT_JSON-FILE': path.join(tmp, 'report.json'),
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_WORKSPACE: repo,
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const out = readFileSync(output, 'utf8');
    expect(out).toMatch(/score<<.*\n100\n/);
    expect(out).toMatch(/grade<<.*\nA\n/);
    expect(out).toMatch(/errors<<.*\n0\n/);
    expect(readFileSync(summary, 'utf8')).toMatch(/lkm-audit.*100/);
    expect(JSON.parse(readFileSync(path.join(tmp, 'report.json'), 'utf8')).modules[0].name).toBe('hello');
  });
});
