// The line-level style checks (line length, indentation, trailing whitespace) read every line of every file: one
// pass over a file answers all three, keeping only the numbers of the lines each check flags, and the three rules
// read their part. Splitting the text into line objects for each rule was most of their time on a large tree.

import type { CFile } from '../../model/c/types.js';

/** checkpatch's `$max_line_length`; coding-style.rst prefers 80 but accepts up to 100. */
export const MAX_COLUMNS = 100;
const TAB_WIDTH = 8;

/** 1-based numbers of the lines each check flags, in order. */
export interface LineChecks {
  tooLong: number[];
  badIndent: number[];
  trailingWhitespace: number[];
}

let cache = new WeakMap<CFile, LineChecks>();

/** Forgets the checks (once the style rules have run). */
export function dropLineChecks(): void {
  cache = new WeakMap();
}

export function lineChecks(file: CFile): LineChecks {
  const hit = cache.get(file);
  if (hit) return hit;
  const checks = checkLines(file.text, file.code);
  cache.set(file, checks);
  return checks;
}

const TAB = 9;
const SPACE = 32;
const CR = 13;

function checkLines(text: string, code: string): LineChecks {
  const out: LineChecks = { tooLong: [], badIndent: [], trailingWhitespace: [] };
  // The first tab at or after the line read, found once for all the lines before it (a line without a tab was read
  // to its end to learn so).
  let nextTab = text.indexOf('\t');
  // the pieces between line breaks; a final empty one (after the last `\n`) flags nothing
  for (let start = 0, number = 1; ; number++) {
    let next = text.indexOf('\n', start);
    if (next < 0) next = text.length;
    // without the line break and a DOS `\r`
    const end = next > start && text.charCodeAt(next - 1) === CR ? next - 1 : next;
    if (end > start) {
      const last = text.charCodeAt(end - 1);
      if (last === SPACE || last === TAB) out.trailingWhitespace.push(number);
      if (nextTab >= 0 && nextTab < start) nextTab = text.indexOf('\t', start);
      if (tooLongAt(text, code, start, end, nextTab >= 0 && nextTab < end)) out.tooLong.push(number);
      const first = text.charCodeAt(start);
      if ((first === SPACE || first === TAB) && badIndentAt(text, code, start, end)) out.badIndent.push(number);
    }
    if (next >= text.length) break;
    start = next + 1;
  }
  return out;
}

/** Index in `text` of the character that ends past `MAX_COLUMNS` (tabs to the next multiple of 8), or -1. */
export function overflowIndex(text: string): number {
  return overflowAt(text, 0, text.length);
}

/** overflowIndex of the line [start, end) of `text`, as an index into `text`; `tabbed`: whether the line holds a tab. */
function overflowAt(text: string, start: number, end: number, tabbed?: boolean): number {
  const length = end - start;
  // A tab is at most 8 columns: lines too short to overflow even with tabs need no walk.
  if (length * TAB_WIDTH <= MAX_COLUMNS) return -1;
  if (length <= MAX_COLUMNS && !(tabbed ?? hasTab(text, start, end))) return -1;
  if (fitsWithLeadingTabs(text, start, end)) return -1;
  let column = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    column = c === TAB ? column + TAB_WIDTH - (column % TAB_WIDTH) : column + 1;
    // A surrogate pair is one character on screen.
    if (c >= 0xd800 && c <= 0xdbff) i++;
    if (column > MAX_COLUMNS) return i;
  }
  return -1;
}

/**
 * Whether the line [start, end) surely fits when its only tabs lead it (kernel code: most lines): then it is at most
 * 8 columns a tab and one a character after them, and is not read character by character (that reading was most of
 * the style rules' time on drivers/). The search for a later tab stops at the next line that starts with one at the
 * latest: over a file, each character is looked at by one search.
 */
function fitsWithLeadingTabs(text: string, start: number, end: number): boolean {
  let tabs = 0;
  while (start + tabs < end && text.charCodeAt(start + tabs) === TAB) tabs++;
  // (without a leading tab the search could run past many lines: such a line is read as before)
  if (tabs === 0) return false;
  const later = text.indexOf('\t', start + tabs);
  return (later < 0 || later >= end) && tabs * TAB_WIDTH + (end - start - tabs) <= MAX_COLUMNS;
}

function hasTab(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === TAB) return true;
  return false;
}

// read only on a line that overflows (few): a slice of it costs nothing worth saving
const URL = /\bhttps?:\/\//;

/** Too long, unless the overflow sits inside a string (log messages stay greppable) or the line holds a URL. */
function tooLongAt(text: string, code: string, start: number, end: number, tabbed: boolean): boolean {
  const at = overflowAt(text, start, end, tabbed);
  if (at < 0 || URL.test(text.slice(start, end))) return false;
  let quotes = 0;
  for (let i = start; i < at; i++) if (code.charCodeAt(i) === 34 /* " */) quotes++;
  return quotes % 2 === 0;
}

/** The checks of checkpatch's CODE_INDENT, SPACE_BEFORE_TAB (in the indent) and LEADING_SPACE. */
function badIndentAt(text: string, code: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++;
  if (first === end) return false; // blank: trailing-whitespace's business
  // a space before a tab, or eight spaces in a row, in the indent (read in place: most lines have one)
  for (let i = start, spaces = 0; i < first; i++) {
    if (text.charCodeAt(i) === SPACE) {
      if (++spaces === 8) return true;
    } else if (spaces > 0) return true; // a tab after a space
  }
  if (text.charCodeAt(start) !== SPACE) return false;
  // A leading space is fine in comments (` * text`), before preprocessor lines and labels.
  const inComment = code[first] !== text[first];
  return !inComment && !LABEL_OR_DIRECTIVE.test(text.slice(start, end));
}

const LABEL_OR_DIRECTIVE = /^\s*(#|[A-Za-z_]\w*:(?!:))/;
