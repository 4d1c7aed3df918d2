// The preparation of C for the parser keeps one branch of each `#if` group and blanks directive lines
// (reducePreprocessor, src/model/c/syntax/prepare.ts). It jumps from `#` to `#`: it must blank exactly what the
// reading it replaced did, which tried the directive's expression on every line (kept here as the reference).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BranchGroup } from '../../src/model/c/never-built.js';
import { EditBuffer } from '../../src/model/c/syntax/edit-buffer.js';
import { reducePreprocessor } from '../../src/model/c/syntax/prepare.js';

interface Group {
  branch: BranchGroup;
  keeping: boolean;
  taken: boolean;
  parentKeeping: boolean;
}

/** The former reading, line by line. */
function reference(slice: string): { text: string; any: boolean } {
  const chars = new EditBuffer(slice);
  if (!slice.includes('#')) return { text: chars.toString(), any: false };
  const stack: Group[] = [];
  let any = false;
  let lineStart = 0;
  while (lineStart < slice.length) {
    let lineEnd = slice.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = slice.length;
    const line = slice.slice(lineStart, lineEnd);
    const keeping = stack.length === 0 || stack[stack.length - 1].keeping;
    const directive = /^\s*#\s*(\w+)?(.*)$/.exec(line);
    if (directive) {
      let end = lineEnd;
      // (the former reading had no `end < slice.length`: a text ending in `\` after a directive never ended)
      while (end < slice.length && (slice[end - 1] === '\\' || (slice[end - 1] === '\r' && slice[end - 2] === '\\'))) {
        const next = slice.indexOf('\n', end + 1);
        end = next < 0 ? slice.length : next;
      }
      const word = directive[1] ?? '';
      const expr = directive[2].trim();
      if (word === 'if' || word === 'ifdef' || word === 'ifndef') {
        any = true;
        const branch = new BranchGroup();
        const isFalse = branch.enter(word, expr) !== undefined;
        stack.push({ branch, keeping: keeping && !isFalse, taken: !isFalse, parentKeeping: keeping });
      } else if ((word === 'elif' || word === 'else') && stack.length > 0) {
        const g = stack[stack.length - 1];
        const isFalse = g.branch.enter(word, expr) !== undefined;
        g.keeping = g.parentKeeping && !g.taken && !isFalse;
        if (g.keeping) g.taken = true;
      } else if (word === 'endif' && stack.length > 0) {
        stack.pop();
      }
      chars.blank(lineStart, end);
      lineStart = end + 1;
      continue;
    }
    if (!keeping) chars.blank(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return { text: chars.toString(), any };
}

function reduced(slice: string): { text: string; any: boolean } {
  const chars = new EditBuffer(slice);
  const any = reducePreprocessor(slice, chars);
  return { text: chars.toString(), any };
}

/** Pieces of lines: directives of every kind (true and false conditions), code, blanks, `#` inside code, odd breaks. */
const PIECES = [
  '#if 0',
  '#if 1',
  '#ifdef _WIN32',
  '#ifdef CONFIG_PM',
  '#ifndef MODULE',
  '#elif 0',
  '#elif defined(__linux__)',
  '#else',
  '#endif',
  '  #  define X(a) a ## b',
  '#include <linux/module.h>',
  '#',
  '#\r',
  'x = a # b;',
  'foo();',
  '  int y;',
  '\\',
  '\r',
  '\u2028',
  '\u00a0',
  ' ',
  '\t',
  '\n',
  '\n',
  '\n',
];

describe('preprocessor reduction', () => {
  it('blanks what the line-by-line reading did, on any text of directives, code and line breaks (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(reduced(text)).toEqual(reference(text));
      }),
      { numRuns: 30000 },
    );
  });

  it('keeps the branch a kernel build compiles and blanks the directives and the other branches', () => {
    const text = 'a();\n#if 0\nb();\n#else\nc();\n#endif\nd(); # not a directive\n';
    expect(reduced(text)).toEqual({ text: 'a();\n     \n    \n     \nc();\n      \nd(); # not a directive\n', any: true });
  });
});
