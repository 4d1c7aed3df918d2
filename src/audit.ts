// The engine: scan -> model -> rules -> config and suppressions -> score -> report.
// Knows nothing of GitHub; the CLI and the action both call `audit`.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_CONFIG, parseConfig } from './config/load.js';
import type { Config, ConfigError } from './config/types.js';
import { runBuilds } from './build/run.js';
import type { BuildOptions } from './build/types.js';
import { checkpatchExtraFindings } from './checkpatch/index.js';
import { applySuppressions, findSuppressions } from './engine/suppressions.js';
import { buildModel } from './model/build.js';
import { loadCParser } from './model/c/syntax/loader.js';
import type { RepoModel } from './model/types.js';
import type { Report } from './report/types.js';
import { allRules, rulesById } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { scanRepository } from './scan/index.js';
import { computeScore } from './score/index.js';
import type { Finding, RawFinding, Severity } from './types.js';
import { VERSION } from './version.js';

export interface AuditOptions {
  /** Config file path (absolute, or relative to the root); default `.lkm-audit.yml` at the root. */
  config?: string;
  /** Build mode: compile the module against these header trees (runs the repository's Makefile). */
  build?: BuildOptions;
  /** Path of a checkpatch.pl to run on the kernel C files (style/checkpatch). */
  checkpatch?: string;
}

export interface RawFindingWithRule extends RawFinding {
  ruleId: string;
}

export class ConfigFileError extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'));
  }
}

export function loadConfig(root: string, configPath?: string): Config {
  const abs = configPath ? path.resolve(root, configPath) : path.join(root, '.lkm-audit.yml');
  if (!existsSync(abs)) {
    if (configPath) throw new ConfigFileError([{ file: configPath, message: 'config file not found' }]);
    return EMPTY_CONFIG;
  }
  const rel = path.relative(root, abs).split(path.sep).join('/');
  const display = rel.startsWith('..') ? abs : rel;
  const { config, errors } = parseConfig(display, readFileSync(abs, 'utf8'), new Set(rulesById.keys()));
  if (errors.length) throw new ConfigFileError(errors);
  return config;
}

export async function audit(root: string, options: AuditOptions = {}): Promise<{ report: Report; model: RepoModel }> {
  const config = loadConfig(root, options.config);
  // Rules are synchronous and parse function bodies on demand: the parser must be ready first.
  await loadCParser();
  const scan = scanRepository(root, { ignore: config.ignore, ignoreSource: config.path });
  const model = buildModel(scan, config);
  if (options.build) {
    // Build results are facts of the model: the compile-* rules read them like any other fact.
    model.buildResults = await runBuilds(model, options.build);
    for (const r of model.buildResults)
      for (const n of r.notes) model.notes.push({ message: `build against ${r.kernel ?? r.headers}: ${n}` });
  }
  const raw: Finding[] = [];
  for (const rule of allRules) {
    let found: RawFinding[];
    try {
      found = rule.check(model);
    } catch (e) {
      // A rule that fails must not take the audit down: say so and go on.
      model.notes.push({ message: `rule ${rule.id} failed: ${(e as Error).message}` });
      continue;
    }
    for (const f of found) raw.push(finish(rule, f, config));
  }
  if (options.checkpatch) {
    for (const f of await checkpatchExtraFindings(options.checkpatch)(model)) {
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
    if (s.used) continue;
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
  return { report: makeReport(root, model, findings, suppressed), model };
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
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    RANK[a.severity] - RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
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
    kernels: { declared, tested: k.tested, implied: k.implied },
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
