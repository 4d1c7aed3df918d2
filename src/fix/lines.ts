// Building edits from what the model read: a file's lines as the scanner decoded them.

import type { RepoModel } from '../model/types.js';
import type { Edit } from './types.js';

/** The file's lines without line endings (a final newline does not open another line), or undefined when not read. */
export function fileLines(model: RepoModel, file: string): string[] | undefined {
  const text = model.scan.files.get(file)?.text;
  if (text === undefined) return undefined;
  return splitLines(text);
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Replaces `count` lines from `line` with `lines`; undefined when the file or the lines are not there. */
export function replaceLines(model: RepoModel, file: string, line: number, count: number, lines: string[]): Edit | undefined {
  const all = fileLines(model, file);
  if (!all || line < 1 || line + count - 1 > all.length) return undefined;
  return { file, line, count, old: all.slice(line - 1, line - 1 + count), lines };
}

/** One line rewritten by `change`; undefined when `change` leaves it as it is. */
export function rewriteLine(model: RepoModel, file: string, line: number, change: (text: string) => string): Edit | undefined {
  const all = fileLines(model, file);
  const text = all?.[line - 1];
  if (text === undefined) return undefined;
  const next = change(text);
  return next === text ? undefined : { file, line, count: 1, old: [text], lines: [next] };
}

/** Inserts `lines` before `line` (number of lines + 1 appends). */
export function insertLines(model: RepoModel, file: string, line: number, lines: string[]): Edit | undefined {
  const all = fileLines(model, file);
  if (!all || line < 1 || line > all.length + 1) return undefined;
  return { file, line, count: 0, old: [], lines };
}

/** Escapes a value for a C string literal. */
export function cString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
