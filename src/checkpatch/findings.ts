// Turns checkpatch reports into `style/checkpatch` findings, one per file and checkpatch type (never hundreds),
// and plugs the run into the audit's `extraFindings` hook.

import type { RepoModel } from '../model/types.js';
import type { RawFindingWithRule } from '../types.js';
import type { CheckpatchFinding } from './parse.js';
import { runCheckpatch } from './run.js';
import { pushTo } from '../util/group.js';

export const CHECKPATCH_RULE = 'style/checkpatch';
const SHOWN_LINES = 5;

export function checkpatchFindings(reports: readonly CheckpatchFinding[]): RawFindingWithRule[] {
  const groups = new Map<string, CheckpatchFinding[]>();
  for (const r of reports) {
    const key = `${r.file}\0${r.level}:${r.type}`;
    pushTo(groups, key, r);
  }
  return [...groups.values()].map((group) => {
    const { file, level, type, message } = group[0];
    const lines = [...new Set(group.map((r) => r.line).filter((l): l is number => l !== undefined))].sort((a, b) => a - b);
    const head = `checkpatch ${level}:${type}`;
    const text = group.length === 1 ? `${head}: ${message}` : `${head}: ${group.length} reports, the first: ${message}`;
    if (lines.length === 0) return { ruleId: CHECKPATCH_RULE, file, message: text };
    const shown = lines.slice(0, SHOWN_LINES).join(', ') + (lines.length > SHOWN_LINES ? ', ...' : '');
    const where = `${lines.length === 1 ? 'line' : 'lines'} ${shown}`;
    return { ruleId: CHECKPATCH_RULE, file, line: lines[0], message: `${text} (${where})` };
  });
}

/** For `audit(root, { extraFindings })`: runs the given checkpatch.pl on the kernel C files of the model. */
export function checkpatchExtraFindings(script: string): (model: RepoModel) => Promise<RawFindingWithRule[]> {
  return async (model) => {
    const files = [...model.c.keys()].sort();
    if (files.length === 0) return [];
    const conf = model.scan.files.get('.checkpatch.conf')?.text;
    const run = await runCheckpatch({ script, root: model.root, files, conf });
    model.notes.push(...run.notes);
    return checkpatchFindings(run.findings);
  };
}
