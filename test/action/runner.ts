// Runs the bundled action (dist/index.js) as the runner would: a child process with INPUT_*, GITHUB_* and the
// files the runner provides, against the fake API. Asynchronous, so the in-process server can answer meanwhile.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Fixture } from './fixture.js';

export const DIST = path.join(__dirname, '../../dist/index.js');
export const TOKEN = `ghs_${'T0k3nS3cr3t'.repeat(3)}XYZ`;

export interface RunOptions {
  fixture: Fixture;
  apiUrl: string;
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  fork?: boolean;
  runId?: number;
  env?: Record<string, string>;
  /** The Node that runs the bundle (default: the one running the tests). */
  node?: string;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarifPath?: string;
  jsonPath?: string;
  ms: number;
}

export function pullRequestPayload(fixture: Fixture, fork = false) {
  const baseRepo = { id: 1, name: 'driver', full_name: 'octo/driver', owner: { login: 'octo', type: 'Organization' }, fork: false };
  const headRepo = fork
    ? { id: 2, name: 'driver', full_name: 'contributor/driver', owner: { login: 'contributor', type: 'User' }, fork: true }
    : baseRepo;
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      id: 77,
      number: 7,
      state: 'open',
      title: 'Add things',
      user: { login: 'contributor', type: 'User' },
      head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: fixture.headSha, repo: headRepo },
      base: { label: 'octo:main', ref: 'main', sha: fixture.baseSha, repo: baseRepo },
    },
    repository: baseRepo,
    sender: { login: 'contributor', type: 'User' },
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'lkm-action-run-'));
  const files = { output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary'), event: path.join(tmp, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const event = opts.event ?? 'pull_request';
  writeFileSync(
    files.event,
    JSON.stringify(event === 'pull_request' ? pullRequestPayload(opts.fixture, opts.fork) : { ref: 'refs/heads/main' }),
  );
  const inputs: Record<string, string> = { path: 'driver', 'github-token': TOKEN, ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/driver',
    GITHUB_SHA: event === 'pull_request' ? 'ffffffffffffffffffffffffffffffffffffffff' : opts.fixture.headSha,
    GITHUB_RUN_ID: String(opts.runId ?? 1),
    GITHUB_WORKSPACE: opts.fixture.dir,
    RUNNER_TEMP: tmp,
    LKM_AUDIT_HTTP_TIMEOUT_MS: '1500',
    LKM_AUDIT_HTTP_RETRIES: '2',
    LKM_AUDIT_HTTP_BACKOFF_MS: '50',
    LKM_AUDIT_HTTP_MAX_RETRY_WAIT_MS: '3000',
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const started = Date.now();
  const child = spawn(opts.node ?? process.execPath, [DIST], { cwd: opts.fixture.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
  return {
    status,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(files.summary, 'utf8'),
    sarifPath: outputs['sarif-file'] && existsSync(outputs['sarif-file']) ? outputs['sarif-file'] : undefined,
    jsonPath: outputs['json-file'] && existsSync(outputs['json-file']) ? outputs['json-file'] : undefined,
    ms: Date.now() - started,
  };
}

/** `::warning ...::message` lines the runner turns into annotations. */
export function commands(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}
