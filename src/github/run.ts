// The action's run: audit, then everything that tells the user about it. Files and outputs come first and the exit
// status is decided by the audit alone; GitHub API calls come last and can only add warnings.

import path from 'node:path';
import * as core from '@actions/core';
import { ConfigFileError, audit } from '../audit.js';
import { defaultHeaderDirs } from '../build/headers.js';
import { SandboxUnavailableError } from '../build/sandbox.js';
import type { BuildOptions } from '../build/types.js';
import { checkAnnotations } from '../report/annotations.js';
import { renderBadge } from '../report/badge.js';
import { renderBadgeSvg } from '../report/badge-svg.js';
import { checkRunOutput } from '../report/checkrun.js';
import { renderComment } from '../report/comment.js';
import { renderJson } from '../report/json.js';
import type { RepoLinks } from '../report/links.js';
import { plural, renderMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import type { Report } from '../report/types.js';
import { allRules } from '../rules/index.js';
import type { Finding } from '../types.js';
import { discoverRepo } from '../git/repo.js';
import { registerProblemMatcher } from './problem-matcher.js';
import { hasCommit, writeBaseRevision } from './base-revision.js';
import { type ChangedFile, listChangedFiles } from './changed-files.js';
import { CHECK_RUN_NAME, publishCheckRun } from './check-run.js';
import { createClient } from './client.js';
import { readRunContext, type RunContext } from './context.js';
import { emitInlineAnnotations } from './emit-annotations.js';
import { suggestFixes } from './fix-suggestions.js';
import { evaluateGate } from './gate.js';
import { updateHistoryFile } from './history-file.js';
import { httpPolicyFromEnv } from './http-policy.js';
import { type ActionInputs, InputError, readInputs } from './inputs.js';
import { setOutputs } from './outputs.js';
import { scopeFiles, scopeFindings } from './pr-scope.js';
import { ApiProblems } from './problems.js';
import { redact, registerSecret } from './redact.js';
import { reportPath, writeReportFile } from './report-files.js';
import { upsertStickyComment } from './sticky-comment.js';
import { warningSection, writeJobSummary } from './summary.js';

const PR_EVENTS = ['pull_request', 'pull_request_target'];

/** The audited folder relative to the repository root ('' at the root): GitHub paths are repository-relative. */
function repoPrefix(root: string, workspace: string): string {
  const repo = discoverRepo(root);
  if (repo) return repo.prefix;
  const rel = path.relative(workspace, root).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : rel;
}

/** The base revision's report, or why there is none. */
async function auditBase(root: string, prefix: string, baseSha: string, inputs: ActionInputs): Promise<Report | string> {
  const repo = discoverRepo(root);
  if (!repo || !hasCommit(repo, baseSha)) {
    return 'the base commit is not in the local history (use `actions/checkout` with `fetch-depth: 0`)';
  }
  const checkout = writeBaseRevision(repo, baseSha, prefix);
  try {
    // Never build the base: compile findings are compared by changed lines only (see pr-scope.ts).
    return (
      await audit(checkout.root, {
        config: inputs.config,
        checkpatch: inputs.checkpatch,
        coccinelle: inputs.coccinelle,
        ...treeOptions(inputs),
      })
    ).report;
  } catch (e) {
    return `auditing the base revision failed: ${(e as Error).message}`;
  } finally {
    checkout.dispose();
  }
}

interface PrResult {
  /** Changed files relative to the audited root, when they were listed. */
  changed?: Map<string, ChangedFile>;
  kept: Finding[];
  introduced: Finding[];
  fixed?: Finding[];
  base?: Report;
  lines: string[];
}

async function prMode(
  report: Report,
  inputs: ActionInputs,
  ctx: RunContext,
  root: string,
  prefix: string,
  onlyChanged: boolean,
  problems: ApiProblems,
  client: ReturnType<typeof createClient> | undefined,
): Promise<PrResult> {
  const pr = ctx.pullRequest;
  if (!pr) throw new Error('not a pull request');
  const lines: string[] = [];
  const base = await auditBase(root, prefix, pr.baseSha, inputs);
  const baseFindings = typeof base === 'string' ? undefined : base.findings;
  if (typeof base === 'string') lines.push(`New and fixed findings are not told apart: ${base}.`);

  let changed: Awaited<ReturnType<typeof listChangedFiles>> | undefined;
  if (onlyChanged && client) {
    changed = await problems.attempt('listing the files the pull request changed', () =>
      listChangedFiles(client, ctx.owner, ctx.repo, pr.number),
    );
  }
  let kept: Finding[];
  if (!onlyChanged) kept = report.findings;
  else if (changed) kept = scopeFindings(report.findings, { changed: scopeFiles(changed, prefix), baseFindings }).kept;
  else if (baseFindings) {
    kept = scopeFindings(report.findings, { changed: new Map(), baseFindings }).introduced;
    lines.push('The changed lines could not be read, so findings new against the base revision count instead.');
  } else {
    kept = report.findings;
    lines.push('Neither the changed lines nor the base revision could be read, so every finding counts.');
  }
  const scoped = scopeFindings(report.findings, { changed: new Map(), baseFindings });
  const introduced = baseFindings ? scoped.introduced : kept;
  if (onlyChanged) {
    lines.unshift(
      `Pull request mode: ${plural(kept.length, 'finding')} on lines this pull request added or changed (annotated; \`fail-on\` applies to these); the report below counts all ${report.findings.length}.`,
    );
  }
  if (baseFindings) lines.push(`Against the base revision: ${introduced.length} new, ${scoped.fixed?.length ?? 0} fixed.`);
  return {
    changed: changed ? scopeFiles(changed, prefix) : undefined,
    kept,
    introduced,
    fixed: scoped.fixed,
    base: typeof base === 'string' ? undefined : base,
    lines,
  };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    core.setFailed(e instanceof InputError ? `lkm-audit: ${e.message}` : String(e));
    return;
  }
  // The runner already masks secrets; `core.setSecret` would print the token in an add-mask command, so the action
  // keeps it out of its own output by redaction instead.
  if (inputs.token) registerSecret(inputs.token);
  registerProblemMatcher();
  const ctx = readRunContext(env);
  const root = path.resolve(ctx.workspace, inputs.path);

  let report: Report;
  try {
    report = (
      await audit(root, {
        config: inputs.config,
        build: buildOptions(inputs),
        checkpatch: inputs.checkpatch,
        coccinelle: inputs.coccinelle,
        ...treeOptions(inputs),
        onWarning: (m) => core.warning(`lkm-audit: ${m}`),
      })
    ).report;
  } catch (e) {
    core.setFailed(
      e instanceof ConfigFileError
        ? `lkm-audit: invalid config:\n${e.message}`
        : e instanceof SandboxUnavailableError
          ? `lkm-audit: ${e.message}`
          : `lkm-audit failed: ${redact((e as Error).message)}`,
    );
    return;
  }
  const prefix = repoPrefix(root, ctx.workspace);
  const links: RepoLinks | undefined =
    ctx.owner && ctx.sha
      ? { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.sha, pathPrefix: prefix }
      : undefined;

  // Files first: they must exist whatever happens next.
  const sarifFile = reportPath(inputs.sarifFile, 'lkm-audit.sarif', ctx.workspace, env);
  const jsonFile = reportPath(inputs.jsonFile, 'lkm-audit.json', ctx.workspace, env);
  writeReportFile(sarifFile, formatSarif(report, { rules: allRules, pathPrefix: prefix }));
  writeReportFile(jsonFile, renderJson(report));
  if (inputs.badgeFile) writeReportFile(path.resolve(ctx.workspace, inputs.badgeFile), renderBadge(report));
  if (inputs.badgeSvgFile) writeReportFile(path.resolve(ctx.workspace, inputs.badgeSvgFile), renderBadgeSvg(report));

  // A pull request's run is drawn against the history but not added to it: it is not the branch's history.
  const trend = inputs.historyFile
    ? updateHistoryFile(
        path.resolve(ctx.workspace, inputs.historyFile),
        report,
        { sha: ctx.sha, date: new Date().toISOString() },
        { write: !(PR_EVENTS.includes(ctx.eventName) && ctx.pullRequest !== undefined) },
      )
    : undefined;
  if (trend?.warning) core.warning(trend.warning);

  const policy = httpPolicyFromEnv(env);
  const problems = new ApiProblems({ fork: ctx.pullRequest?.fork ?? false, timeoutMs: policy.timeoutMs });
  const client = inputs.token ? createClient(inputs.token, policy) : undefined;
  const isPr = PR_EVENTS.includes(ctx.eventName) && ctx.pullRequest !== undefined;
  const onlyChanged = isPr && inputs.onlyChanged !== 'false';
  const notes: string[] = [];
  if (inputs.onlyChanged === 'true' && !isPr)
    notes.push('`only-changed` applies to pull requests only; every finding counts on this event.');

  const pr = isPr ? await prMode(report, inputs, ctx, root, prefix, onlyChanged, problems, client) : undefined;
  const answerable = pr?.kept ?? report.findings;
  const gate = evaluateGate(answerable, inputs.failOn, report.score, inputs.minScore);
  setOutputs({ report, newFindings: pr?.introduced.length, sarifFile, jsonFile });

  const inline = inputs.annotations ? emitInlineAnnotations(answerable, prefix) : { shown: [], hidden: answerable.length };
  const prLines = [...notes, ...(pr?.lines ?? [])];

  const wantCheck = client && inputs.checkRun !== 'false' && ctx.sha;
  let checkRunId: number | undefined;
  if (wantCheck) {
    checkRunId = await publishCheckRun(client, problems, {
      owner: ctx.owner,
      repo: ctx.repo,
      headSha: ctx.sha,
      conclusion: gate.failed ? 'failure' : 'success',
      output: checkRunOutput(report, { links, rules: allRules, footer: prLines }),
      annotations: checkAnnotations(report, answerable, prefix),
    });
  }
  const where = checkRunId ? `the \`${CHECK_RUN_NAME}\` check run and the table below` : 'the table below and the SARIF report';
  if (inline.hidden > 0) {
    prLines.push(`${plural(inline.hidden, 'finding')} could not be annotated inline (GitHub shows 10 per severity a step); see ${where}.`);
  }

  if (inputs.comment === 'always' && !isPr) prLines.push('`comment: always` has no pull request to comment on for this event.');
  if (isPr && ctx.pullRequest) {
    const body = renderComment(report, {
      links,
      base: pr?.base ? { score: pr.base.score, grade: pr.base.grade } : undefined,
      added: pr?.base ? pr.introduced : undefined,
      fixed: pr?.base ? pr.fixed : undefined,
      runUrl: ctx.runUrl,
      footer: trend ? [trend.summary] : undefined,
    });
    // Also as a file, so a `workflow_run` follow-up can post it for pull requests from forks.
    const commentFile = reportPath('', 'pr-comment.md', ctx.workspace, env);
    writeReportFile(commentFile, body);
    core.setOutput('comment-file', commentFile);
    if (inputs.comment !== 'never' && client) {
      await upsertStickyComment(client, problems, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number, body });
    }
  }

  // Fixes: on same-repository pull requests by default (a fork's token cannot post a review).
  const suggest = inputs.suggest === 'true' || (inputs.suggest === 'auto' && isPr && !ctx.pullRequest?.fork);
  const fixSection = suggest
    ? await suggestFixes({
        root,
        prefix,
        config: inputs.config,
        fixFile: inputs.fixFile,
        ctx: isPr ? ctx : { ...ctx, pullRequest: undefined },
        env,
        changed: pr?.changed,
        client,
        problems,
      })
    : undefined;

  const problem = problems.message();
  if (problem) core.warning(problem);
  const footer = [
    ...(trend ? [trend.summary] : []),
    ...prLines.map((l) => `> ${l}`),
    ...(fixSection ? [fixSection] : []),
    ...(problem ? [warningSection(problem)] : []),
  ];
  if (gate.failed) footer.unshift(`**Failed:** ${gate.reasons.join('; ')}.`);
  await writeJobSummary(renderMarkdown(report, { links, rules: allRules, footer }));

  if (gate.failed) core.setFailed(`lkm-audit: ${gate.reasons.join('; ')}`);
}

/** Build mode from the inputs: the listed header trees, else the running kernel's when present. */
/** In-tree mode and the modules.alias files, as the audit takes them. */
function treeOptions(inputs: ActionInputs): { inTree?: boolean; kernelAliases?: string[] } {
  return {
    inTree: inputs.inTree ? true : undefined,
    kernelAliases: inputs.kernelAliases.length ? inputs.kernelAliases.map((f) => path.resolve(f)) : undefined,
  };
}

function buildOptions(inputs: ActionInputs): BuildOptions | undefined {
  if (!inputs.build) return undefined;
  const headers = inputs.kernelHeaders.length ? inputs.kernelHeaders : defaultHeaderDirs();
  if (!headers.length)
    core.warning('lkm-audit: build: true but no kernel-headers given and no /lib/modules/$(uname -r)/build here; nothing was compiled');
  return { headers, timeoutMs: 10 * 60_000, sandbox: inputs.buildSandbox };
}
