// The sticky pull-request comment: found again by its hidden marker and edited in place, so a pull request carries
// exactly one. It leads with what the pull request changed (score against base, new and fixed findings).

import type { Finding } from '../types.js';
import { escapeMarkdown, safeUrl } from './escape.js';
import type { RepoLinks } from './links.js';
import { budgetedRows, countsLine, FINDINGS_HEADER, findingRow, fitRows, plural, scoreTitle } from './markdown.js';
import { sortFindings } from './order.js';
import type { Report } from './types.js';

/** Hidden in the rendered comment; the action finds its own comment by it. */
export const COMMENT_MARKER = '<!-- lkm-audit:sticky-pr-comment -->';
/** GitHub refuses a comment body of 65,536 characters or more. */
export const COMMENT_MAX_CHARS = 65_000;

export interface CommentOptions {
  links?: RepoLinks;
  /** The base revision's score, when it was audited. */
  base?: { score: number; grade: string };
  /** Findings the pull request introduced / removed; undefined when the base could not be audited. */
  added?: Finding[];
  fixed?: Finding[];
  /** Link to the workflow run, where the job summary has the full report. */
  runUrl?: string;
  /** Already-safe Markdown lines, such as API warnings. */
  footer?: string[];
}

export function scoreChange(score: number, base?: { score: number; grade: string }): string {
  if (!base) return '';
  const delta = score - base.score;
  const arrow = delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '± 0';
  return ` (${arrow} against the base branch: ${base.score}, ${escapeMarkdown(base.grade)})`;
}

/** `all`: every finding (what the pull request added or fixed); otherwise the top ones per rule. */
function findingTable(findings: readonly Finding[], links: RepoLinks | undefined, budget: number, all = false): string[] {
  const more = (hidden: number) => `${plural(hidden, 'more finding')} not listed here; see the job summary.`;
  const rows = all
    ? fitRows(sortFindings(findings), (f) => findingRow(f, links), budget, more)
    : fitRows(budgetedRows(findings, undefined, links), (r) => r, budget, more);
  return [...FINDINGS_HEADER, ...rows, ''];
}

function findingList(title: string, findings: readonly Finding[], links: RepoLinks | undefined, budget: number, all = false): string[] {
  if (findings.length === 0) return [];
  return [`#### ${title} (${findings.length})`, '', ...findingTable(findings, links, budget, all)];
}

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const head = [COMMENT_MARKER, `### ${scoreTitle(report)}${scoreChange(report.score, options.base)}`, '', countsLine(report), ''];
  const tail: string[] = [];
  const runUrl = options.runUrl ? safeUrl(options.runUrl) : undefined;
  if (runUrl) tail.push(`[Full report in the job summary](${runUrl}) · updated on every push`, '');
  for (const line of options.footer ?? []) tail.push(line, '');
  tail.push('<sub>Posted by lkm-audit; this comment is edited in place on every run.</sub>');

  const budgetTotal = COMMENT_MAX_CHARS - [...head, ...tail].join('\n').length - 500;
  const body: string[] = [];
  if (options.added && options.fixed) {
    if (options.added.length === 0 && options.fixed.length === 0) body.push('No findings were added or fixed by this pull request.', '');
    // New findings get most of the room: they are what a reviewer acts on.
    body.push(...findingList('New in this PR', options.added, options.links, Math.floor(budgetTotal * 0.6), true));
    body.push(...findingList('Fixed in this PR', options.fixed, options.links, Math.floor(budgetTotal * 0.15), true));
    const rest = budgetTotal - body.join('\n').length;
    if (report.findings.length) {
      const all = findingTable(report.findings, options.links, rest - 100);
      body.push(`<details><summary>All findings (${report.findings.length})</summary>`, '', ...all, '</details>', '');
    }
  } else {
    body.push('The base revision could not be audited, so new and fixed findings are not told apart.', '');
    body.push(...findingList('Findings', report.findings, options.links, budgetTotal));
  }
  // fitRows counts bytes, which are never fewer than characters: the cap holds.
  return [...head, ...body, ...tail].join('\n');
}
