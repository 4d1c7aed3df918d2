// Documentation findings point at README lines: each line the Markdown reader reports must be the document's own.
// The lexer adds a blank line to a quoted list item that opens a code fence and has a lazy line after it (found by
// `npm run fuzz`): the lines after it were counted one too far, past the end of the file at the end of one.

import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/model/docs/readme.js';

const at = (text: string) => {
  const lines = text.split('\n');
  const doc = readDoc('README.md', text);
  return {
    prose: doc.prose.map((p) => [p.line, lines[p.line - 1]]),
    code: doc.code.map((c) => [c.line, c.text]),
  };
};

describe('README line numbers', () => {
  it('stay on the document lines after a quoted list item that opens a fence', () => {
    expect(at('> 1. ~~~\nDN\t').prose).toEqual([
      [1, '> 1. ~~~'],
      [2, 'DN\t'],
    ]);
    const text = '> > 1. ```\nmake `KDIR=/lib/modules` install\n\n# Build\n';
    expect(at(text).prose.map(([line]) => line)).toEqual([1, 2, 4]);
    expect(at(text).code).toEqual([[2, 'KDIR=/lib/modules']]);
  });

  it('of an ordinary quote with a lazy line, as before', () => {
    expect(at('> Note: build with\nmake\n\n# Install\n').prose.map(([line]) => line)).toEqual([1, 2, 4]);
  });
});
