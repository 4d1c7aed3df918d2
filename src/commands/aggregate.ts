// `lkm-audit aggregate REPORT.json ... [--format markdown|html|json]`: one table of many JSON reports (one per
// repository, as the fleet workflow's matrix jobs upload them). Reads the reports only; audits nothing.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { createProgress } from '../progress.js';
import { aggregate, renderAggregateHtml, renderAggregateJson, renderAggregateMarkdown } from '../report/aggregate.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';

export const AGGREGATE_FORMATS = ['markdown', 'html', 'json'] as const;

const HELP = `Usage: lkm-audit aggregate REPORT.json ... [options]

One table of many lkm-audit JSON reports (score, grade, categories, kernels, counts, the rule to fix first).
A row is named after its file: owner__repo.json, or the folder of a generic name (reports/owner__repo/lkm-audit.json);
"__" reads as "/". Name one yourself with NAME=REPORT.json.

Options:
  --format <fmt>    ${AGGREGATE_FORMATS.join('|')} (default markdown)
  --output <file>   write there instead of stdout
  --quiet           no progress bar on stderr
`;

const GENERIC = new Set(['report', 'lkm-audit', 'lkm-audit-report', 'results']);

export function rowName(file: string): string {
  const base = path.basename(file).replace(/\.json$/i, '');
  const name = GENERIC.has(base.toLowerCase()) ? path.basename(path.dirname(path.resolve(file))) : base;
  return name.replace(/^lkm-audit-/, '').replace(/__/g, '/');
}

/** A report read from a file, or a message naming the file and what is wrong with it. */
export function readReport(file: string): Report | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a report' : (e as Error).message}`;
  }
  let data: Partial<Report>;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `${file}: not JSON (${(e as Error).message})`;
  }
  if (!data || typeof data !== 'object' || data.tool?.name !== 'lkm-audit')
    return `${file}: not an lkm-audit JSON report (no "tool": {"name": "lkm-audit"})`;
  const missing = (['score', 'grade', 'categories', 'findings', 'summary', 'kernels'] as const).filter((k) => data[k] === undefined);
  if (missing.length) return `${file}: not a complete lkm-audit report (missing ${missing.join(', ')})`;
  if (typeof data.score !== 'number' || !Array.isArray(data.findings)) return `${file}: "score" must be a number and "findings" a list`;
  return data as Report;
}

export async function aggregateCommand(argv: string[], io: CliIO): Promise<number> {
  let v: { format?: string; output?: string; quiet?: boolean; help?: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    v = parsed.values;
    files = parsed.positionals;
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = v.format ?? 'markdown';
  if (!(AGGREGATE_FORMATS as readonly string[]).includes(format))
    return usage(io, `--format must be one of ${AGGREGATE_FORMATS.join(', ')}`);
  if (files.length === 0) return usage(io, 'give at least one REPORT.json');
  const progress = await createProgress({ stream: io.stderrStream, env: io.env, quiet: v.quiet });
  progress.start(files.length, 'reports');
  const items: { name: string; report: Report }[] = [];
  const problems: string[] = [];
  for (const arg of files) {
    const eq = /^([^=/\\]+)=(.+)$/.exec(arg);
    const file = eq ? eq[2] : arg;
    const report = readReport(file);
    progress.tick(path.basename(file));
    if (typeof report === 'string') problems.push(report);
    else items.push({ name: eq ? eq[1] : rowName(file), report });
  }
  progress.stop();
  if (problems.length) {
    io.stderr(problems.map((p) => `lkm-audit: aggregate: ${p}\n`).join(''));
    return 2;
  }
  const doc = aggregate(items, VERSION);
  const text = format === 'json' ? renderAggregateJson(doc) : format === 'html' ? renderAggregateHtml(doc) : renderAggregateMarkdown(doc);
  if (v.output) writeFileSync(v.output, text);
  else io.stdout(text);
  return 0;
}

function usage(io: CliIO, msg: string): number {
  io.stderr(`lkm-audit: aggregate: ${msg}\nTry 'lkm-audit aggregate --help'.\n`);
  return 2;
}
