// The line-edit applier on raw bytes: what it keeps (line endings, encoding, BOM, final newline) and what it refuses.

import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply.js';
import type { Edit } from '../../src/fix/types.js';

const edit = (line: number, count: number, old: string[], lines: string[]): Edit => ({ file: 'f', line, count, old, lines });

describe('applyEdits', () => {
  it('replaces and inserts whole lines, keeping LF and the final newline', () => {
    const r = applyEdits(Buffer.from('a\nb\nc\n'), [edit(2, 1, ['b'], ['B']), edit(1, 0, [], ['top'])]);
    expect(r.bytes.toString()).toBe('top\na\nB\nc\n');
    expect(r.refused).toEqual([]);
  });

  it('gives new lines the CRLF of a CRLF file', () => {
    const r = applyEdits(Buffer.from('a\r\nb\r\n'), [edit(3, 0, [], ['c', 'd']), edit(1, 1, ['a'], ['A'])]);
    expect(r.bytes.toString()).toBe('A\r\nb\r\nc\r\nd\r\n');
  });

  it('keeps a missing final newline missing, also when appending', () => {
    const r = applyEdits(Buffer.from('a\nb'), [edit(3, 0, [], ['c'])]);
    expect(r.bytes.toString()).toBe('a\nb\nc');
  });

  it('keeps the BOM in front when inserting at line 1', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const r = applyEdits(Buffer.concat([bom, Buffer.from('x\n')]), [edit(1, 0, [], ['// tag'])]);
    expect(r.bytes.subarray(0, 3)).toEqual(bom);
    expect(r.bytes.subarray(3).toString()).toBe('// tag\nx\n');
  });

  it('leaves Latin-1 lines byte for byte and refuses to rewrite one', () => {
    const latin = Buffer.from([0x2f, 0x2a, 0x20, 0xe9, 0x20, 0x2a, 0x2f]); // "/* é */" in ISO-8859-1
    const src = Buffer.concat([latin, Buffer.from('\nint x;\n')]);
    const ok = applyEdits(src, [edit(2, 1, ['int x;'], ['int y;'])]);
    expect(ok.bytes.subarray(0, latin.length)).toEqual(latin);
    expect(ok.bytes.subarray(latin.length).toString()).toBe('\nint y;\n');
    const refused = applyEdits(src, [edit(1, 1, ['/* \ufffd */'], ['x'])]);
    expect(refused.applied).toEqual([]);
    expect(refused.refused[0].reason).toMatch(/not valid UTF-8/);
    expect(refused.bytes).toBe(src);
  });

  it('refuses an edit whose lines changed since the model read them', () => {
    const r = applyEdits(Buffer.from('a\nb\n'), [edit(2, 1, ['bee'], ['B'])]);
    expect(r.refused[0].reason).toMatch(/changed since it was read/);
    expect(r.bytes.toString()).toBe('a\nb\n');
  });

  it('refuses the later of two overlapping edits, keeps insertions at one place in order', () => {
    const r = applyEdits(Buffer.from('a\nb\n'), [
      edit(1, 2, ['a', 'b'], ['ab']),
      edit(2, 1, ['b'], ['B']),
      edit(3, 0, [], ['c']),
      edit(3, 0, [], ['d']),
    ]);
    expect(r.bytes.toString()).toBe('ab\nc\nd\n');
    expect(r.refused.map((x) => x.edit.lines)).toEqual([['B']]);
  });

  it('writes into an empty file with a final newline', () => {
    expect(applyEdits(Buffer.alloc(0), [edit(1, 0, [], ['*.o'])]).bytes.toString()).toBe('*.o\n');
  });

  it('refuses edits outside the file and new text with line breaks', () => {
    const r = applyEdits(Buffer.from('a\n'), [edit(5, 1, ['x'], ['y']), edit(1, 1, ['a'], ['x\ny'])]);
    expect(r.applied).toEqual([]);
    expect(r.refused.map((x) => x.reason)).toEqual([expect.stringMatching(/line breaks/), expect.stringMatching(/outside the file/)]);
  });
});
