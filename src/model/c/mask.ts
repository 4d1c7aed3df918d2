// Blanks comments and the contents of string/char literals with spaces (newlines kept), so that
// regular expressions over the result see only code while offsets and lines stay exact.

import { blankRange as blank, continuedLineEnd } from '../../text/lines.js';

export interface Masked {
  code: string;
  problems: string[];
}

const SPECIAL = /\/\*|\/\/|"|'/g;

export function maskComments(text: string): Masked {
  const parts: string[] = [];
  let pos = 0;
  const problems = eachMasked(text, (start, end) => {
    parts.push(text.slice(pos, start), blank(text, start, end));
    pos = end;
  });
  parts.push(text.slice(pos));
  return { code: parts.join(''), problems };
}

/**
 * Calls `stretch(start, end)` for each stretch of `text` that masking blanks (a comment, the inside of a literal), in
 * order; returns the problems met. The masked code is the text with each stretch's characters but newlines made spaces.
 */
export function eachMasked(text: string, stretch: (start: number, end: number) => void): string[] {
  const problems: string[] = [];
  let pos = 0;
  for (;;) {
    SPECIAL.lastIndex = pos;
    const m = SPECIAL.exec(text);
    if (!m) break;
    const start = m.index;
    const tok = m[0];
    let end: number;
    if (tok === '/*') {
      const close = text.indexOf('*/', start + 2);
      if (close < 0) {
        problems.push('unterminated /* comment');
        end = text.length;
      } else end = close + 2;
      stretch(start, end);
    } else if (tok === '//') {
      end = continuedLineEnd(text, start + 2);
      stretch(start, end);
    } else {
      end = literalEnd(text, start + 1, tok);
      if (end < 0) {
        problems.push(`unterminated ${tok === '"' ? 'string' : 'character'} literal`);
        end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        stretch(start, end);
      } else stretch(start + 1, end - 1);
    }
    pos = end;
  }
  return problems;
}

/** Index just past the closing quote, or -1 when the line ends first (C literals do not span lines). */
function literalEnd(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === quote) return i + 1;
    if (c === '\n') return -1;
  }
  return -1;
}
