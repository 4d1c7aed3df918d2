// The repair of type arguments (`container_of(p, struct foo, m)`) tests each argument with TYPE_ARG only when a
// character scan (mayBeType) says it may be one: that scan must never turn away an argument the expression takes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeType, TYPE_ARG } from '../../src/model/c/syntax/repair.js';

/** How typeArguments decides, without the scan: the argument trimmed, on one line, matching TYPE_ARG. */
const isTypeArg = (raw: string) => {
  const arg = raw.trim();
  return arg !== '' && !arg.includes('\n') && TYPE_ARG.test(arg);
};

const PIECES = ['struct', 'union', 'enum', 'unsigned', 'signed', 'long', 'int', 'char', 'const', 'volatile', 'foo', 'u8', '_x'];
const GLUE = [' ', '  ', '\t', '\n', '\r', '*', ' * ', '\u00a0', '&', '->', '(', '1', '+', ','];

describe('type-argument scan', () => {
  it('lets through every argument TYPE_ARG takes, whatever blanks, stars and other characters it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 7 }), (parts) => {
        const raw = parts.join('');
        if (isTypeArg(raw)) expect(mayBeType(raw, 0, raw.length)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('turns away plain values without reading them further', () => {
    for (const arg of ['dev', ' &pdev->dev', 'n + 1', 'foo(bar)', 'x']) expect(mayBeType(arg, 0, arg.length), arg).toBe(false);
    for (const arg of ['struct foo', ' unsigned ', 'u8 *', 'signed', '\n struct foo'])
      expect(mayBeType(arg, 0, arg.length), arg).toBe(true);
  });
});
