// The fix engine: audit a staging copy of the repository, apply the fixers' edits there, audit again until
// nothing more is fixed, then hand back each changed file (before, after). The repository itself is only written
// by `writeChanges`, so `--dry-run`, the CLI and the PR suggestions all see the same result.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { audit, loadConfig } from '../audit.js';
import type { Report } from '../report/types.js';
import { rulesById } from '../rules/index.js';
import { scanRepository } from '../scan/index.js';
import { applyEdits } from './apply.js';
import { fixers } from './fixers.js';
import { readConfined, UnsafePathError, writeConfined } from './safe-fs.js';
import type { Edit, FixContext, FixValues } from './types.js';

export interface FixOptions {
  /** Only these rule ids (default: every rule with a fixer). */
  rules?: string[];
  values?: FixValues;
  /** Config file, as for `audit`. */
  config?: string;
  /** Audit-and-fix rounds at most (a fix may reveal or unblock another). */
  maxPasses?: number;
}

export interface FileChange {
  file: string;
  /** Absent for a file the fix creates. */
  before?: Buffer;
  after: Buffer;
}

export interface FixRecord {
  ruleId: string;
  file: string;
  line: number;
  reason?: string;
}

export interface FixOutcome {
  changes: FileChange[];
  applied: FixRecord[];
  /** Edits refused in the last round (their findings remain). */
  refused: FixRecord[];
  before: Report;
  after: Report;
}

/** Rule ids that have a fixer. */
export function fixableRuleIds(): string[] {
  return [...fixers.keys()].filter((id) => rulesById.has(id)).sort();
}

export async function computeFixes(root: string, opts: FixOptions = {}): Promise<FixOutcome> {
  const absRoot = path.resolve(root);
  const { config, notes: configNotes } = loadConfig(absRoot, opts.config);
  const wanted = new Set(opts.rules ?? fixableRuleIds());
  const ctx: FixContext = { values: opts.values ?? {} };
  const stage = mkdtempSync(path.join(tmpdir(), 'lkm-audit-fix-'));
  try {
    const original = copyToStage(absRoot, stage, config.ignore);
    // The repository's own config, wherever the scan put it: ignored paths and rules turned off stay so.
    const defaultConfig = path.join(absRoot, '.lkm-audit.yml');
    // A default config the reader refused (a link out of the repository ...) is not handed on by path either.
    const configPath = opts.config
      ? path.resolve(absRoot, opts.config)
      : existsSync(defaultConfig) && configNotes.length === 0
        ? defaultConfig
        : undefined;
    const applied: FixRecord[] = [];
    const created = new Set<string>();
    let refused: FixRecord[] = [];
    let before: Report | undefined;
    let after: Report | undefined;
    const maxPasses = opts.maxPasses ?? 4;
    for (let pass = 1; pass <= maxPasses + 1; pass++) {
      const { report, model } = await audit(stage, { config: configPath });
      before ??= report;
      after = report;
      if (pass > maxPasses) break;
      const byFile = new Map<string, { edit: Edit; ruleId: string }[]>();
      const seen = new Set<string>();
      refused = [];
      for (const f of report.findings) {
        const fixer = fixers.get(f.ruleId);
        if (!fixer || !wanted.has(f.ruleId)) continue;
        let edits: Edit[];
        try {
          edits = fixer(model, f, ctx);
        } catch (e) {
          refused.push({ ruleId: f.ruleId, file: f.file ?? '', line: f.line ?? 0, reason: `fixer failed: ${(e as Error).message}` });
          continue;
        }
        for (const edit of edits) {
          const key = JSON.stringify([edit.file, edit.line, edit.count, edit.lines, edit.create]);
          if (seen.has(key)) continue;
          seen.add(key);
          const list = byFile.get(edit.file) ?? [];
          list.push({ edit, ruleId: f.ruleId });
          byFile.set(edit.file, list);
        }
      }
      let changed = 0;
      for (const [file, list] of byFile) {
        const record = (edit: Edit, reason?: string) => {
          const r = list.find((x) => x.edit === edit) as { ruleId: string };
          (reason ? refused : applied).push({ ruleId: r.ruleId, file, line: edit.line, reason });
        };
        const orig = original.get(file);
        if (orig?.protected) {
          for (const { edit } of list) record(edit, orig.protected);
          continue;
        }
        const creating = list.some((x) => x.edit.create);
        let current: Buffer | undefined;
        try {
          current = readConfined(stage, file);
        } catch (e) {
          for (const { edit } of list) record(edit, (e as Error).message);
          continue;
        }
        if (creating && (current !== undefined || orig)) {
          for (const { edit } of list) record(edit, `${file} already exists; not overwritten`);
          continue;
        }
        if (!creating && current === undefined) {
          for (const { edit } of list) record(edit, `${file} was not read`);
          continue;
        }
        const result = applyEdits(
          current ?? Buffer.alloc(0),
          list.map((x) => x.edit),
        );
        for (const r of result.refused) record(r.edit, r.reason);
        if (result.applied.length === 0) continue;
        writeConfined(stage, file, result.bytes, { create: current === undefined });
        if (current === undefined) created.add(file);
        for (const e of result.applied) record(e);
        changed += result.applied.length;
      }
      if (changed === 0) break;
    }
    const changes: FileChange[] = [];
    for (const file of [...new Set([...original.keys(), ...created])].sort()) {
      const now = readConfined(stage, file);
      const was = original.get(file);
      if (now && (!was || !was.bytes.equals(now))) changes.push({ file, before: was?.bytes, after: now });
    }
    return { changes, applied, refused, before: before as Report, after: after as Report };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

interface Original {
  bytes: Buffer;
  /** Why the file must not be changed (a symbolic link, unreadable), when so. */
  protected?: string;
}

/** Copies every file the audit would read into the staging folder (bytes as on disk). */
function copyToStage(root: string, stage: string, ignore: string[]): Map<string, Original> {
  const scan = scanRepository(root, { ignore });
  const out = new Map<string, Original>();
  for (const f of scan.files.values()) {
    let bytes: Buffer | undefined;
    let protectedWhy: string | undefined;
    try {
      bytes = readConfined(root, f.path);
    } catch (e) {
      if (!(e instanceof UnsafePathError)) throw e;
      // Reached through a link: the audit sees it, the fix never writes it.
      protectedWhy = e.message;
      bytes = f.text !== undefined ? Buffer.from(f.text, 'utf8') : undefined;
    }
    if (!bytes) continue;
    writeConfined(stage, f.path, bytes, { create: true });
    out.set(f.path, { bytes, protected: protectedWhy });
  }
  return out;
}

/** Writes the changes into the repository: confined to the root, never through a link, only over unchanged files. */
export function writeChanges(root: string, changes: FileChange[]): { written: string[]; failed: { file: string; reason: string }[] } {
  const written: string[] = [];
  const failed: { file: string; reason: string }[] = [];
  for (const c of changes) {
    try {
      writeConfined(root, c.file, c.after, { create: !c.before, expect: c.before });
      written.push(c.file);
    } catch (e) {
      failed.push({ file: c.file, reason: (e as Error).message });
    }
  }
  return { written, failed };
}
