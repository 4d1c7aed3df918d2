import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { parseRanges, withoutBlanks } from '../../src/model/c/syntax/blank-gaps.js';
import { cParserIfLoaded } from '../../src/model/c/syntax/loader.js';
import { prepareSlice } from '../../src/model/c/syntax/prepare.js';

describe('blank gaps left out of a parse', () => {
  it('leaves out stretches of 32 blanks or more but for one blank on either side, within each span', () => {
    const text = `int a;${' '.repeat(40)}int b;${' '.repeat(31)}int c;\n${'\t'.repeat(33)}}`;
    expect(withoutBlanks(text, [[0, text.length]]).map(([a, b]) => text.slice(a, b))).toEqual([
      'int a; ',
      ` int b;${' '.repeat(31)}int c;\n`,
      '\t}',
    ]);
    // a span ending inside a stretch keeps a blank at either end of it
    expect(withoutBlanks(text, [[0, 20]]).map(([a, b]) => text.slice(a, b))).toEqual(['int a; ', ' ']);
  });

  it('handles a stretch of tens of millions of blanks (a regular expression with an open count overflows)', () => {
    const n = 25_000_000;
    const text = `a${' '.repeat(n)}b`;
    expect(withoutBlanks(text, [[0, text.length]])).toEqual([
      [0, 2],
      [n, n + 2],
    ]);
  });

  it('gives the tree of the whole text (every fixture file): the parser never joins the tokens on either side', () => {
    const parser = cParserIfLoaded();
    if (!parser) throw new Error('the C parser is not loaded');
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => /\.[ch]$/.test(p));
    let gaps = 0;
    for (const p of files) {
      const file = readCFile(p, readFileSync(path.join(root, p), 'utf8'));
      const text = prepareSlice(file.code, 0, file.code.length).text;
      const pairs = withoutBlanks(text, [[0, text.length]]);
      gaps += pairs.length - 1;
      const whole = parser.parse(text);
      const ranged = parser.parse(text, null, { includedRanges: parseRanges(pairs, file.lineAt, file.columnAt) });
      try {
        expect(ranged?.rootNode.toString(), p).toBe(whole?.rootNode.toString());
      } finally {
        whole?.delete();
        ranged?.delete();
      }
    }
    expect(gaps).toBeGreaterThan(20);
  });
});
