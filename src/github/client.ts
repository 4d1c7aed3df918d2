// The GitHub client: `@actions/github`'s Octokit (GITHUB_API_URL decides the base URL) with a timeout on every
// request and bounded retries for 5xx, network errors and rate limits.

import { getOctokit } from '@actions/github';
import type { HttpPolicy } from './http-policy.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
  name?: string;
  cause?: unknown;
}

export function isTimeout(error: unknown): boolean {
  const e = error as HttpError & { message?: string };
  const causeName = (e?.cause as { name?: string } | undefined)?.name;
  return e?.name === 'TimeoutError' || e?.name === 'AbortError' || causeName === 'TimeoutError' || causeName === 'AbortError';
}

/** Milliseconds a rate-limited response asks to wait, or undefined when it is not a rate limit. */
export function rateLimitWait(error: unknown, now = Date.now()): number | undefined {
  const e = error as HttpError;
  const headers = e?.response?.headers ?? {};
  if (e?.status !== 429 && e?.status !== 403) return undefined;
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(String(retryAfter));
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
    return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
  }
  return e.status === 429 ? 60_000 : undefined;
}

/** How long to wait before the next attempt, or undefined to give up. */
export function retryDelay(error: unknown, attempt: number, policy: HttpPolicy): number | undefined {
  if (attempt >= policy.retries || isTimeout(error)) return undefined;
  const wait = rateLimitWait(error);
  if (wait !== undefined) return wait <= policy.maxRetryWaitMs ? wait : undefined;
  const e = error as HttpError;
  const serverError = e?.response !== undefined && (e.status ?? 0) >= 500;
  const networkError = e?.response === undefined && e?.status === 500;
  return serverError || networkError ? policy.backoffMs * 2 ** attempt : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

export function createClient(token: string, policy: HttpPolicy): GitHubClient {
  const client = getOctokit(token, { log: quietLog });
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        // Set on the same options object: handing `request` a copy of the options makes it never send.
        options.request = { ...options.request, signal: AbortSignal.timeout(policy.timeoutMs) };
        return await request(options);
      } catch (error) {
        const wait = retryDelay(error, attempt, policy);
        if (wait === undefined) throw error;
        await sleep(wait);
      }
    }
  });
  return client;
}
