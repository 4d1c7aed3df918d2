// nextDirective gives the hits of `/^[ \t]*#[ \t]*(\w+)?/gm`, in the same order, from any start.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDirective } from '../../src/text/directive-start.js';

const DIRECTIVE = /^[ \t]*#[ \t]*(\w+)?/gm;

function byRegex(code: string, from: number): [number, number, string][] {
  const out: [number, number, string][] = [];
  DIRECTIVE.lastIndex = from;
  for (let m = DIRECTIVE.exec(code); m; m = DIRECTIVE.exec(code)) {
    out.push([m.index, m.index + m[0].length, m[1] ?? '']);
    if (m[0].length === 0) DIRECTIVE.lastIndex++;
  }
  return out;
}

function byHash(code: string, from: number): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let d = nextDirective(code, from); d; d = nextDirective(code, d.headEnd)) out.push([d.start, d.headEnd, d.name]);
  return out;
}

const CHARS = [' ', '\t', '\n', '\r', '\u2028', '#', '#', 'a', '_', '1', 'x', '\\', '(', '\u00a0'];
const codeArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 50 }).map((a) => a.join(''));

describe('nextDirective', () => {
  it('finds what the multiline expression finds, from any start', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), (code, n) => {
        const from = code.length === 0 ? 0 : n % (code.length + 1);
        expect(byHash(code, from)).toEqual(byRegex(code, from));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads directives as C writes them', () => {
    const code = '#include <x.h>\n  #  define A 1\nint a = b # c;\n\t#endif\r\n#\n';
    expect(byHash(code, 0).map((h) => h[2])).toEqual(['include', 'define', 'endif', '']);
    // from inside a line's leading blanks, that line's directive is not one the expression can start
    expect(byHash(code, 16).map((h) => h[2])).toEqual(['endif', '']);
  });
});
