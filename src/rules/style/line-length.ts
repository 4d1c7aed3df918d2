import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { kernelCFiles, plural, type SourceLine, sourceLines, summarise } from './per-file.js';

/** checkpatch's `$max_line_length`; coding-style.rst prefers 80 but accepts up to 100. */
export const MAX_COLUMNS = 100;
const TAB_WIDTH = 8;

/** Index in `text` of the character that ends past `MAX_COLUMNS` (tabs to the next multiple of 8), or -1. */
export function overflowIndex(text: string): number {
  // A tab is at most 8 columns: lines too short to overflow even with tabs need no walk.
  if (text.length * TAB_WIDTH <= MAX_COLUMNS) return -1;
  if (text.length <= MAX_COLUMNS && !text.includes('\t')) return -1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    column = text[i] === '\t' ? column + TAB_WIDTH - (column % TAB_WIDTH) : column + 1;
    // A surrogate pair is one character on screen.
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++;
    if (column > MAX_COLUMNS) return i;
  }
  return -1;
}

/** Too long, unless the overflow sits inside a string (log messages stay greppable) or the line holds a URL. */
export function tooLong(line: SourceLine): boolean {
  const at = overflowIndex(line.text);
  if (at < 0 || /\bhttps?:\/\//.test(line.text)) return false;
  const quotesBefore = (line.code.slice(0, at).match(/"/g) ?? []).length;
  return quotesBefore % 2 === 0;
}

const LONG = `static int hello_compute(int first_argument, int second_argument, int third_argument, int fourth_argument);\n`;

export default defineRule({
  id: 'style/line-length',
  severity: 'note',
  title: 'Lines longer than 100 columns',
  why:
    'coding-style.rst §2 prefers 80 columns and checkpatch reports lines over 100 (`LONG_LINE`, tabs counted as 8); ' +
    'long lines hide code in side-by-side review. User-visible strings are exempt: splitting them breaks grep.',
  fix: 'Break the line after an operator or comma, or move deep nesting into a helper function.',
  example: styleExample(STYLE_GOOD.replace('\nstatic int __init', `\n${LONG}\nstatic int __init`)),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      const lines = sourceLines(file)
        .filter(tooLong)
        .map((l) => l.number);
      return summarise(file.path, lines, (n) => `${plural(n, 'line', 'lines')} longer than ${MAX_COLUMNS} columns`);
    });
  },
});
