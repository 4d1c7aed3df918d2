// Turns spatch reports into findings: under the lkm-audit rule that finds the same defect when there
// is one, else `style/coccinelle`; reports on files that are not kernel C of the module, or on
// never-built code, are dropped; one finding per file, line and kind, and none where lkm-audit
// already reports the same rule on that line.

import type { RawFindingWithRule } from '../audit.js';
import type { RepoModel } from '../model/types.js';
import type { ScriptReport } from './run.js';
import { runCoccinelle } from './run.js';

export const COCCINELLE_RULE = 'style/coccinelle';

/** Scripts of scripts/coccinelle that look for what an lkm-audit rule looks for. */
export const SAME_DEFECT: Record<string, string> = {
  'tests/unsigned_lesser_than_zero.cocci': 'correctness/unsigned-error-check',
  'tests/doubletest.cocci': 'correctness/identical-operands',
  'tests/doublebitand.cocci': 'correctness/identical-operands',
  'null/eno.cocci': 'cleanup/wrong-error-check',
  'free/devm_free.cocci': 'cleanup/managed-manual-release',
};

export function coccinelleFindings(
  reports: readonly ScriptReport[],
  model: RepoModel,
  existing: readonly RawFindingWithRule[],
): RawFindingWithRule[] {
  const seen = new Set(existing.filter((f) => f.file && f.line).map((f) => `${f.file}:${f.line}:${f.ruleId}`));
  const out: RawFindingWithRule[] = [];
  for (const r of reports) {
    const file = model.c.get(r.file);
    if (!file) continue; // user-space tools, tests: not the module's kernel code
    if (file.neverBuilt.some((n) => n.line <= r.line && r.line <= n.endLine)) continue;
    const ruleId = SAME_DEFECT[r.script] ?? COCCINELLE_RULE;
    const kind = ruleId === COCCINELLE_RULE ? `${ruleId}:${r.script}` : ruleId;
    const key = `${r.file}:${r.line}:${kind}`;
    if (seen.has(key) || seen.has(`${r.file}:${r.line}:${ruleId}`)) continue;
    seen.add(key);
    out.push({ ruleId, file: r.file, line: r.line, column: r.column, message: `coccinelle ${r.script}: ${r.message}` });
  }
  return out;
}

/** Runs the scripts of `dir` over the audited root and imports their reports, deduplicated against `existing`. */
export async function coccinelleExtraFindings(
  dir: string,
  model: RepoModel,
  existing: readonly RawFindingWithRule[],
  options: { timeoutMs?: number; jobs?: number } = {},
): Promise<RawFindingWithRule[]> {
  if (model.c.size === 0) return [];
  const run = await runCoccinelle({ dir, root: model.root, ...options });
  model.notes.push(...run.notes);
  const found = coccinelleFindings(run.reports, model, existing);
  if (run.scripts > 0) {
    model.notes.push({
      message: `coccinelle: ${run.scripts} report-mode scripts of ${dir} in ${(run.wallMs / 1000).toFixed(1)} s: ${run.reports.length} report(s), ${found.length} imported after deduplication`,
    });
  }
  return found;
}
