// The GitHub client: `@actions/github`'s Octokit (GITHUB_API_URL decides the base URL) with the maintained
// retry and throttling plugins, and a timeout on every attempt. A timeout is never retried: a hung API must
// not hold a CI job for minutes, and the audit's own result never depends on the API.

import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { HttpPolicy } from './http-policy.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
  name?: string;
  cause?: unknown;
}

export function isTimeout(error: unknown): boolean {
  const e = error as HttpError;
  const causeName = (e?.cause as { name?: string } | undefined)?.name;
  return e?.name === 'TimeoutError' || e?.name === 'AbortError' || causeName === 'TimeoutError' || causeName === 'AbortError';
}

/** Whether a response is GitHub's primary or secondary rate limit (403/429 with its headers or message). */
export function isRateLimited(error: unknown): boolean {
  const e = error as HttpError;
  if (e?.status !== 429 && e?.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    e.status === 429 ||
    String(headers['x-ratelimit-remaining']) === '0' ||
    headers['retry-after'] !== undefined ||
    /\bsecondary rate\b/i.test(e.message ?? '')
  );
}

const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Gives each attempt its own deadline (the retry plugin calls the chain below it once per attempt), and turns a
 * deadline passed into an error the retry plugin leaves alone: it has no `request.request` to retry with.
 */
function attemptTimeout(timeoutMs: number) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      // Set on the same options object: handing `request` a copy of the options makes it never send.
      options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
      try {
        return await request(options);
      } catch (error) {
        if (!isTimeout(error)) throw error;
        throw Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
          name: 'TimeoutError',
          cause: error,
          request: { method: options.method, url: options.url },
        });
      }
    });
  };
}

export function createClient(token: string, policy: HttpPolicy): GitHubClient {
  // Wait out a rate limit only while the wait is short and retries remain; otherwise fail at once.
  const waitOut = (retryAfterSeconds: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < policy.retries && retryAfterSeconds * 1000 <= policy.maxRetryWaitMs;
  return getOctokit(
    token,
    {
      log: quietLog,
      // 5xx and network errors: retried with back-off (base × attempt²); 4xx answers are final.
      retry: { retries: policy.retries, retryAfterBaseValue: policy.backoffMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: waitOut, onSecondaryRateLimit: waitOut },
    },
    attemptTimeout(policy.timeoutMs),
    retry,
    throttling,
  );
}
