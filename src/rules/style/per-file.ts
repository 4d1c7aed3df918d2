// Style rules report one finding per file and rule (never hundreds): the count and the first lines.

import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import { isVendored } from '../../model/vendored.js';
import type { RawFinding } from '../../types.js';

const SHOWN_LINES = 5;

/** Kernel C sources and headers (the model leaves user-space C out), in path order. */
export function kernelCFiles(model: RepoModel): CFile[] {
  if (model !== linesModel) {
    linesModel = model;
    linesCache = new WeakMap();
    cachedBytes = 0;
  }
  // Vendored third-party trees keep their upstream's style: one upstream/vendored-code note says so.
  const vendored = model.vendored ?? [];
  return [...model.c.values()]
    .filter((f) => vendored.length === 0 || !isVendored(vendored, f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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

/** A line whose `code` is sliced only when a rule reads it (most lines are judged on their text alone). */
class Line implements SourceLine {
  constructor(
    readonly number: number,
    readonly text: string,
    readonly offset: number,
    private readonly file: CFile,
  ) {}
  get code(): string {
    return this.file.code.slice(this.offset, this.offset + this.text.length);
  }
}

/**
 * The line-level style rules each read every file's lines: they are split once and shared, for the files of the
 * model the rules are running on, up to a budget of text. Past it (a tree of thousands of files) they are split
 * again for each rule: kept for every file, the lines would cost more memory than splitting them costs time.
 */
const LINES_CACHE_BYTES = 32 * 1024 * 1024;
let linesModel: RepoModel | undefined;
let linesCache = new WeakMap<CFile, SourceLine[]>();
let cachedBytes = 0;

/** Forgets the split lines (once the style rules have run). */
export function dropSourceLines(): void {
  linesModel = undefined;
  linesCache = new WeakMap();
  cachedBytes = 0;
}

export function sourceLines(file: CFile): SourceLine[] {
  const hit = linesCache.get(file);
  if (hit) return hit;
  const lines = splitLines(file);
  if (cachedBytes + file.text.length <= LINES_CACHE_BYTES) {
    cachedBytes += file.text.length;
    linesCache.set(file, lines);
  }
  return lines;
}

function splitLines(file: CFile): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  let number = 1;
  for (const raw of file.text.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push(new Line(number, text, offset, file));
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
