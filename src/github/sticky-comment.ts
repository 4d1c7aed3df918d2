// One sticky comment per pull request, found by its hidden marker and edited in place. Other comments are never
// touched, and no comment is created unless the listing proved there is none yet (a failed listing could hide it).

import { COMMENT_MARKER } from '../report/comment.js';
import type { GitHubClient } from './client.js';
import type { ApiProblems } from './problems.js';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
}

export async function upsertStickyComment(client: GitHubClient, problems: ApiProblems, req: StickyCommentRequest): Promise<CommentOutcome> {
  const { owner, repo, issueNumber } = req;
  const comments = await problems.attempt('finding the earlier PR comment', () =>
    client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
  );
  if (!comments) return 'failed';
  // Ours starts with the marker; a comment that merely quotes it is someone else's.
  const mine = comments.find((c) => (c.body ?? '').trimStart().startsWith(COMMENT_MARKER));
  if (mine) {
    if (mine.body === req.body) return 'unchanged';
    const updated = await problems.attempt('updating the PR comment', () =>
      client.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: req.body }),
    );
    return updated ? 'updated' : 'failed';
  }
  const created = await problems.attempt('posting the PR comment', () =>
    client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: req.body }),
  );
  return created ? 'created' : 'failed';
}
