// How patient the action is with the GitHub API. A hung connection must not hold a CI job for minutes, and a
// rate limit is worth waiting out only briefly: the audit's own result never depends on the API.
// Overridable through the environment (tests use short values).

export interface HttpPolicy {
  /** Per request, including reading the body. */
  timeoutMs: number;
  /** Retries after a 5xx, a network error or a rate limit. A timeout is never retried. */
  retries: number;
  /** A rate limit asking to wait longer than this is not waited out. */
  maxRetryWaitMs: number;
  /** First back-off after a 5xx or network error; doubles each time. */
  backoffMs: number;
}

function numberFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function httpPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): HttpPolicy {
  return {
    timeoutMs: numberFrom(env.LKM_AUDIT_HTTP_TIMEOUT_MS, 20_000),
    retries: numberFrom(env.LKM_AUDIT_HTTP_RETRIES, 2),
    maxRetryWaitMs: numberFrom(env.LKM_AUDIT_HTTP_MAX_RETRY_WAIT_MS, 60_000),
    backoffMs: numberFrom(env.LKM_AUDIT_HTTP_BACKOFF_MS, 1_000),
  };
}
