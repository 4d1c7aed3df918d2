// Runs the report-mode semantic patches of a kernel tree's scripts/coccinelle with spatch over the
// audited folder, the way scripts/coccicheck does for an external module (`--dir $M`, `-D report
// --no-show-diff --very-quiet`, each script's `// Options:`), two scripts at a time, each with a time limit.

import { childProcess } from '../engine/builtins.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../text/compare.js';
import type { AnalysisNote } from '../types.js';
import { type CoccinelleReport, parseCoccinelleOutput, scriptHeader, versionAtLeast } from './parse.js';

export interface CoccinelleOptions {
  /** A kernel tree's scripts/coccinelle (or any folder of .cocci files). */
  dir: string;
  /** Audited root: spatch runs there with `--dir .`. */
  root: string;
  /** Scripts at once (default 2). */
  jobs?: number;
  /** Per script (default 5 minutes). */
  timeoutMs?: number;
  /** The spatch to run (default `spatch` on the PATH). */
  spatch?: string;
}

export interface ScriptReport extends CoccinelleReport {
  /** The script, relative to the scripts folder: `tests/doubletest.cocci`. */
  script: string;
}

export interface CoccinelleRun {
  reports: ScriptReport[];
  notes: AnalysisNote[];
  scripts: number;
  wallMs: number;
}

export async function runCoccinelle(options: CoccinelleOptions): Promise<CoccinelleRun> {
  const t0 = performance.now();
  const spatch = options.spatch ?? 'spatch';
  const empty = (message: string): CoccinelleRun => ({ reports: [], notes: [{ message }], scripts: 0, wallMs: performance.now() - t0 });
  const version = await spatchVersion(spatch);
  if (!version)
    return empty(`coccinelle: ${spatch} is not installed (Debian package coccinelle): the kernel's Coccinelle scripts were not run`);
  const scripts = listScripts(options.dir);
  if (!scripts)
    return empty(`coccinelle: ${options.dir} is not a folder of Coccinelle scripts (a kernel tree's scripts/coccinelle): nothing was run`);
  const runnable: { file: string; options: string[] }[] = [];
  const skipped: string[] = [];
  for (const file of scripts) {
    const header = scriptHeader(readFileSync(path.join(options.dir, file), 'utf8'));
    if (!header.report) continue;
    if (header.requires && !versionAtLeast(version, header.requires)) skipped.push(`${file} (needs ${header.requires})`);
    else runnable.push({ file, options: header.options });
  }
  const notes: AnalysisNote[] = [];
  if (skipped.length) notes.push({ message: `coccinelle: spatch ${version} is too old for ${skipped.join(', ')}` });
  const reports: ScriptReport[] = [];
  const failed: string[] = [];
  const timedOut: string[] = [];
  const queue = [...runnable];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const r = await runScript(spatch, options, s.file, s.options);
      if (r.timedOut) timedOut.push(s.file);
      else if (r.failed) failed.push(`${s.file} (${r.failed})`);
      for (const rep of r.reports) reports.push({ ...rep, script: s.file });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs ?? 2) }, worker));
  const limit = Math.round((options.timeoutMs ?? 300_000) / 1000);
  if (timedOut.length)
    notes.push({ message: `coccinelle: ${timedOut.length} script(s) stopped at the ${limit} s limit: ${timedOut.sort().join(', ')}` });
  if (failed.length) notes.push({ message: `coccinelle: ${failed.length} script(s) failed: ${failed.sort().join('; ')}` });
  reports.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.script, b.script));
  return { reports, notes, scripts: runnable.length, wallMs: performance.now() - t0 };
}

function spatchVersion(spatch: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    childProcess().execFile(spatch, ['--version'], { timeout: 30_000 }, (error, stdout) => {
      resolve(error ? undefined : (/spatch version (\S+)/.exec(stdout)?.[1] ?? '0'));
    });
  });
}

/** The .cocci files under `dir`, relative and sorted; undefined when `dir` is not a folder holding any. */
function listScripts(dir: string): string[] | undefined {
  try {
    if (!statSync(dir).isDirectory()) return undefined;
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.cocci'))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    return files.length ? files : undefined;
  } catch {
    return undefined;
  }
}

function runScript(
  spatch: string,
  options: CoccinelleOptions,
  file: string,
  scriptOptions: string[],
): Promise<{ reports: CoccinelleReport[]; timedOut?: boolean; failed?: string }> {
  const args = [
    '-D',
    'report',
    '--no-show-diff',
    '--very-quiet',
    '--cocci-file',
    path.join(options.dir, file),
    ...scriptOptions,
    '--dir',
    '.',
  ];
  return new Promise((resolve) => {
    const child = childProcess().execFile(
      spatch,
      args,
      {
        cwd: options.root,
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 300_000,
        killSignal: 'SIGKILL',
        env: { ...process.env, LANG: 'C' },
      },
      (error, stdout, stderr) => {
        const reports = parseCoccinelleOutput(stdout);
        if (error?.killed) resolve({ reports, timedOut: true });
        else if (error && reports.length === 0)
          resolve({ reports, failed: stderr.trim().split('\n').at(-1) || `exit status ${error.code}` });
        else resolve({ reports });
      },
    );
    child.stdin?.end();
  });
}
