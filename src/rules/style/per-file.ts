// Style rules report one finding per file and rule (never hundreds): the count and the first lines.

import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';

const SHOWN_LINES = 5;

/** Kernel C sources and headers (the model leaves user-space C out), in path order. */
export function kernelCFiles(model: RepoModel): CFile[] {
  return [...model.c.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface SourceLine {
  /** 1-based. */
  number: number;
  /** Without the line break (and without a DOS `\r`). */
  text: string;
  /** The same line of `CFile.code`: comments and literal contents blanked. */
  code: string;
  /** Offset of the line's first character in the file. */
  offset: number;
}

// Not cached across rules: kept for every file of a large tree, the lines cost more memory than
// splitting them again costs time.
export function sourceLines(file: CFile): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  let number = 1;
  for (const raw of file.text.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ number, text, code: file.code.slice(offset, offset + text.length), offset });
    offset += raw.length + 1;
    number++;
  }
  // A final newline leaves an empty last piece that is not a line.
  if (lines.length > 0 && lines[lines.length - 1].text === '' && file.text.endsWith('\n')) lines.pop();
  return lines;
}

/** One finding for `file` when `lines` is not empty: "<count> <what> (lines a, b, c ...)". */
export function summarise(file: string, lines: number[], what: (count: number) => string): RawFinding[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  const more = lines.length > SHOWN_LINES ? ', ...' : '';
  const label = lines.length === 1 ? 'line' : 'lines';
  return [{ file, line: lines[0], message: `${what(lines.length)} (${label} ${shown}${more})` }];
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
