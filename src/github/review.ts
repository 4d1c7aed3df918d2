// One pull-request review holding lkm-audit's suggestions, replaced on every run: the new review is posted first,
// then the comments of the earlier ones (found by their marker) are deleted and their bodies marked as replaced.
// Nothing is posted when the suggestions did not change; human comments and reviews are never touched.

import type { GitHubClient } from './client.js';
import type { ApiProblems } from './problems.js';
import { SUGGESTION_MARKER, type SuggestionComment } from './suggestions.js';

export const REVIEW_MARKER = '<!-- lkm-audit-review -->';

export type ReviewOutcome = 'posted' | 'unchanged' | 'removed' | 'none' | 'failed';

export interface ReviewRequest {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  comments: SuggestionComment[];
}

const key = (c: { path: string; line?: number | null; start_line?: number | null; body: string }) =>
  `${c.path}\0${c.start_line ?? ''}\0${c.line ?? ''}\0${c.body}`;

export async function replaceSuggestionReview(client: GitHubClient, problems: ApiProblems, req: ReviewRequest): Promise<ReviewOutcome> {
  const { owner, repo, pullNumber } = req;
  const existing = await problems.attempt('listing the earlier suggestion comments', () =>
    client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  );
  if (!existing) return 'failed';
  const ours = existing.filter((c) => (c.body ?? '').trimStart().startsWith(SUGGESTION_MARKER));
  const same =
    ours.length === req.comments.length &&
    ours.map(key).sort().join('\n') === req.comments.map(key).sort().join('\n') &&
    ours.every((c) => c.commit_id === req.headSha);
  if (same) return req.comments.length ? 'unchanged' : 'none';

  let outcome: ReviewOutcome = ours.length ? 'removed' : 'none';
  if (req.comments.length > 0) {
    const n = req.comments.length;
    const created = await problems.attempt('posting the suggested fixes as a review', () =>
      client.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: req.headSha,
        event: 'COMMENT',
        body: `${REVIEW_MARKER}\nlkm-audit suggests ${n} mechanical fix${n === 1 ? '' : 'es'} on lines this pull request changed (\`lkm-audit fix\` makes them all locally).`,
        comments: req.comments,
      }),
    );
    // Keep the earlier suggestions when the new ones could not be posted.
    if (!created) return 'failed';
    outcome = 'posted';
  }
  for (const c of ours) {
    await problems.attempt('removing an earlier suggestion', () =>
      client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: c.id }),
    );
  }
  // A submitted review cannot be deleted; its body says it was replaced.
  const reviewIds = [...new Set(ours.map((c) => c.pull_request_review_id).filter((id): id is number => typeof id === 'number'))];
  for (const id of reviewIds) {
    await problems.attempt('marking an earlier suggestion review as replaced', () =>
      client.rest.pulls.updateReview({
        owner,
        repo,
        pull_number: pullNumber,
        review_id: id,
        body: `${REVIEW_MARKER}\nReplaced by a newer lkm-audit run.`,
      }),
    );
  }
  return outcome;
}
