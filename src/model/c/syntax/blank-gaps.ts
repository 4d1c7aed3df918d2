// Long blank stretches of a text to parse, left out of tree-sitter's included ranges. Its lexer reads blanks one at a
// time, and comments (masked to blanks), licence headers and the directives the preparation blanks are half of a
// header's text and a quarter of a driver's function bodies; a range keeps every offset as it is in the text.

/** A range of the text given to tree-sitter (its `Range`, positions 0-based). */
export interface ParseRange {
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
}

/** Blank stretches at least this long are left out but for their first and last character (tokens stay apart). */
const MIN_GAP = 32;
/**
 * The start of such a stretch; its end is found by the search for the next non-blank. A single expression with an
 * open count (`\s{32,}`) overflows V8's backtracking stack on a stretch of some 20 million blanks.
 */
const BLANKS = new RegExp(`\\s{${MIN_GAP}}`, 'g');
const NON_BLANK = /\S/g;

/** `spans` (sorted, disjoint [start, end) pairs of `text`) less their long blank stretches. */
export function withoutBlanks(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of spans) {
    let at = start;
    BLANKS.lastIndex = start;
    for (let m = BLANKS.exec(text); m && m.index < end; m = BLANKS.exec(text)) {
      NON_BLANK.lastIndex = m.index + MIN_GAP;
      const stop = NON_BLANK.exec(text)?.index ?? text.length;
      BLANKS.lastIndex = stop;
      const gapEnd = Math.min(stop, end) - 1;
      if (gapEnd <= m.index + 1) break;
      out.push([at, m.index + 1]);
      at = gapEnd;
    }
    if (end > at) out.push([at, end]);
  }
  return out;
}

/** The pairs as tree-sitter ranges, with their positions (1-based line and column functions, as CFile has). */
export function parseRanges(
  pairs: readonly (readonly [number, number])[],
  lineAt: (offset: number) => number,
  columnAt: (offset: number) => number,
): ParseRange[] {
  const point = (o: number) => ({ row: lineAt(o) - 1, column: columnAt(o) - 1 });
  return pairs.map(([a, b]) => ({ startIndex: a, endIndex: b, startPosition: point(a), endPosition: point(b) }));
}
