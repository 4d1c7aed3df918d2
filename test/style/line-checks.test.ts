import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { lineChecks, MAX_COLUMNS } from '../../src/rules/style/line-checks.js';

// The checks as first written, one line at a time with regular expressions: the single pass over the file must flag
// exactly the lines these flag.
function perLine(text: string, code: string) {
  const out = { tooLong: [] as number[], badIndent: [] as number[], trailingWhitespace: [] as number[] };
  const pieces = text.split('\n');
  if (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
  let offset = 0;
  pieces.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineCode = code.slice(offset, offset + line.length);
    offset += raw.length + 1;
    if (/[ \t]$/.test(line)) out.trailingWhitespace.push(i + 1);
    let column = 0;
    let at = -1;
    for (let j = 0; j < line.length; j++) {
      column = line[j] === '\t' ? column + 8 - (column % 8) : column + 1;
      if (line.charCodeAt(j) >= 0xd800 && line.charCodeAt(j) <= 0xdbff) j++;
      if (column > MAX_COLUMNS) {
        at = j;
        break;
      }
    }
    if (at >= 0 && !/\bhttps?:\/\//.test(line) && (lineCode.slice(0, at).match(/"/g) ?? []).length % 2 === 0) out.tooLong.push(i + 1);
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (indent.length === line.length) return;
    if (indent.includes(' \t') || indent.includes('        ')) out.badIndent.push(i + 1);
    else if (indent.startsWith(' ') && lineCode[indent.length] === line[indent.length] && !/^\s*(#|[A-Za-z_]\w*:(?!:))/.test(line))
      out.badIndent.push(i + 1);
  });
  return out;
}

/** Lines built from the pieces that decide the checks: indents, words, strings, comments, URLs, long runs. */
const piece = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '        ',
  ' \t',
  '\r',
  'a = b;',
  'label:',
  'a::b',
  '#define X 1',
  ' * comment',
  '/* c */',
  '"str"',
  '"unterminated',
  'https://example.org/x',
  'xhttp://no',
  '\u00e9\ud83d\ude00',
  '\f',
  'x'.repeat(40),
  '\t'.repeat(12),
);
const texts = fc
  .array(
    fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

describe('style line checks', () => {
  it('flag in one pass exactly the lines a per-line reading flags', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (body, finalNewline) => {
        const text = finalNewline ? `${body}\n` : body;
        const file = readCFile('f.c', text);
        const { tooLong, badIndent, trailingWhitespace } = lineChecks(file);
        expect({ tooLong, badIndent, trailingWhitespace }).toEqual(perLine(file.text, file.code));
      }),
      { numRuns: 400 },
    );
  });

  it("finds a line's only tab at its first character, after lines with tabs of their own", () => {
    // 94 characters, 101 columns: too long only through its tab
    const overflowing = `\t${'x'.repeat(93)}`;
    const file = readCFile('f.c', ['a\tb;', overflowing, '\tc;', overflowing, ''].join('\n'));
    expect(lineChecks(file).tooLong).toEqual([2, 4]);
  });

  it('decides lines led by tabs at the limit as a walk over every column does, with and without a later tab', () => {
    // k leading tabs and n characters after them: the sum bounds the columns only when no tab follows
    const lines: string[] = [];
    for (let k = 1; k <= 13; k++)
      for (let n = 80 - 8 * Math.min(k, 10); n <= 110; n++) {
        lines.push(`${'\t'.repeat(k)}${'y'.repeat(n)}`);
        if (n > 2) lines.push(`${'\t'.repeat(k)}y\t${'y'.repeat(n - 2)}`);
        lines.push(`${'\t'.repeat(k)}\u00e9\ud83d\ude00${'y'.repeat(Math.max(0, n - 3))}`);
      }
    const file = readCFile('f.c', `${lines.join('\n')}\n`);
    const expected = perLine(file.text, file.code).tooLong;
    expect(expected.length).toBeGreaterThan(500);
    expect(lineChecks(file).tooLong).toEqual(expected);
  });

  it('exempts a long line holding a URL, not one holding a word ending in http', () => {
    const long = 'x'.repeat(MAX_COLUMNS);
    const file = readCFile(
      'f.c',
      [`a = 1; /* (https://example.org) */ ${long}`, `a = 1; /* xhttp://example.org */ ${long}`, ''].join('\n'),
    );
    expect(lineChecks(file).tooLong).toEqual([2]);
  });

  it('counts a DOS line break as no part of the line', () => {
    const file = readCFile('f.c', `int a;\r\n\tint b; \r\n${'\t'.repeat(13)}x;\r\n`);
    expect(lineChecks(file)).toEqual({ tooLong: [3], badIndent: [], trailingWhitespace: [2] });
  });
});
