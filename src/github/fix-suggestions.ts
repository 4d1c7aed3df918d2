// The action's `suggest` step: run the fix engine on a staging copy (the checkout is never written), post the
// fixes on changed lines as one review of suggestions, and hand every other fix over as a patch (job summary and
// the `fix-file` output).

import * as core from '@actions/core';
import { unifiedDiff } from '../fix/diff.js';
import { computeFixes } from '../fix/engine.js';
import { plural } from '../report/markdown.js';
import type { ChangedFile } from './changed-files.js';
import { listChangedFiles } from './changed-files.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import type { ApiProblems } from './problems.js';
import { reportPath, writeReportFile } from './report-files.js';
import { replaceSuggestionReview } from './review.js';
import { planSuggestions } from './suggestions.js';
import { scopeFiles } from './pr-scope.js';

/** The summary shows this much of the patch; the `fix-file` has all of it. */
const SUMMARY_PATCH_CHARS = 30_000;

export interface FixStep {
  root: string;
  prefix: string;
  config?: string;
  fixFile: string;
  ctx: RunContext;
  env: NodeJS.ProcessEnv;
  /** Changed files of the pull request (relative to the audited root), when already listed. */
  changed?: Map<string, ChangedFile>;
  client?: GitHubClient;
  problems: ApiProblems;
}

/** Runs the step; returns the job summary's section. */
export async function suggestFixes(step: FixStep): Promise<string> {
  const { ctx, client, problems } = step;
  let outcome: Awaited<ReturnType<typeof computeFixes>>;
  try {
    outcome = await computeFixes(step.root, { config: step.config });
  } catch (e) {
    core.warning(`lkm-audit: computing fixes failed: ${(e as Error).message}`);
    return `### Suggested fixes\n\nComputing fixes failed: ${(e as Error).message}`;
  }
  const pr = ctx.pullRequest;
  let changed = step.changed;
  if (pr && !changed && client) {
    const files = await problems.attempt('listing the files the pull request changed', () =>
      listChangedFiles(client, ctx.owner, ctx.repo, pr.number),
    );
    if (files) changed = scopeFiles(files, step.prefix);
  }
  const plan = pr && changed ? planSuggestions(outcome.changes, changed, outcome.applied, step.prefix) : undefined;
  const whole = () => unifiedDiff(outcome.changes.map((c) => ({ ...c, file: step.prefix ? `${step.prefix}/${c.file}` : c.file })));
  let patch = plan ? plan.patch : whole();
  let posted = '';
  if (pr && plan && client) {
    const result = await replaceSuggestionReview(client, problems, {
      owner: ctx.owner,
      repo: ctx.repo,
      pullNumber: pr.number,
      headSha: pr.headSha,
      comments: plan.comments,
    });
    const n = plural(plan.comments.length, 'suggestion');
    if (result === 'posted') posted = `${n} on lines this pull request changed, posted as a review.`;
    else if (result === 'unchanged') posted = `${n} on lines this pull request changed, already in the review.`;
    else if (result === 'failed' && plan.comments.length) {
      // Suggestions that could not be posted belong in the patch too.
      posted = `${n} could not be posted as a review; the patch below holds every fix.`;
      patch = whole();
    }
  }
  const lines = ['### Suggested fixes', ''];
  if (outcome.changes.length === 0) {
    lines.push('No mechanical fix applies.');
    return lines.join('\n');
  }
  lines.push(
    `\`lkm-audit fix\` would make ${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} in ${plural(outcome.changes.length, 'file')} (findings ${outcome.before.findings.length} -> ${outcome.after.findings.length}).`,
  );
  if (posted) lines.push('', posted);
  if (patch) {
    const file = reportPath(step.fixFile, 'lkm-audit-fixes.patch', ctx.workspace, step.env);
    writeReportFile(file, patch);
    core.setOutput('fix-file', file);
    const shown =
      patch.length > SUMMARY_PATCH_CHARS
        ? `${patch.slice(0, SUMMARY_PATCH_CHARS)}\n... (cut; the whole patch is in the fix-file output)\n`
        : patch;
    lines.push(
      '',
      `${plan ? 'Fixes outside the changed lines' : 'All fixes'}, as a patch (\`git apply\` it, or run \`lkm-audit fix\`):`,
      '',
      '<details><summary>patch</summary>',
      '',
      `${'`'.repeat(4)}diff`,
      shown.trimEnd(),
      '`'.repeat(4),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}
