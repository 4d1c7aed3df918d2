// `lkm-audit history [PATH] [--revisions N | --since DATE] [--format json|markdown|svg|html]`: the engine, unchanged,
// over past first-parent commits, each written from git's object store into a temporary folder (the work tree and
// index are never touched) and audited on its own worker thread.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../../cli.js';
import { createProgress } from '../../progress.js';
import { renderTrendSvg } from '../../report/chart-svg.js';
import { type HistoryDoc, historyFromReports, parseHistory, renderHistoryJson, renderHistoryMarkdown } from '../../report/history.js';
import { renderHtml } from '../../report/html.js';
import type { Report } from '../../report/types.js';
import { allRules } from '../../rules/index.js';
import { VERSION } from '../../version.js';
import { HistoryError, createShadow, firstParentCommits, locateRepository, readHead, sampleEvenly } from './git.js';
import { auditRevisions } from './pool.js';

export const HISTORY_FORMATS = ['json', 'markdown', 'svg', 'html'] as const;

const HELP = `Usage: lkm-audit history [PATH] [options]

Audit past first-parent commits of the repository holding PATH (sampled evenly) and show the score over time.
The work tree is never touched: each revision is read from git's objects into a temporary folder.

Options:
  --revisions <n>   how many commits to audit, spread evenly from the first to HEAD (default 20)
  --since <date>    only commits since this date (git's --since: 2024-01-01, "6 months ago")
  --format <fmt>    ${HISTORY_FORMATS.join('|')} (default markdown)
  --output <file>   write there instead of stdout
  --config <file>   config file for every revision (default: each revision's own .lkm-audit.yml)
  --jobs <n>        revisions audited at once (default: the number of cores)
  --from <file>     draw a history JSON made before (this command's --format json, or the action's
                    history-file) instead of auditing; PATH is not read
  --quiet           no progress bar and no timing line on stderr
`;

export async function historyCommand(argv: string[], io: CliIO): Promise<number> {
  let v: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values: v, positionals } = parse(argv));
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = v.format ?? 'markdown';
  if (!(HISTORY_FORMATS as readonly string[]).includes(format)) return usage(io, `--format must be one of ${HISTORY_FORMATS.join(', ')}`);
  if (positionals.length > 1) return usage(io, `one PATH at most (got ${positionals.length})`);
  const revisions = Number(v.revisions ?? 20);
  if (!Number.isInteger(revisions) || revisions < 1) return usage(io, '--revisions takes a whole number of at least 1');
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usage(io, '--jobs takes a whole number of at least 1');
  if (v.since !== undefined && !/^[\w .:+-]{1,40}$/.test(v.since)) return usage(io, `--since ${v.since}: not a date`);
  const target = positionals[0] ?? '.';
  if (v.from !== undefined) return drawSaved(v.from, format as (typeof HISTORY_FORMATS)[number], v.output, io);

  let shadow: ReturnType<typeof createShadow> | undefined;
  try {
    const loc = locateRepository(target);
    shadow = createShadow(loc);
    const head = readHead(loc);
    const commits = firstParentCommits(shadow.dir, head, v.since);
    if (commits.length === 0) {
      io.stderr(`lkm-audit: no commits${v.since ? ` since ${v.since}` : ''} in ${target}\n`);
      return 2;
    }
    if (shadow.shallow && !v.quiet)
      io.stderr(
        `lkm-audit history: ${target} is a shallow clone with ${commits.length} commit${commits.length === 1 ? '' : 's'} in reach; fetch the whole history for more (git fetch --unshallow; actions/checkout: fetch-depth: 0)\n`,
      );
    const sample = sampleEvenly(commits, revisions);
    const config = v.config ? path.resolve(v.config) : undefined;
    const progress = await createProgress({ stream: io.stderrStream, env: io.env, quiet: v.quiet });
    progress.start(sample.length, 'revisions');
    const started = Date.now();
    const { outcomes, parallel } = await auditRevisions(
      sample.map((c) => ({ shadowDir: shadow?.dir as string, sha: c.sha, prefix: loc.prefix, config })),
      { jobs, onDone: (i) => progress.tick(sample[i].sha.slice(0, 7)) },
    );
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    const doc = historyFromReports(
      sample.map((c, i) => {
        const o = outcomes[i];
        return { ...c, report: o.ok ? o.report : undefined, error: o.ok ? undefined : o.error };
      }),
      VERSION,
    );
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed === outcomes.length) {
      const first = outcomes[0];
      io.stderr(`lkm-audit: history: no revision could be audited (${first.ok ? '' : first.error})\n`);
      return 2;
    }
    if (!v.quiet) {
      io.stderr(
        `lkm-audit history: ${sample.length} of ${commits.length} revisions in ${seconds.toFixed(1)} s ` +
          `(${(sample.length / Math.max(seconds, 0.001)).toFixed(2)} revisions/s, ${parallel} worker${parallel === 1 ? '' : 's'})` +
          `${failed ? `; ${failed} could not be audited` : ''}\n`,
      );
    }
    const newest = [...outcomes].reverse().find((o) => o.ok);
    const text = renderHistory(format as (typeof HISTORY_FORMATS)[number], doc, newest?.ok ? newest.report : undefined);
    if (v.output) writeFileSync(v.output, text);
    else io.stdout(text);
    return 0;
  } catch (e) {
    const err = e as Error & { stderr?: Buffer };
    const detail = err.stderr?.toString().trim().split('\n')[0];
    io.stderr(
      `lkm-audit: history: ${err instanceof HistoryError ? err.message : `${err.message.split('\n')[0]}${detail ? ` (${detail})` : ''}`}\n`,
    );
    return 2;
  } finally {
    shadow?.dispose();
  }
}

function renderHistory(format: (typeof HISTORY_FORMATS)[number], doc: HistoryDoc, newest: Report | undefined): string {
  switch (format) {
    case 'json':
      return renderHistoryJson(doc);
    case 'svg':
      return renderTrendSvg(doc);
    case 'html':
      if (!newest) throw new HistoryError('no revision could be audited, so there is no report to show');
      return renderHtml(newest, { rules: allRules, history: doc });
    default:
      return renderHistoryMarkdown(doc);
  }
}

function drawSaved(file: string, format: (typeof HISTORY_FORMATS)[number], output: string | undefined, io: CliIO): number {
  if (format === 'html')
    return usage(io, '--from draws json, markdown or svg (the HTML report needs an audit: lkm-audit --format html --history FILE)');
  let doc: HistoryDoc;
  try {
    doc = parseHistory(readFileSync(file, 'utf8'), file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`lkm-audit: history: ${code === 'ENOENT' ? `${file}: no such file` : (e as Error).message}\n`);
    return 2;
  }
  const text = renderHistory(format, doc, undefined);
  if (output) writeFileSync(output, text);
  else io.stdout(text);
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      revisions: { type: 'string', short: 'n' },
      since: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      from: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: CliIO, msg: string): number {
  io.stderr(`lkm-audit: history: ${msg}\nTry 'lkm-audit history --help'.\n`);
  return 2;
}
