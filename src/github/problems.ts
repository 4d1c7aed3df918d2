// Every GitHub API failure becomes one clear warning (in the log and the job summary) while the audit's result and
// exit status stand. After a failure that says the API is unreachable (a timeout, a 5xx, a rate limit, bad
// credentials) the remaining calls are skipped instead of failing one by one.

import { isRateLimited, isTimeout } from './client.js';
import { redact } from './redact.js';

export type ProblemKind = 'forbidden' | 'not-found' | 'invalid' | 'server' | 'timeout' | 'rate-limit' | 'network' | 'auth';

export interface ApiProblem {
  operation: string;
  kind: ProblemKind;
  status?: number;
  /** The API's own message, redacted and shortened. */
  detail: string;
}

export interface ProblemContext {
  /** The pull request comes from a fork: its token is read-only. */
  fork: boolean;
  timeoutMs: number;
}

const HALTING: ProblemKind[] = ['server', 'timeout', 'rate-limit', 'network', 'auth'];

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function classify(operation: string, error: unknown): ApiProblem {
  const e = error as HttpError;
  const detail = redact(String(e?.message ?? error))
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  const status = e?.response ? e.status : undefined;
  let kind: ProblemKind;
  if (isTimeout(error)) kind = 'timeout';
  else if (!e?.response) kind = 'network';
  else if (isRateLimited(error)) kind = 'rate-limit';
  else if (status === 401) kind = 'auth';
  else if (status === 403) kind = 'forbidden';
  else if (status === 404) kind = 'not-found';
  else if (status === 422) kind = 'invalid';
  else if ((status ?? 0) >= 500) kind = 'server';
  else kind = 'invalid';
  return { operation, kind, status, detail };
}

export const FORK_ADVICE =
  'Pull requests from forks get a read-only token, so the comment and check run cannot be posted from this workflow. ' +
  'To get them, either add a follow-up workflow on `workflow_run` that downloads the JSON/SARIF report uploaded as an ' +
  'artifact and posts it with a write token (safe: it never runs code from the fork), or run on `pull_request_target`, ' +
  'which has a write token but must never check out or build the fork’s code (that code would run with the write ' +
  'token and the secrets). See docs/workflows.md.';

function explain(problem: ApiProblem, context: ProblemContext): string {
  const what = `${problem.operation} failed`;
  switch (problem.kind) {
    case 'timeout':
      return `${what}: the GitHub API did not answer within ${Math.round(context.timeoutMs / 1000)} s.`;
    case 'network':
      return `${what}: the GitHub API could not be reached (${problem.detail}).`;
    case 'rate-limit':
      return `${what}: the GitHub API rate limit was hit (HTTP ${problem.status}) and the wait it asked for was too long or retries ran out.`;
    case 'auth':
      return `${what}: the token was refused (HTTP 401); check the \`github-token\` input.`;
    case 'forbidden':
      return context.fork
        ? `${what} (HTTP 403). ${FORK_ADVICE}`
        : `${what} (HTTP 403): the token may not do this. Grant the job \`permissions:\` \`pull-requests: write\` (comment) and \`checks: write\` (check run), or set \`comment: never\` / \`check-run: false\`. (${problem.detail})`;
    case 'not-found':
      return `${what} (HTTP 404): the repository, pull request or commit is not visible to this token at this API URL. (${problem.detail})`;
    case 'invalid':
      return `${what}: GitHub rejected the request (HTTP ${problem.status}). (${problem.detail})`;
    case 'server':
      return `${what}: GitHub answered HTTP ${problem.status} after retries. (${problem.detail})`;
  }
}

export class ApiProblems {
  readonly problems: ApiProblem[] = [];
  readonly skipped: string[] = [];

  constructor(private readonly context: ProblemContext) {}

  get halted(): boolean {
    return this.problems.some((p) => HALTING.includes(p.kind));
  }

  /** Run one API operation; on failure record it and return undefined. Skipped once the API is known to be down. */
  async attempt<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.halted) {
      this.skipped.push(operation);
      return undefined;
    }
    try {
      return await fn();
    } catch (error) {
      this.problems.push(classify(operation, error));
      return undefined;
    }
  }

  /** One message for everything that went wrong, or undefined when nothing did. */
  message(): string | undefined {
    if (this.problems.length === 0) return undefined;
    const lines = this.problems.map((p) => explain(p, this.context));
    // The fork advice once, however many writes it explains.
    const unique = [...new Set(lines.map((l) => (l.includes(FORK_ADVICE) ? l.replace(` ${FORK_ADVICE}`, '') : l)))];
    if (lines.some((l) => l.includes(FORK_ADVICE))) unique.push(FORK_ADVICE);
    if (this.skipped.length) unique.push(`Skipped after that: ${this.skipped.join(', ')}.`);
    unique.push('The audit result, outputs and exit status are not affected.');
    return redact(`lkm-audit could not complete its GitHub API calls. ${unique.join(' ')}`);
  }
}
