// A check run carrying every annotation (the step itself can show only a few): created with the first 50, then
// updated with 50 more at a time (the Checks API appends annotations on update).

import { batches, type CheckAnnotation, type CheckOutput } from '../report/checkrun.js';
import type { GitHubClient } from './client.js';
import type { ApiProblems } from './problems.js';

export const CHECK_RUN_NAME = 'lkm-audit';

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  output: CheckOutput;
  annotations: CheckAnnotation[];
}

/** Returns the check run's id, or undefined when it could not be created. */
export async function publishCheckRun(client: GitHubClient, problems: ApiProblems, req: CheckRunRequest): Promise<number | undefined> {
  const [first = [], ...rest] = batches(req.annotations);
  const created = await problems.attempt('creating the check run', () =>
    client.rest.checks.create({
      owner: req.owner,
      repo: req.repo,
      name: CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: 'completed',
      conclusion: req.conclusion,
      output: { ...req.output, annotations: first },
    }),
  );
  if (!created) return undefined;
  const id = created.data.id;
  for (const [i, batch] of rest.entries()) {
    const ok = await problems.attempt(`adding annotations ${(i + 1) * 50 + 1}-${(i + 1) * 50 + batch.length} to the check run`, () =>
      client.rest.checks.update({ owner: req.owner, repo: req.repo, check_run_id: id, output: { ...req.output, annotations: batch } }),
    );
    if (!ok) break;
  }
  return id;
}
