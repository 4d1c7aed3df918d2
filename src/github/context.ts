// What the runner tells the action about this run: repository, commit, and the pull request if there is one.

import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** Head repository differs from the base repository: the token is read-only. */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  /** The commit the files are at (the PR head on pull requests, not the merge commit). */
  sha: string;
  runUrl?: string;
  workspace: string;
  pullRequest?: PullRequestInfo;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  repository?: { full_name?: string };
}

function readPayload(path: string | undefined): PullRequestPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PullRequestPayload;
  } catch {
    return {};
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const pr = payload.pull_request;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let pullRequest: PullRequestInfo | undefined;
  if (pr?.number && pr.base?.sha && pr.head?.sha) {
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name;
    pullRequest = {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      // A deleted head repository (null) also means a fork.
      fork: headRepo === undefined ? pr.head.repo === null : headRepo !== baseRepo,
    };
  }
  return {
    eventName,
    owner,
    repo,
    serverUrl,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
    runUrl: env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    pullRequest,
  };
}
