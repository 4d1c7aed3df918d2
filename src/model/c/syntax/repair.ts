// Rewrites, in place and at the same length, the kernel idioms a C parser without a preprocessor
// trips over inside a function body: types passed to macros (`container_of(p, struct foo, m)`),
// macro string pieces (`KERN_ERR DRV_NAME ": x"`), GNU case ranges (`case 1 ... 3:`) and
// statement-like macros used without a semicolon (`DECLARE_FOO(x)` on a line of its own). The text
// is comment- and string-masked (quotes kept), so nothing here looks inside a literal.

import type { EditBuffer } from './edit-buffer.js';
import { type NameBracket, type NameBracketOptions, nextNameBracket } from '../../../text/name-bracket.js';
import { isSpace } from '../../../text/space.js';
import { isWordChar } from '../../../text/word.js';

/** `name (` with only spaces and tabs before the bracket (`\b([A-Za-z_]\w*)[ \t]*\(`). */
const TABS: NameBracketOptions = { blanks: 'tabs' };

const KEYWORDS = new Set([
  'if',
  'else',
  'while',
  'for',
  'do',
  'switch',
  'case',
  'default',
  'return',
  'goto',
  'sizeof',
  'typeof',
  '__typeof__',
  '_Alignof',
  'alignof',
  'defined',
  'struct',
  'union',
  'enum',
  'const',
  'volatile',
  'static',
  'break',
  'continue',
]);

/** A macro argument that is a type, not a value: `struct foo`, `unsigned int`, `u8 *`. */
export const TYPE_ARG =
  /^(?:(?:const|volatile)\s+)*(?:(?:struct|union|enum)\s+\w+|(?:unsigned|signed|long|short|int|char|void|float|double|_Bool)(?:\s+(?:unsigned|signed|long|short|int|char))+|(?:unsigned|signed)|\w+(?=\s*\*))(?:\s*\*)*(?:\s*const)?$/;

export interface Repairs {
  /** Statement-like macros given the semicolon they lacked. */
  statements: number;
}

/** Applies every repair to `chars` (the slice being prepared; `text` is the same as a string). */
export function repairSlice(text: string, chars: EditBuffer): Repairs {
  typeArguments(text, chars);
  macroStrings(text, chars);
  caseRanges(text, chars);
  return { statements: statementMacros(chars.toString(), chars) };
}

/** `list_entry(p, struct foo, node)` -> `list_entry(p, _truct_foo, node)`: one identifier instead of a type. */
function typeArguments(text: string, chars: EditBuffer): void {
  const hit: NameBracket = { start: 0, end: 0, bracket: 0 };
  for (let h = nextNameBracket(text, '(', 0, undefined, hit); h; h = nextNameBracket(text, '(', h.bracket + 1, undefined, hit)) {
    if (KEYWORDS.has(text.slice(h.start, h.end))) continue;
    const count = topLevelArgs(text, h.bracket);
    for (let a = 0; a < count; a += 2) {
      const from = ARG_BOUNDS[a];
      const to = ARG_BOUNDS[a + 1];
      if (!mayBeType(text, from, to)) continue;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const arg = raw.trim();
      if (!arg || arg.includes('\n') || !TYPE_ARG.test(arg)) continue;
      const at = from + lead;
      for (let i = 0; i < arg.length; i++) chars.set(at + i, i === 0 ? '_' : /[\s*]/.test(arg[i]) ? '_' : arg[i]);
    }
  }
}

/**
 * Whether text[from, to) can be a TYPE_ARG: words, blanks and `*` only, and a blank or `*` after its first word
 * character or that character an `s` or `u`. Most arguments (`dev`, `&x->y`, `n + 1`) fail it without a string made.
 */
export function mayBeType(text: string, from: number, to: number): boolean {
  let first = -1;
  let spaced = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true; // white space beyond ASCII: the expression decides
    if (c === 32 || (c >= 9 && c <= 13) || c === 42 /* * */) spaced ||= first >= 0;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) first = first < 0 ? c : first;
    else return false;
  }
  // one word is a type only as `signed` or `unsigned` (and, to the expression, `signedconst`)
  return spaced || first === 115 || first === 117;
}

/** The bounds topLevelArgs found, [from, to) pairs one after the other: one array for every call of every text. */
const ARG_BOUNDS: number[] = [];
/** What topLevelArgs stops at, found by `test` of a global expression (a native scan, no match array). */
const ARG_CHARS = /[()[\]{},;]/g;

/**
 * The ranges [from, to) of the top-level arguments of the call whose `(` is at `open`, into ARG_BOUNDS; how many
 * numbers it holds (none for a call never closed, or cut by a `;`).
 */
function topLevelArgs(text: string, open: number): number {
  let n = 0;
  let depth = 0;
  let start = open + 1;
  ARG_CHARS.lastIndex = open;
  while (ARG_CHARS.test(text)) {
    const i = ARG_CHARS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123 /* ( [ { */) depth++;
    else if (c === 41 || c === 93 || c === 125 /* ) ] } */) {
      if (--depth === 0) {
        ARG_BOUNDS[n++] = start;
        ARG_BOUNDS[n++] = i;
        return n;
      }
    } else if (c === 44 /* , */ && depth === 1) {
      ARG_BOUNDS[n++] = start;
      ARG_BOUNDS[n++] = i;
      start = i + 1;
    } else if (c === 59 /* ; */ && depth <= 1) return 0;
  }
  return 0;
}

/**
 * `KERN_ERR DRV_NAME ": failed"` and `__stringify(X) "\n"`: macros pasted next to a string literal
 * expand to string pieces; blanking them leaves the literal the parser understands.
 */
function macroStrings(text: string, chars: EditBuffer): void {
  for (let i = text.indexOf('"'); i >= 0; ) {
    const close = text.indexOf('"', i + 1);
    if (close < 0) return;
    blankPiecesBefore(text, chars, i);
    blankPiecesAfter(text, chars, close + 1);
    i = text.indexOf('"', close + 1);
  }
  // `printk(KERN_INFO pr_fmt("..."))`: a piece before a call that expands to a literal
  for (const m of text.matchAll(STRING_CALL)) blankPiecesBefore(text, chars, m.index ?? 0);
}

const STRING_CALL = /\b(?:__stringify|pr_fmt|dev_fmt|stringify)\s*\(/g;

function blankPiecesBefore(text: string, chars: EditBuffer, quote: number): void {
  let end = quote;
  for (;;) {
    let j = end - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j < 0) return;
    let stop = j + 1;
    if (text[j] === ')') {
      // `__stringify(X) "..."`: a call right before the literal
      let depth = 0;
      let k = j;
      for (; k >= 0; k--) {
        if (text[k] === ')') depth++;
        else if (text[k] === '(' && --depth === 0) break;
      }
      let n = k - 1;
      while (n >= 0 && isSpace(text.charCodeAt(n))) n--;
      const idEnd = n + 1;
      while (n >= 0 && isWordChar(text.charCodeAt(n))) n--;
      const name = text.slice(n + 1, idEnd);
      if (!/^(__stringify|pr_fmt|dev_fmt|stringify)$/.test(name)) return;
      blankRange(chars, n + 1, stop);
      end = n + 1;
      continue;
    }
    if (!isWordChar(text.charCodeAt(j))) return;
    let k = j;
    while (k >= 0 && isWordChar(text.charCodeAt(k))) k--;
    const word = text.slice(k + 1, stop);
    if (KEYWORDS.has(word) || /^\d/.test(word)) return;
    blankRange(chars, k + 1, stop);
    end = k + 1;
    stop = end;
  }
}

function blankPiecesAfter(text: string, chars: EditBuffer, from: number): void {
  let j = from;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let k = j;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  const word = text.slice(j, k);
  if (!word || KEYWORDS.has(word) || /^\d/.test(word)) return;
  let n = k;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  // only when the piece is followed by what may follow a string: `)`, `,`, `;` or another literal
  if (!/[),;"]/.test(text[n] ?? '')) return;
  blankRange(chars, j, k);
}

function blankRange(chars: EditBuffer, from: number, to: number): void {
  chars.blank(from, to);
}

/** `case A ... B:` -> `case A  - B:` (a GNU range; which values it covers does not matter here). */
function caseRanges(text: string, chars: EditBuffer): void {
  for (const m of text.matchAll(/\.\.\./g)) {
    const at = m.index ?? 0;
    chars.set(at, ' ');
    chars.set(at + 1, ' ');
    chars.set(at + 2, '-');
  }
}

/**
 * `FOO(x)` alone on its line, followed by a statement: a macro that expands to a statement and
 * carries its own semicolon (or none is needed). Without one the parser joins it to the next
 * statement and that statement is lost, so the next line's indentation becomes the `;`.
 */
function statementMacros(text: string, chars: EditBuffer): number {
  let count = 0;
  const hit: NameBracket = { start: 0, end: 0, bracket: 0 };
  for (let h = nextNameBracket(text, '(', 0, TABS, hit); h; h = nextNameBracket(text, '(', h.bracket + 1, TABS, hit)) {
    const at = h.start;
    if (!startsStatement(text, at) || KEYWORDS.has(text.slice(at, h.end))) continue;
    const close = matchParen(text, h.bracket);
    if (close < 0) continue;
    let i = close + 1;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    if (text[i] !== '\n') continue;
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (!/[A-Za-z_}]/.test(text[j] ?? '')) continue;
    const next = /^[A-Za-z_]\w*/.exec(text.slice(j))?.[0];
    if (next === 'else') continue;
    const gap = text.slice(i + 1, j);
    const slot = gap.search(/[ \t]/);
    if (slot < 0) continue;
    chars.set(i + 1 + slot, ';');
    count++;
  }
  return count;
}

function matchParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if ((c === ';' || c === '{' || c === '}') && depth > 0) return -1;
  }
  return -1;
}

/** The identifier at `at` begins a statement (after `;`, `{`, `}`, or a label's `:`). */
function startsStatement(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  if (s[i] === '{') return !initializerBrace(s, i);
  if (';}'.includes(s[i])) return true;
  // `out:` (a label) but not `a ? b : c` or `case X:`
  if (s[i] === ':' && s[i - 1] !== ':') {
    const line = s.slice(s.lastIndexOf('\n', i) + 1, i + 1).trim();
    return /^[A-Za-z_]\w*:$/.test(line) && line !== 'default:';
  }
  return false;
}

/** The `{` at `at` opens an initializer (`= {`, `, {`, or nested in one), not a block. */
function initializerBrace(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (s[i] === '=' || s[i] === ',') return true;
  return s[i] === '{' && initializerBrace(s, i);
}
