// Searches for a name known only at run time, made without an expression per name (src/text/name-match.ts): each
// must find what the expression it replaces finds, on texts made of the pieces C definitions are made of.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitionHead, holdsWord, nameFollowedBy } from '../../src/text/name-match.js';

const NAMES = ['foo', 'foo_ids', 'f', '_x1'];
const PIECES = [
  'foo',
  'foo_ids',
  'xfoo',
  'foox',
  'f',
  '_x1',
  'static',
  'int',
  'struct',
  'u8',
  'const',
  '__initconst',
  '__maybe_unused',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '*',
  ' * ',
  '(',
  ')',
  '(void)',
  '(struct x *p)',
  '[',
  ']',
  '[]',
  '[4]',
  '=',
  '{',
  '}',
  ';',
  ',',
  '1',
  '.',
  '#',
  '\\',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('a name followed by what a definition holds', () => {
  const TABLE = /\s*\[[^\]]*\]\s*(?:__\w+\s*)*=\s*\{/y;
  const PARAMETERS = /\s*\(([^)]*)\)/y;

  it('finds what `\\bNAME` and the rest, as one expression, find first', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...NAMES), fc.constantFrom(TABLE, PARAMETERS), (t, name, rest) => {
        const expected = new RegExp(`\\b${name}${rest.source}`).exec(t);
        const found = nameFollowedBy(t, name, rest);
        expect(found?.start).toBe(expected?.index);
        if (expected && found) expect([...found.rest].slice(1)).toEqual([...expected].slice(1));
        if (expected && found) expect(found.start + name.length + found.rest[0].length).toBe(expected.index + expected[0].length);
      }),
      { numRuns: 20000 },
    );
  });

  it('reads a definition head line as the expression over the whole line does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...NAMES), (line, name) => {
        const expected = new RegExp(`^\\s*((?:[A-Za-z_]\\w*[\\s*]+)+?)${name}\\s*\\(([^)]*)\\)\\s*\\{?\\s*$`).exec(line);
        const found = definitionHead(line, name);
        expect(found && { returns: found.returns, params: found.params }).toEqual(
          expected ? { returns: expected[1], params: expected[2] } : undefined,
        );
      }),
      { numRuns: 20000 },
    );
  });

  it('finds a whole word where `\\bNAME\\b` does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...NAMES), (t, name) => {
        expect(holdsWord(t, name)).toBe(new RegExp(`\\b${name}\\b`).test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads real heads and tables', () => {
    expect(definitionHead('static int __maybe_unused foo_probe(struct device *dev) {', 'foo_probe')).toEqual({
      returns: 'static int __maybe_unused ',
      params: 'struct device *dev',
    });
    expect(definitionHead('static struct foo *foo_get(void)', 'foo_get')?.returns).toBe('static struct foo *');
    expect(definitionHead('foo_get(void)', 'foo_get')).toBeUndefined(); // no word before the name
    const code = 'MODULE_DEVICE_TABLE(pci, xfoo_ids);\nstatic const struct pci_device_id foo_ids[] __initconst = {\n';
    const hit = nameFollowedBy(code, 'foo_ids', TABLE);
    expect(hit && code[hit.rest.index + hit.rest[0].length - 1]).toBe('{');
    expect(hit?.start).toBe(code.indexOf(' foo_ids[') + 1);
  });
});
