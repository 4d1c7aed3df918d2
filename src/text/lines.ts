// Offset <-> line/column conversion by binary search over line starts, and the end of a
// backslash-continued line (C `//` comments and preprocessor directives both end there).

export interface LineIndex {
  lineAt(offset: number): number;
  columnAt(offset: number): number;
}

export function lineIndex(text: string): LineIndex {
  // A typed array, counted first: outside the heap, so the collector neither copies nor scans it, at 4 bytes a line
  // (a grown array of numbers takes 8 to 12; a lexed tree keeps one index per file)
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Uint32Array(lines);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
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
