// The lines a pull request adds or changes, from REST `pulls/{n}/files` (paginated, 100 a page, 3,000 files at most).

import type { GitHubClient } from './client.js';

export interface ChangedFile {
  /** Relative to the repository root. */
  path: string;
  status: string;
  /** Line numbers (in the new file) added or changed; 'all' when the file is new or its patch was not sent. */
  lines: Set<number> | 'all';
}

/** Lines a unified diff adds, numbered in the new file. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    if (text.startsWith('+')) lines.add(next++);
    else if (text.startsWith(' ') || text === '') next++;
    // '-' lines and "\ No newline at end of file" do not exist in the new file.
  }
  return lines;
}

export async function listChangedFiles(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return files
    .filter((f) => f.status !== 'removed')
    .map((f) => ({
      path: f.filename,
      status: f.status,
      lines: f.status === 'added' || f.patch === undefined ? 'all' : addedLines(f.patch),
    }));
}
