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
  const problems: string[] = [];
  let pos = 0;
  SPECIAL.lastIndex = 0;
  for (;;) {
    SPECIAL.lastIndex = pos;
    const m = SPECIAL.exec(text);
    if (!m) break;
    const start = m.index;
    parts.push(text.slice(pos, start));
    const tok = m[0];
    let end: number;
    if (tok === '/*') {
      const close = text.indexOf('*/', start + 2);
      if (close < 0) {
        problems.push('unterminated /* comment');
        end = text.length;
      } else end = close + 2;
      parts.push(blank(text, start, end));
    } else if (tok === '//') {
      end = continuedLineEnd(text, start + 2);
      parts.push(blank(text, start, end));
    } else {
      end = literalEnd(text, start + 1, tok);
      if (end < 0) {
        problems.push(`unterminated ${tok === '"' ? 'string' : 'character'} literal`);
        end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        parts.push(blank(text, start, end));
      } else {
        parts.push(tok, blank(text, start + 1, end - 1), tok);
      }
    }
    pos = end;
  }
  parts.push(text.slice(pos));
  return { code: parts.join(''), problems };
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
