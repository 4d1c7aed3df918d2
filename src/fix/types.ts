// Fixes as data: a rule's fixer turns a finding into line edits; one applier writes them (src/fix/apply.ts).

import type { RepoModel } from '../model/types.js';
import type { RawFinding } from '../types.js';

/**
 * Replace `count` whole lines starting at `line` (1-based) with `lines`; `count: 0` inserts before `line`
 * (`line` = number of lines + 1 appends). Whole lines keep the edit independent of line endings and
 * encoding (the applier re-adds the file's own), and map one to one onto GitHub suggestion blocks.
 */
export interface Edit {
  /** Relative to the root, `/` separated. */
  file: string;
  line: number;
  count: number;
  /** The replaced lines as the model read them (no line endings): the applier refuses the edit when they differ. */
  old: string[];
  /** New lines, without line endings. */
  lines: string[];
  /** The file does not exist yet; the edit creates it (never replaces an existing file). */
  create?: boolean;
}

/** Values a fixer cannot infer and the user gave (`--interactive`): module name -> field -> text. */
export interface FixValues {
  author?: Map<string, string>;
  description?: Map<string, string>;
}

export interface FixContext {
  values: FixValues;
}

/** A rule's fixer: only edits whose result is unique and safe; nothing (an empty list) when unsure. */
export type Fixer = (model: RepoModel, finding: RawFinding, ctx: FixContext) => Edit[];
