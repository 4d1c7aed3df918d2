// The client's retry, rate-limit and timeout behaviour comes from the maintained Octokit plugins; these tests hold
// it to the action's policy against a real HTTP server on 127.0.0.1.

import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ClientModule from '../../src/github/client.js';

type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';
let script: Reply[] = [];
let hits: number[] = [];
let server: Server;
// @actions/github reads GITHUB_API_URL when it is first imported: import the client after pointing it here.
let createClient: typeof ClientModule.createClient;
let isRateLimited: typeof ClientModule.isRateLimited;
let isTimeout: typeof ClientModule.isTimeout;

beforeAll(async () => {
  server = createServer((_req: IncomingMessage, res: ServerResponse) => {
    hits.push(Date.now());
    const reply = script.shift() ?? { status: 200, body: { ok: true } };
    if (reply === 'hang') return;
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? { message: `status ${reply.status}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ createClient, isRateLimited, isTimeout } = await import('../../src/github/client.js'));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const policy = { timeoutMs: 800, retries: 2, maxRetryWaitMs: 3000, backoffMs: 20 };
async function call(replies: Reply[]) {
  script = [...replies];
  hits = [];
  const client = createClient('t0ken', policy);
  const started = Date.now();
  try {
    const r = await client.rest.repos.get({ owner: 'o', repo: 'r' });
    return { ok: true as const, status: r.status, requests: hits.length, ms: Date.now() - started };
  } catch (error) {
    return { ok: false as const, error, requests: hits.length, ms: Date.now() - started };
  }
}

describe('GitHub client policy (retry and throttling plugins)', () => {
  it('retries a 5xx with back-off and succeeds', async () => {
    const r = await call([{ status: 502 }, { status: 503 }]);
    expect(r).toMatchObject({ ok: true, status: 200, requests: 3 });
  });

  it('gives up on a 5xx after the configured retries', async () => {
    const r = await call([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
    expect(r).toMatchObject({ ok: false, requests: 3 });
  });

  it('never retries a 4xx answer', async () => {
    for (const status of [401, 404, 422]) expect(await call([{ status }])).toMatchObject({ ok: false, requests: 1 });
  });

  it('a 403 without rate-limit headers is final and not a rate limit', async () => {
    const r = await call([{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    expect(r).toMatchObject({ ok: false, requests: 1 });
    expect(isRateLimited(r.ok ? undefined : r.error)).toBe(false);
  });

  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) that resets soon', async () => {
    const reset = String(Math.ceil(Date.now() / 1000));
    const r = await call([
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } },
    ]);
    expect(r).toMatchObject({ ok: true, requests: 2 });
    expect(hits[1] - hits[0]).toBeGreaterThanOrEqual(900);
  });

  it('waits out a secondary rate limit (429 with Retry-After)', async () => {
    const r = await call([
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } },
    ]);
    expect(r).toMatchObject({ ok: true, requests: 2 });
    expect(hits[1] - hits[0]).toBeGreaterThanOrEqual(950);
  });

  it('does not wait out a rate limit longer than the policy allows', async () => {
    const r = await call([
      { status: 429, headers: { 'retry-after': '600' }, body: { message: 'You have exceeded a secondary rate limit.' } },
    ]);
    expect(r).toMatchObject({ ok: false, requests: 1 });
    expect(isRateLimited(r.ok ? undefined : r.error)).toBe(true);
  });

  it('a hung connection costs one timeout and is not retried', async () => {
    const r = await call(['hang']);
    expect(r).toMatchObject({ ok: false, requests: 1 });
    expect(isTimeout(r.ok ? undefined : r.error)).toBe(true);
    expect(r.ms).toBeLessThan(2500);
  });
});
