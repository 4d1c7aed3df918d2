// A file's #defines are kept as numbers and read from the text when asked (src/model/c/defines.ts): what they give
// must be what the preprocessor's scan gave when it made a Map of every name's last definition, directive by
// directive, line continuations, comments and never-built code included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCFile } from '../../src/model/c/file.js';
import { DefineIndex } from '../../src/model/c/define-index.js';
import { DefineList } from '../../src/model/c/defines.js';
import type { Define } from '../../src/model/c/types.js';
import { nameHash } from '../../src/text/name-index.js';

const NAMES = ['A', 'B_1', 'REGISTER_NAME_LONG_ENOUGH', 'f', 'g2'];
const SEP = fc.constantFrom(' ', '\t', '  ', ' \\\n ', '\\\n', ' /* c */ ');
const AFTER = fc.constantFrom('', '(x)', '(a, b)', '( a ,b )', '(a', ' (x)', '\\\n(x)', '(x)\\\n', '(x) \\\n');
const VALUE = fc.constantFrom(
  '',
  ' 1',
  ' BIT(3)',
  ' do { x(); } while (0)',
  ' 0x1234 /* c */',
  ' a value of some length',
  ' x \\\n y',
  ' "s)"',
);

/** What follows `#define` on a directive's line. */
const directive = fc.tuple(SEP, fc.constantFrom(...NAMES), AFTER, VALUE).map((parts) => parts.join(''));
const HASH = fc.constantFrom('#', '# ', '#  ');
const otherLine = fc.constantFrom(
  'int x;',
  'static int f(void) { return 0; }',
  '/* #define HIDDEN 1 */',
  '#undef A',
  '#include <linux/module.h>',
  '',
);

type Line = { text: string; define?: string } | { never: string[] };
const line: fc.Arbitrary<Line> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(HASH, directive).map(([hash, d]) => ({ text: `${hash}define${d}`, define: d })) },
  { weight: 2, arbitrary: otherLine.map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.array(directive, { maxLength: 3 }).map((ds) => ({ never: ds.map((d) => `#define${d}`) })) },
);

/** Comments and the contents of string literals blanked, as the masked code has them. */
function masked(s: string): string {
  return s.replace(/\/\*.*?\*\//g, (c) => ' '.repeat(c.length)).replace(/"[^"]*"/g, (q) => `"${' '.repeat(q.length - 2)}"`);
}

/** The file, and the Map the preprocessor's scan made of it before it kept numbers (its expression, its slices). */
function fileOf(lines: Line[]): { text: string; expected: Map<string, Define> } {
  const expected = new Map<string, Define>();
  let text = '';
  const lineNo = () => text.split('\n').length;
  for (const l of lines) {
    if ('never' in l) {
      text += `#if 0\n${l.never.map((d) => `${d}\n`).join('')}#endif\n`;
      continue;
    }
    if (l.define !== undefined) {
      const joined = l.define.replace(/\\\r?\n/g, ' ');
      // the head read on the masked code: a comment before the name is blanked there, not in the value's slice
      const head = /^\s*([A-Za-z_]\w*)(\(([^)]*)\))?/.exec(masked(joined).trim());
      if (head) {
        const value = joined.trim().slice(head[0].length).trim();
        expected.set(head[1], { name: head[1], params: head[3]?.split(',').map((p) => p.trim()), value, line: lineNo() });
      }
    }
    text += `${l.text}\n`;
  }
  return { text, expected };
}

describe("a file's defines, read from the text when asked", () => {
  it('give what a Map of every name to its last definition gave: each name, the function-like ones, all in order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const { text, expected } = fileOf(lines);
        const defines = readCFile('x.c', text).defines;
        for (const name of [...NAMES, 'HIDDEN', 'x', 'define']) {
          expect(defines.get(name)).toEqual(expected.get(name));
          expect(defines.has(name)).toBe(expected.has(name));
        }
        expect(defines.functionLike()).toEqual([...expected.values()].filter((d) => d.params !== undefined));
        expect([...defines.all()]).toEqual([...expected]);
        const list = new DefineList(expected.values());
        expect(list.functionLike()).toEqual(defines.functionLike());
      }),
      { numRuns: 400, seed: 20261203 },
    );
  });

  it('reads a definition of a long file where it stands, and none inside never-built code', () => {
    const text = [
      '#ifndef REGS_H',
      '#define REGS_H',
      ...Array.from({ length: 3000 }, (_, i) => `#define mmREG_${i} 0x${i.toString(16)}`),
      '#if 0',
      '#define mmREG_7 0xdead',
      '#endif',
      '#define SET_FIELD(r, f, v) (((r) & ~f##_MASK) | ((v) << f##__SHIFT))',
      '#define mmREG_9(x) (x)',
      '#endif',
    ].join('\n');
    const d = readCFile('regs.h', text).defines;
    expect(d.get('mmREG_7')).toEqual({ name: 'mmREG_7', value: '0x7', line: 10 });
    expect(d.get('mmREG_2999')?.value).toBe('0xbb7');
    expect(d.get('REGS_H')).toEqual({ name: 'REGS_H', value: '', line: 2 });
    // defined twice: the last definition, at the place of the first
    expect(d.functionLike().map((f) => [f.name, f.params])).toEqual([
      ['mmREG_9', ['x']],
      ['SET_FIELD', ['r', 'f', 'v']],
    ]);
    expect(d.nameHashes.length).toBe(3003);
  });
});

describe('the index of which files define a macro', () => {
  const file = (text: string) => readCFile('f.h', text);

  it('gives each file defining a name, in order, with its last definition there, and the first value without parameters', () => {
    const files = [
      file('#define A(x) x\n#define B 2\n'),
      file('#define C 3\n'),
      file('#define A 10\n#define A 11\n'),
      file('#define A 20\n#define B(y) y\n'),
    ];
    const index = new DefineIndex(files);
    expect(index.holders('A').map((h) => [files.indexOf(h.file), h.define.value])).toEqual([
      [0, 'x'],
      [2, '11'],
      [3, '20'],
    ]);
    expect(index.firstValue('A')).toBe('11');
    expect(index.firstValue('B')).toBe('2');
    expect(index.firstValue('C')).toBe('3');
    expect(index.holders('D')).toEqual([]);
    expect(index.firstValue('D')).toBeUndefined();
  });

  it('does not take a file holding another name of the same hash for one defining the name', () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const name = `REG_${i}`;
      const other = seen.get(nameHash(name));
      if (other !== undefined) pair = [other, name];
      seen.set(nameHash(name), name);
    }
    const [one, two] = pair;
    const files = [file(`#define ${one} 1\n`), file(`#define ${two} 2\n`)];
    const index = new DefineIndex(files);
    expect(index.holders(two).map((h) => files.indexOf(h.file))).toEqual([1]);
    expect(index.firstValue(one)).toBe('1');
    expect(files[1].defines.get(one)).toBeUndefined();
    // in one file of many definitions (searched through its table by name): each name its own last definition
    const many = Array.from({ length: 20 }, (_, i) => `#define FILL_${i} ${i}`);
    const both = file([`#define ${two} 0`, ...many, `#define ${one} 1`, `#define ${two} 2`, `#define ${one}(x) x`].join('\n')).defines;
    expect([both.get(one)?.value, both.get(one)?.params, both.get(two)?.value, both.get('FILL_7')?.value]).toEqual(['x', ['x'], '2', '7']);
    expect(both.has('FILL_20')).toBe(false);
  });
});
