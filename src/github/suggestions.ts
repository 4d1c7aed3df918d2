// Fixes as GitHub suggestions: each hunk of a fixed file becomes a "```suggestion" comment when every line it
// replaces (or the line it attaches an insertion to) is a line the pull request added or changed; every other
// hunk goes to a patch for the job summary and the `fix-file` output. Pure: no API calls here.

import { structuredPatch } from 'diff';
import type { FileChange, FixRecord } from '../fix/engine.js';
import { unifiedDiff } from '../fix/diff.js';
import type { ChangedFile } from './changed-files.js';

export const SUGGESTION_MARKER = '<!-- lkm-audit-suggestion -->';

export interface SuggestionComment {
  /** Repository-relative path. */
  path: string;
  /** Last line the suggestion replaces (RIGHT side, the PR head). */
  line: number;
  /** First line, for a suggestion over several lines. */
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

export interface SuggestionPlan {
  comments: SuggestionComment[];
  /** Changes (whole files) holding at least one hunk outside the changed lines, as a unified diff. */
  patch: string;
  /** Number of hunks that went to the patch. */
  outsideHunks: number;
}

const toLines = (b: Buffer) => {
  const lines = b
    .toString('utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

function fence(lines: string[]): string {
  // A longer fence when the text itself holds backticks.
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
  return '`'.repeat(longest + 1);
}

export function planSuggestions(
  changes: FileChange[],
  changed: Map<string, ChangedFile>,
  applied: FixRecord[],
  pathPrefix = '',
): SuggestionPlan {
  const comments: SuggestionComment[] = [];
  const outside: FileChange[] = [];
  let outsideHunks = 0;
  const prefix = pathPrefix ? `${pathPrefix.replace(/\/+$/, '')}/` : '';
  for (const change of changes) {
    const file = changed.get(change.file);
    if (!change.before || !file) {
      outside.push(change);
      outsideHunks++;
      continue;
    }
    const before = toLines(change.before);
    const patch = structuredPatch('a', 'b', change.before.toString('utf8'), change.after.toString('utf8'), undefined, undefined, {
      context: 0,
    });
    let leftOut = false;
    for (const h of patch.hunks) {
      const added = h.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).replace(/\r$/, ''));
      let start: number;
      let end: number;
      let body: string[];
      if (h.oldLines > 0) {
        start = h.oldStart;
        end = h.oldStart + h.oldLines - 1;
        body = added;
      } else if (h.oldStart > 1) {
        // An insertion goes before line oldStart (the `diff` package's numbering for an empty old range): it is
        // suggested on the line above, which the suggestion keeps.
        start = end = h.oldStart - 1;
        body = [before[start - 1], ...added];
      } else {
        start = end = 1;
        body = [...added, before[0] ?? ''];
      }
      const inside = file.lines === 'all' || rangeIn(file.lines, start, end);
      if (!inside) {
        leftOut = true;
        outsideHunks++;
        continue;
      }
      const rules = [...new Set(applied.filter((a) => a.file === change.file).map((a) => a.ruleId))].sort();
      const f = fence(body);
      comments.push({
        path: prefix + change.file,
        line: end,
        ...(start < end ? { start_line: start, start_side: 'RIGHT' as const } : {}),
        side: 'RIGHT',
        body: [
          SUGGESTION_MARKER,
          `**lkm-audit fix**${rules.length ? ` (${rules.map((r) => `\`${r}\``).join(', ')})` : ''}: a mechanical fix for a finding on these lines.`,
          '',
          `${f}suggestion`,
          ...body,
          f,
        ].join('\n'),
      });
    }
    if (leftOut) outside.push(change);
  }
  return { comments, patch: unifiedDiff(outside.map((c) => ({ ...c, file: prefix + c.file }))), outsideHunks };
}

function rangeIn(lines: Set<number>, start: number, end: number): boolean {
  for (let l = start; l <= end; l++) if (!lines.has(l)) return false;
  return true;
}
