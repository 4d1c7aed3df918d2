// The engine: scan -> model -> rules -> config and suppressions -> score -> report.
// Knows nothing of GitHub; the CLI and the action both call `audit`.

import { lstatSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_CONFIG, parseConfig } from './config/load.js';
import type { Config, ConfigError } from './config/types.js';
import { runBuilds } from './build/run.js';
import type { BuildOptions } from './build/types.js';
import { checkpatchExtraFindings } from './checkpatch/index.js';
import { coccinelleExtraFindings } from './coccinelle/index.js';
import { walkStats } from './analysis/cleanup/walk.js';
import { wrongCheckStats } from './analysis/cleanup/module-analysis.js';
import { applySuppressions, findSuppressions } from './engine/suppressions.js';
import {
  awaitFacts,
  type FinishingParallel,
  finishParallel,
  startCleanup,
  startFinishing,
  ParallelScanFeed,
} from './engine/parallel/precompute.js';
import { heapWarning } from './engine/memory-estimate.js';
import { releaserFor } from './engine/shared-analyses.js';
import { addTiming, printTimings, setCount, timed } from './engine/timing.js';
import { inScope, touchedScope } from './engine/touched-files.js';
import { buildModel, type ModelOptions } from './model/build.js';
import { isCPath } from './model/classify.js';
import { loadCParser, parserCompilation } from './model/c/syntax/loader.js';
import { loadKernelAliases } from './model/devices/load-aliases.js';
import type { Progress } from './progress.js';
import type { RepoModel } from './model/types.js';
import type { Report } from './report/types.js';
import { allRules, rulesById } from './rules/index.js';
import { isPackagingRule } from './rules/packaging.js';
import type { Rule } from './rules/rule.js';
import { decodeText } from './scan/decode.js';
import { scanRepository } from './scan/index.js';
import type { RepoFiles } from './scan/types.js';
import { readFileInRoot, readRegularFile } from './scan/read-file.js';
import { computeScore } from './score/index.js';
import { excerpt, terminalSafe } from './text/terminal.js';
import type { AnalysisNote, Finding, RawFinding, Severity } from './types.js';
import { VERSION } from './version.js';
import { compareText } from './text/compare.js';

export interface AuditOptions {
  /** Config file path (absolute, or relative to the root); default `.lkm-audit.yml` at the root. */
  config?: string;
  /** Build mode: compile the module against these header trees (runs the repository's Makefile). */
  build?: BuildOptions;
  /** Path of a checkpatch.pl to run on the kernel C files (style/checkpatch). */
  checkpatch?: string;
  /** Commit-hook fast path: report only on these repository-relative files, running only the rules they feed. */
  onlyFiles?: readonly string[];
  /** Audit as a folder of a kernel tree: packaging rules (licence file, CI, README sections, dkms) do not apply. */
  inTree?: boolean;
  /** modules.alias files to compare device IDs with (upstream/duplicate-device-id); default: the installed kernels'. */
  kernelAliases?: string[];
  /** Told of each kernel built and each rule run (the CLI draws a bar on a terminal). */
  progress?: Progress;
  /** A kernel tree's scripts/coccinelle: run its report-mode scripts with spatch (style/coccinelle). */
  coccinelle?: string;
  /** Time limit of one Coccinelle script (default 5 minutes). */
  coccinelleTimeoutMs?: number;
  /** Worker threads for the per-file and per-module work (default: one per core; 1 runs everything in-process). */
  jobs?: number;
  /** Told at once of what may make the run fail late (a tree too large for the heap); also a note of the report. */
  onWarning?: (message: string) => void;
}

export type { RawFindingWithRule } from './types.js';

export class ConfigFileError extends Error {
  constructor(readonly errors: ConfigError[]) {
    // Printed to a terminal or a public job log: nothing in it may act as a control byte or workflow command.
    super(errors.map((e) => terminalSafe(`${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`)).join('\n'));
  }
}

/** A config file larger than this is not a config: refuse it rather than parse megabytes of YAML. */
const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * The config, read as safely as every scanned file: a link may not leave the repository, only a regular file of
 * bounded size is read. The default `.lkm-audit.yml` belongs to the (possibly untrusted) repository: when it cannot
 * be read the audit goes on with the defaults and says why; a config the user named must be readable.
 */
export function loadConfig(root: string, configPath?: string): { config: Config; notes: AnalysisNote[] } {
  const abs = configPath ? path.resolve(root, configPath) : path.join(root, '.lkm-audit.yml');
  const rel = path.relative(path.resolve(root), abs).split(path.sep).join('/');
  const insideRoot = !rel.startsWith('..') && !path.isAbsolute(rel);
  const display = insideRoot ? rel : abs;
  if (!lexists(abs)) {
    if (configPath) throw new ConfigFileError([{ file: excerpt(configPath, 200), message: 'config file not found' }]);
    return { config: EMPTY_CONFIG, notes: [] };
  }
  // A path the user gave outside the repository is the user's own file; inside it, links must stay inside.
  const read = insideRoot ? readFileInRoot(root, abs, MAX_CONFIG_BYTES) : readRegularFile(abs, MAX_CONFIG_BYTES);
  if (!read.ok) {
    const message = `config not read: ${read.detail}`;
    if (configPath) throw new ConfigFileError([{ file: excerpt(display, 200), message }]);
    return { config: EMPTY_CONFIG, notes: [{ file: display, message: `${message}; the audit uses the default configuration` }] };
  }
  const { config, errors } = parseConfig(display, decodeText(read.data), new Set(rulesById.keys()));
  if (errors.length) throw new ConfigFileError(errors);
  return { config, notes: [] };
}

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Categories whose rules parse C and read what the workers compute: the correctness facts, the modules' cleanup
 * analyses. No other rule parses (test/engine/lexical-rules.test.ts holds them to it).
 */
const AFTER_FACTS = new Set<Rule['category']>(['correctness']);
const AFTER_WORKERS = new Set<Rule['category']>(['cleanup']);

/** With LKM_DEBUG_POOL, when the main thread passed a stage (the workers print when each batch ended): balance. */
function poolMark(stage: string): void {
  if (process.env.LKM_DEBUG_POOL) console.error(`main: ${stage}, at ${Date.now()}`);
}

export async function audit(root: string, options: AuditOptions = {}): Promise<{ report: Report; model: RepoModel }> {
  poolMark('audit started');
  const { config, notes: configNotes } = timed('config', () => loadConfig(root, options.config));
  // The commit hook's fast path reads a few files: starting workers would cost more than it saves.
  const feed = options.onlyFiles ? undefined : new ParallelScanFeed(options.jobs);
  let scan: RepoFiles;
  try {
    scan = timed('scan', () =>
      scanRepository(root, { ignore: config.ignore, ignoreSource: config.path, onFile: feed && ((f, at) => feed.read(f, at)) }),
    );
  } catch (e) {
    await feed?.close(); // idle workers would keep the process alive
    throw e;
  }
  const cBytes = [...scan.files.values()].reduce((n, f) => n + (isCPath(f.path) ? (f.text?.length ?? 0) : 0), 0);
  // Rules are synchronous and parse function bodies on demand: the parser must be ready before them, not before the
  // model, which is lexical; V8 compiles the grammar on its own threads meanwhile. How much C there is decides how
  // it compiles it (see loadCParser).
  const parserLoaded = loadCParser(cBytes);
  parserLoaded.catch(() => undefined); // awaited after the lexical rules, and the model may fail first
  // One turn of the event loop lets the load read its files and hand both modules to V8's compiler threads before
  // the model holds this thread (measured on xone: the wait after the model 35 -> 7 ms).
  await new Promise((resolve) => setImmediate(resolve));
  const memory = heapWarning(cBytes);
  if (memory) options.onWarning?.(memory);
  const parallel = feed?.scanned(scan);
  let model: RepoModel;
  let finishing: FinishingParallel | undefined;
  try {
    // the modules' cleanup analyses can start on the workers as soon as the modules are known
    model = await auditModel(
      scan,
      config,
      configNotes,
      options,
      parallel &&
        ((found) => {
          startCleanup(parallel, found);
          poolMark('modules found');
        }),
    );
    if (memory) model.notes.push({ message: memory });
    finishing = parallel && startFinishing(parallel, model);
    poolMark('model built');
  } catch (e) {
    await parallel?.pool.close(); // idle workers would keep the process alive
    throw e;
  }
  const progress = options.progress;
  const raw: Finding[] = [];
  const scope = options.onlyFiles ? touchedScope(options.onlyFiles) : undefined;
  progress?.start(allRules.length, `rules on ${model.scan.files.size} files`);
  // The rules that parse nothing run first, while V8 finishes compiling the C parser and the workers analyse; then,
  // once the parser is in and the facts are (the main thread helping with them), the correctness rules while the
  // workers go on with the cleanup analyses; then the main thread helps with what is left and runs the cleanup rules.
  // The findings are sorted in the end, so the order is not seen.
  const early = allRules.filter((r) => !AFTER_FACTS.has(r.category) && !AFTER_WORKERS.has(r.category));
  const middle = allRules.filter((r) => AFTER_FACTS.has(r.category));
  const late = allRules.filter((r) => AFTER_WORKERS.has(r.category));
  const ordered = [...early, ...middle, ...late];
  const release = releaserFor(ordered);
  const runRule = (rule: Rule): void => {
    progress?.tick(rule.id);
    if (scope && !scope.categories.has(rule.category)) return;
    if (model.context.inTree && isPackagingRule(rule.id)) return;
    let found: RawFinding[];
    try {
      found = timed(`rule ${rule.id}`, () => rule.check(model));
    } catch (e) {
      // A rule that fails must not take the audit down: say so and go on.
      model.notes.push({ message: `rule ${rule.id} failed: ${(e as Error).message}` });
      return;
    }
    for (const f of found) if (!scope || inScope(scope, rule.category, f.file)) raw.push(finish(rule, f, config));
  };
  try {
    for (const [i, rule] of early.entries()) {
      runRule(rule);
      release(i, model);
      // between two rules the parser's load takes its next step, the workers' answers are let in, and each freed
      // worker is given its next batch
      await new Promise((resolve) => setImmediate(resolve));
    }
    poolMark('early rules done');
    const waiting = performance.now();
    await parserLoaded;
    // what the load costs the audit: the wait once the model is built and the rules that parse nothing have run
    // (the rest ran beside them)
    addTiming(`load C parser (${parserCompilation()}), waiting after the lexical rules`, performance.now() - waiting);
    await awaitFacts(finishing, model);
    poolMark('facts in');
    for (const rule of middle) {
      runRule(rule);
      release(ordered.indexOf(rule), model);
    }
  } catch (e) {
    await finishing?.pool.close(); // idle workers would keep the process alive
    throw e;
  }
  const finishStart = performance.now();
  poolMark('correctness rules done');
  await finishParallel(finishing, model);
  addTiming('worker pool (wait and seed)', performance.now() - finishStart);
  poolMark('workers done');
  for (const rule of late) {
    runRule(rule);
    release(ordered.indexOf(rule), model);
  }
  if (options.checkpatch) {
    for (const f of await checkpatchExtraFindings(options.checkpatch)(model)) {
      const rule = rulesById.get(f.ruleId);
      if (rule && (!scope || inScope(scope, rule.category, f.file))) raw.push(finish(rule, f, config));
    }
  }
  if (options.coccinelle) {
    for (const f of await coccinelleExtraFindings(options.coccinelle, model, raw, { timeoutMs: options.coccinelleTimeoutMs })) {
      const rule = rulesById.get(f.ruleId);
      if (rule) raw.push(finish(rule, f, config));
    }
  }
  const sups = findSuppressions(scan);
  const { kept, suppressed } = applySuppressions(
    raw.filter((f) => (config.rules.get(f.ruleId)?.severity ?? f.severity) !== 'off'),
    sups,
  );
  const unused = rulesById.get('hygiene/unused-suppression') as Rule;
  for (const s of sups) {
    // In the hook's fast path a suppression is judged only where its rule ran.
    const ran = !scope || (scope.files.has(s.file) && scope.categories.has(rulesById.get(s.ruleId)?.category ?? 'hygiene'));
    if (s.used || !ran) continue;
    const known = rulesById.has(s.ruleId);
    kept.push(
      finish(
        unused,
        {
          file: s.file,
          line: s.line,
          column: s.column,
          message: known
            ? `suppression of ${s.ruleId} matches no finding on this line or the next`
            : `suppression names ${s.ruleId}, which is not a rule id`,
        },
        config,
      ),
    );
  }
  const findings = kept.sort(compareByPlace);
  const report = timed('report', () => makeReport(root, model, findings, suppressed));
  const walks = walkStats();
  setCount('cleanup walks in the main thread', walks.walks);
  setCount('their steps', walks.steps);
  setCount('walks that met the step limit', walks.limited);
  setCount('their steps (the limit reached)', walks.limitedSteps);
  const picked = wrongCheckStats();
  setCount('functions picked for wrong checks in the main thread', picked.picked);
  setCount('ruled out by their tokens', picked.byTokens);
  setCount('ruled out by their parsed bodies', picked.byIr);
  printTimings();
  return { report, model };
}

/** The repository model with what the audit adds to it: config notes, in-tree context, alias files, builds. */
async function auditModel(
  scan: RepoFiles,
  config: Config,
  configNotes: AnalysisNote[],
  options: AuditOptions,
  onModules?: ModelOptions['onModules'],
): Promise<RepoModel> {
  const model = timed('model', () => buildModel(scan, config, { inTree: options.inTree, onModules }));
  model.notes.push(...configNotes);
  if (model.context.inTree) model.notes.push({ message: inTreeNote(model) });
  // Only read the (large) alias files when the module declares device IDs at all.
  if (model.devices.aliases.length > 0 || options.kernelAliases?.length) {
    model.kernelAliases = timed('kernel aliases', () => loadKernelAliases(options.kernelAliases));
  }
  const progress = options.progress;
  if (options.build) {
    // Build results are facts of the model: the compile-* rules read them like any other fact.
    progress?.start(options.build.headers.length, 'kernels');
    model.buildResults = await runBuilds(model, { ...options.build, onDone: (r) => progress?.tick(r.kernel ?? r.headers) });
    for (const r of model.buildResults)
      for (const n of r.notes) model.notes.push({ message: `build against ${r.kernel ?? r.headers}: ${n}` });
  }
  return model;
}

function inTreeNote(model: RepoModel): string {
  const where = model.context.kernelTree ? ` (kernel tree at ${model.context.kernelTree})` : '';
  const how = model.context.how === 'forced' ? 'audited in-tree as asked' : `audited in-tree: folder of a kernel source tree${where}`;
  return `${how}; repository packaging rules (licence file, CI, README sections, .gitignore, dkms) do not apply`;
}

function finish(rule: Rule, f: RawFinding, config: Config): Finding {
  const override = config.rules.get(rule.id)?.severity;
  return {
    ruleId: rule.id,
    severity: (override ?? rule.severity) as Severity,
    ...f,
    help: rule.docs,
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Report order: by file and position, so the JSON and text reports read top to bottom. */
export function compareByPlace(a: Finding, b: Finding): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    RANK[a.severity] - RANK[b.severity] ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

function makeReport(root: string, model: RepoModel, findings: Finding[], suppressed: Finding[]): Report {
  const score = computeScore(findings);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const k = model.kernels;
  const declared = k.declared ? rangeText(k.declared.min, k.declared.max) : null;
  return {
    tool: { name: 'lkm-audit', version: VERSION },
    root,
    modules: model.modules.map((m) => ({
      name: m.name,
      dir: m.dir,
      sources: m.sources,
      buildFile: m.buildFile,
      init: m.init ? { function: m.init.function, file: m.init.file, line: m.init.line } : null,
      exit: m.exit ? { function: m.exit.function, file: m.exit.file, line: m.exit.line } : null,
      license: m.license?.resolved ? m.license.value : null,
    })),
    kernels: { declared, tested: k.tested, testedAtRunTime: k.testedAtRunTime ?? false, implied: k.implied },
    licenses: model.license.files.map((l) => ({ file: l.path, spdx: l.spdx ?? null, confidence: l.confidence })),
    score: score.score,
    grade: score.grade,
    categories: score.categories,
    findings,
    suppressed,
    notes: model.notes,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: suppressed.length,
      filesScanned: model.scan.files.size,
    },
  };
}

/** `5.10-6.12`, `5.10+` or `up to 6.12`. */
function rangeText(min?: string, max?: string): string {
  if (min && max) return min === max ? min : `${min}-${max}`;
  return min ? `${min}+` : `up to ${max}`;
}
