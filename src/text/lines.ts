// Offset <-> line/column conversion by binary search over line starts, and the end of a
// backslash-continued line (C `//` comments and preprocessor directives both end there).

import { beyondLatin1, blankKeepingLines } from './latin1.js';

export interface LineIndex {
  lineAt(offset: number): number;
  columnAt(offset: number): number;
}

/** Where lineIndex gathers line starts: grown as texts need, kept for the next text (one copy out per text). */
let starts32 = new Uint32Array(1 << 16);

export function lineIndex(text: string): LineIndex {
  // A typed array: outside the heap, so the collector neither copies nor scans it, at 4 bytes a line (a grown array
  // of numbers takes 8 to 12; a lexed tree keeps one index per file). Gathered in one reused array and copied out at
  // its size: a guess per text (a start per 32 characters) was fresh memory each time, and grown twice for the
  // files of short lines (counting the lines first read every line twice).
  let grown = starts32;
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (k === grown.length) {
      const more = new Uint32Array(grown.length * 2);
      more.set(grown);
      grown = more;
      starts32 = more;
    }
    grown[k++] = i + 1;
  }
  const starts = grown.slice(0, k);
  const find = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineAt: (offset) => find(offset) + 1,
    columnAt: (offset) => offset - starts[find(offset)] + 1,
  };
}

/** Index of the newline ending the line at `from`, following backslash continuations; the text length at the end. */
export function continuedLineEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    let j = nl - 1;
    if (text[j] === '\r') j--;
    if (text[j] !== '\\') return nl;
    i = nl + 1;
  }
}

/** `text[start, end)` with every character but newlines turned into a space (offsets and lines kept). */
export function blankRange(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  if (s.indexOf('\n') < 0) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((part) => ' '.repeat(part.length))
    .join('\n');
}

/** Where blankRanges writes: made on first use, grown as texts need, kept for the next. */
let scratch: Buffer | undefined;

/**
 * `text` with every character of the ranges ([start, end) pairs, in order, apart) but line breaks made a space, as
 * `blankRange` makes each: written into one buffer and read back at once (joining a piece per range and per gap
 * was a tenth of lexing drivers/net); by pieces when a unit is beyond Latin-1.
 */
export function blankRanges(text: string, ranges: readonly number[]): string {
  if (ranges.length === 0) return text;
  if (beyondLatin1(text)) {
    const parts: string[] = [];
    let last = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      parts.push(text.slice(last, ranges[r]), blankRange(text, ranges[r], ranges[r + 1]));
      last = ranges[r + 1];
    }
    parts.push(text.slice(last));
    return parts.join('');
  }
  if (!scratch || scratch.length < text.length) scratch = Buffer.allocUnsafe(Math.max(text.length, 2 * (scratch?.length ?? 1 << 19)));
  scratch.write(text, 0, 'latin1');
  for (let r = 0; r < ranges.length; r += 2) blankKeepingLines(scratch, 0, text, ranges[r], Math.min(ranges[r + 1], text.length));
  return scratch.toString('latin1', 0, text.length);
}
