import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';

const fields = (text: string) => readCFile('t.c', text).fieldInits.map((f) => [f.field, f.struct ?? null, f.variable ?? null, f.line]);

describe('lexed field initialisers', () => {
  it("name each field's struct and variable from the initialiser holding it, across many initialisers", () => {
    const text = [
      'static struct a x = { .f = 1 };',
      'static struct b y[] = { { .g = 2 }, { .h = 3 } };',
      'void f(void)',
      '{',
      '\ts.k = 1;',
      '\tfoo((struct s){ .n = 1 });',
      '}',
      'static struct c z = { .m = 4 };',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      ['f', 'a', 'x', 1],
      ['g', 'b', 'y', 2],
      ['h', 'b', 'y', 2],
      ['n', null, null, 6], // a compound literal in a function body: no initialiser of the file
      ['m', 'c', 'z', 8],
    ]);
  });

  it('a table of thousands of entries: each entry its own variable', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `static struct t v${i} = { .a = ${i}, .b = ${i} };`).join('\n');
    const got = fields(text);
    expect(got).toHaveLength(6000);
    expect(got[4999]).toEqual(['b', 't', 'v2499', 2500]);
  });
});
